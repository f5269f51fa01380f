package vn.mailcompliance.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.samskivert.mustache.Mustache;

/** The shipped templates of jobs/templates in both languages, rendered as the reminders are. */
class ReminderTemplatesTest {

    private static final Map<String, Object> EXPIRING = Map.of("organization", "Bộ KH&CN", "name", "An <Nguyễn>",
            "address", "an@most.gov.vn", "lastChange", "2026-09-02", "expiresOn", "2026-12-01", "daysLeft", "7",
            "maxAgeDays", "90", "passwordChangeUrl", "https://mail.most.gov.vn/pw", "signature", "IT center");

    @TempDir
    Path dir;

    private static ReminderTemplates templates(String locale, Path dir) {
        return new ReminderTemplates(new NotifyProperties(true, "it@most.gov.vn", locale, "", "", dir,
                Period.ofDays(7), 30, List.of(), Map.of()), Mustache.compiler());
    }

    @Test
    void englishRemindersSayWhatSinceWhenTheDeadlineAndHowToChangeIt() {
        RenderedMail mail = templates("en", Path.of("jobs/templates")).compile()
                .render(ReminderKind.PASSWORD_EXPIRING, EXPIRING);

        assertThat(mail.subject()).isEqualTo("[Bộ KH&CN] The password of an@most.gov.vn expires on 2026-12-01");
        assertThat(mail.text()).startsWith("Dear An <Nguyễn>,").contains("last changed on 2026-09-02")
                .contains("(7 days left)").contains("at https://mail.most.gov.vn/pw").contains("IT center");
        assertThat(mail.html()).contains("Dear An &lt;Nguyễn&gt;,").contains("<a href=\"https://mail.most.gov.vn/pw\">");
    }

    @Test
    void everyKindHasAVietnameseAndAnEnglishTemplateInTextAndHtml() {
        for (String locale : List.of("vi", "en")) {
            templates(locale, Path.of("jobs/templates")).verify();
            for (ReminderKind kind : ReminderKind.values()) {
                RenderedMail mail = templates(locale, Path.of("jobs/templates")).compile().render(kind, Map.of());
                assertThat(mail.subject()).isNotBlank();
                assertThat(mail.html()).startsWith("<!DOCTYPE html>");
            }
        }
    }

    @Test
    void anOperatorsTemplateReplacesTheShippedOneAndABrokenOneIsNamed() throws Exception {
        for (ReminderKind kind : ReminderKind.values()) {
            Files.writeString(dir.resolve(kind.file() + ".vi.txt"), "Nhắc {{address}}\nNội dung\n");
            Files.writeString(dir.resolve(kind.file() + ".vi.html"), "<p>{{address}}</p>");
        }
        assertThat(templates("vi", dir).compile().render(ReminderKind.UNIT_BACKLOG, Map.of("address", "x@y"))
                .subject()).isEqualTo("Nhắc x@y");

        Files.writeString(dir.resolve("unit-backlog.vi.html"), "<p>{{#address}}</p>");
        assertThatThrownBy(() -> templates("vi", dir).verify()).hasMessageContaining("unit-backlog.vi.html");
    }

    @Test
    void aRunsTemplatesAreReadOnceAndTheNextRunReadsAnOperatorsEdit() throws Exception {
        for (ReminderKind kind : ReminderKind.values()) {
            Files.writeString(dir.resolve(kind.file() + ".vi.txt"), "Nhắc {{address}}\nNội dung\n");
            Files.writeString(dir.resolve(kind.file() + ".vi.html"), "<p>{{address}}</p>");
        }
        ReminderTemplates templates = templates("vi", dir);
        ReminderTemplates.Compiled run = templates.compile();

        Files.writeString(dir.resolve("unit-backlog.vi.txt"), "Nhắc lại {{address}}\nNội dung\n");

        assertThat(run.render(ReminderKind.UNIT_BACKLOG, Map.of("address", "x@y")).subject()).isEqualTo("Nhắc x@y");
        assertThat(templates.compile().render(ReminderKind.UNIT_BACKLOG, Map.of("address", "x@y")).subject())
                .isEqualTo("Nhắc lại x@y");
    }
}
