package vn.mailcompliance.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The demo's users' active Sieve scripts, one file per mailbox ({@code <address>.sieve}), rewritten on each start. */
final class DemoSieve {

    private DemoSieve() {
    }

    /** Writes the scripts under {@code dir} (emptied first) and returns it. */
    static Path write(Path dir, DemoSentMail sentMail) {
        try {
            Files.createDirectories(dir);
            try (var old = Files.list(dir)) {
                for (Path file : (Iterable<Path>) old::iterator) {
                    Files.delete(file);
                }
            }
            Files.writeString(dir.resolve(sentMail.sieveUser() + ".sieve"), sentMail.sieveScript(),
                    StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo Sieve scripts under " + dir, e);
        }
    }
}
