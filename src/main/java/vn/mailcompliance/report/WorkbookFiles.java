package vn.mailcompliance.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes a workbook so that a reader never sees half a file: to a temporary sibling, then an atomic move. */
final class WorkbookFiles {

    private WorkbookFiles() {
    }

    static Path writeAtomically(Workbook workbook, Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, target.getFileName().toString(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                workbook.write(out);
            }
            readableByGroup(partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return target;
    }

    /**
     * A temporary file is created owner-only (0600); a workbook is meant for the readers' group as well (0640), so the
     * account that mails or serves it can read it. Nobody else can.
     */
    private static void readableByGroup(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        }
    }

    /** Closes a streamed workbook and deletes its temporary files, which closing alone leaves behind. */
    static void dispose(SXSSFWorkbook workbook) throws IOException {
        try {
            workbook.close();
        } finally {
            workbook.dispose();
        }
    }
}
