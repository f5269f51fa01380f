package vn.mailcompliance.directory;

/**
 * Where accounts come from: the mail server's own database ({@code compliance.directory.kind}) and, when configured,
 * the HR roster laid over it.
 */
public interface DirectorySource {

    /**
     * Reads the whole directory. Rows that cannot be taken in are returned as rejections, never thrown.
     *
     * @throws DirectoryUnavailableException when the source cannot be read at all (unreachable, missing column)
     */
    DirectoryRead read();
}
