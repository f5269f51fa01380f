package vn.mailcompliance.notify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;

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

    RenderedMail render(ReminderKind kind, Map<String, Object> model) {
        String plain = text.compile(read(kind, "txt")).execute(model);
        int firstBreak = plain.indexOf('\n');
        if (firstBreak < 0 || plain.substring(0, firstBreak).isBlank()) {
            throw new IllegalStateException("Template " + name(kind, "txt") + " must start with the subject line, "
                    + "then the text of the mail");
        }
        String body = plain.substring(firstBreak + 1).stripLeading();
        return new RenderedMail(plain.substring(0, firstBreak).strip(), body,
                html.compile(read(kind, "html")).execute(model));
    }

    /** Compiles every template once, so that a broken one stops the command before anything is sent. */
    void verify() {
        for (ReminderKind kind : ReminderKind.values()) {
            for (String extension : new String[] {"txt", "html"}) {
                try {
                    text.compile(read(kind, extension));
                } catch (MustacheException e) {
                    throw new IllegalStateException("Template " + settings.templates().resolve(name(kind, extension))
                            + " is not valid Mustache: " + e.getMessage(), e);
                }
            }
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
