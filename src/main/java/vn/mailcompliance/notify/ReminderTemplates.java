package vn.mailcompliance.notify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;

import vn.mailcompliance.settings.OperatorFiles;

/**
 * Renders reminders with the Mustache templates of {@code compliance.notify.templates}: per kind and language a plain
 * text file, whose first line is the subject, and an HTML file. The jar ships a copy of each, used when the folder
 * lacks one.
 */
@Component
class ReminderTemplates {

    private final NotifyProperties settings;
    private final Mustache.Compiler html;
    private final Mustache.Compiler text;

    ReminderTemplates(NotifyProperties settings, Mustache.Compiler compiler) {
        this.settings = settings;
        this.html = compiler.escapeHTML(true).strictSections(false).defaultValue("");
        this.text = compiler.escapeHTML(false).strictSections(false).defaultValue("");
    }

    /**
     * Reads and compiles every template once, for one run: a broken one stops the command before anything is sent,
     * and the run renders all its reminders without reading a file again. The next run reads them anew, so that an
     * operator's edit reaches a long-running {@code serve}.
     */
    Compiled compile() {
        Map<ReminderKind, Template> plain = new EnumMap<>(ReminderKind.class);
        Map<ReminderKind, Template> markup = new EnumMap<>(ReminderKind.class);
        for (ReminderKind kind : ReminderKind.values()) {
            plain.put(kind, compile(text, kind, "txt"));
            markup.put(kind, compile(html, kind, "html"));
        }
        return new Compiled(plain, markup);
    }

    /** Compiles every template once, so that a broken one stops the command before anything is sent. */
    void verify() {
        compile();
    }

    private Template compile(Mustache.Compiler compiler, ReminderKind kind, String extension) {
        String source = read(kind, extension);
        try {
            return compiler.compile(source);
        } catch (MustacheException e) {
            throw new IllegalStateException("Template " + settings.templates().resolve(name(kind, extension))
                    + " is not valid Mustache: " + e.getMessage(), e);
        }
    }

    /** The templates of one run, compiled. */
    final class Compiled {

        private final Map<ReminderKind, Template> plain;
        private final Map<ReminderKind, Template> markup;

        private Compiled(Map<ReminderKind, Template> plain, Map<ReminderKind, Template> markup) {
            this.plain = plain;
            this.markup = markup;
        }

        RenderedMail render(ReminderKind kind, Map<String, Object> model) {
            String rendered = plain.get(kind).execute(model);
            int firstBreak = rendered.indexOf('\n');
            if (firstBreak < 0 || rendered.substring(0, firstBreak).isBlank()) {
                throw new IllegalStateException("Template " + name(kind, "txt") + " must start with the subject "
                        + "line, then the text of the mail");
            }
            String body = rendered.substring(firstBreak + 1).stripLeading();
            return new RenderedMail(rendered.substring(0, firstBreak).strip(), body, markup.get(kind).execute(model));
        }
    }

    private String read(ReminderKind kind, String extension) {
        String name = name(kind, extension);
        Resource resource = OperatorFiles.open(settings.templates().resolve(name), "jobs/templates/" + name);
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the reminder template " + resource.getDescription()
                    + ": " + e.getMessage() + ". Restore it in compliance.notify.templates (" + settings.templates()
                    + ").", e);
        }
    }

    private String name(ReminderKind kind, String extension) {
        return kind.file() + "." + settings.locale() + "." + extension;
    }
}
