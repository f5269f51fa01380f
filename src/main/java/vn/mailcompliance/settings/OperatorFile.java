package vn.mailcompliance.settings;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a YAML file the operator edits under {@code jobs/} strictly into a record: each record component is a key
 * (written in kebab case: {@code makeUpDays} is {@code make-up-days}), a key the record does not have is an error, a
 * value of the wrong type is an error, and a {@link Required} key that is absent or blank is an error. Components may
 * be text, {@link Integer}, {@link java.time.LocalDate} (YYYY-MM-DD), an enum (case-insensitive), a nested record, a
 * {@code Map} from text, date or enum to any of these, a list of text (a single value is a list of one), or a list
 * of {@link Located} records annotated with {@link Entry}. Absent lists and maps are empty, an absent record is read
 * from an empty mapping, other absent values are {@code null}.
 *
 * <p>Every error is one {@link OperatorFileException} whose message names the file, the entry and the fix:
 * {@code jobs/waivers.yml: waiver #2 'W-7': 'reason' is missing. Fix: say why the exception is approved.}
 * The feature that owns the file keeps only its domain checks, raised through {@link Located#problem}.
 */
public final class OperatorFile {

    /** A key that must be given, with a value that is not blank (nor an empty list or mapping). */
    @Target(ElementType.RECORD_COMPONENT)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Required {
        /** How to fix the file when the key is missing, as a sentence. */
        String fix();
    }

    /** A record that is one entry of a list, named in messages as "{@code noun #n 'value of namedBy'}". */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Entry {
        String noun();

        /** The {@link Required} text component that names an entry. */
        String namedBy();
    }

    private OperatorFile() {
    }

    /**
     * @param setting the setting that names the file, for the fix of a missing or unreadable file
     */
    public static <T extends Record> T read(Resource file, String setting, Class<T> type) {
        String origin = file instanceof FileSystemResource path ? path.getPath() : file.getDescription();
        if (!file.exists()) {
            throw new OperatorFileException(origin + ": the file does not exist. Fix: restore it, or point " + setting
                    + " to your own file.");
        }
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            return parse(reader, origin, type);
        } catch (IOException e) {
            throw new OperatorFileException(origin + ": cannot read the file (" + e.getMessage() + "). Fix: point "
                    + setting + " to a readable UTF-8 YAML file.", e);
        }
    }

    /** @param origin names the file in messages */
    public static <T extends Record> T parse(Reader reader, String origin, Class<T> type) {
        Object document;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            document = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                    new DumperOptions(), options, new DatesAsText()).load(reader);
        } catch (YAMLException e) {
            throw new OperatorFileException(origin + ": not valid YAML: " + e.getMessage().strip()
                    + "\nFix: correct the syntax at the position shown (indentation, quotes, duplicate keys).", e);
        }
        return new RecordBinding(origin).document(document, type);
    }

    /** "PLACE: PROBLEM. Fix: FIX" */
    static OperatorFileException problem(String place, String problem, String fix) {
        return new OperatorFileException(place + ": " + problem + ". Fix: " + fix);
    }

    /** Leaves 2026-12-31 a text, so that a date is read as written rather than as a lenient UTC timestamp. */
    private static final class DatesAsText extends Resolver {
        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        }
    }
}
