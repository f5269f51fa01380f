package vn.mailcompliance.settings;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * The files operators edit under {@code jobs/}. The jar carries the shipped version of each, so the product also runs
 * from a folder without {@code jobs/}; a file the operator names explicitly must exist.
 */
public final class OperatorFiles {

    private OperatorFiles() {
    }

    /**
     * @param configured the path the setting names
     * @param shipped    the path of the shipped file, relative to the project root (e.g. {@code jobs/holidays.yml})
     * @return the operator's file when it exists or was named explicitly, else the shipped copy
     */
    public static Resource open(Path configured, String shipped) {
        if (Files.exists(configured) || !configured.equals(Path.of(shipped))) {
            return new FileSystemResource(configured);
        }
        return new ClassPathResource(shipped);
    }
}
