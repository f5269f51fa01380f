package vn.mailcompliance.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The command line run in this JVM as an operator would run it, keeping what it printed to each stream. */
final class InProcessCommand {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs the command and returns its exit status; what it prints adds to what earlier runs printed. */
    int run(String... args) {
        return CommandLine.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what was printed so far. */
    void reset() {
        out.reset();
        err.reset();
    }

    /** The option that keeps the product's embedded database in {@code workDir}. */
    static String embeddedDatabase(Path workDir) {
        return "--spring.datasource.url=jdbc:h2:file:" + workDir.resolve("db/product") + ";MODE=MySQL";
    }
}
