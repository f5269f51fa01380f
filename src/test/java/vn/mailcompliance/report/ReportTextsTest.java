package vn.mailcompliance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.personaluse.Authenticity;
import vn.mailcompliance.personaluse.Confidence;
import vn.mailcompliance.personaluse.MessageKind;

class ReportTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everyEvidenceComponentOfEveryCodeAndOfAWaiverHasAHeaderInTheReportLanguage(String language) throws IOException {
        Set<String> components = new TreeSet<>();
        Stream.of(FindingCode.values()).map(Details::components).forEach(components::addAll);
        components.addAll(EvidenceColumns.WAIVER_EVIDENCE);
        assertThat(components).as("the evidence of passwords, personal use and failed scans")
                .contains("lastChange", "newAccountGrace", "service", "kinds", "attempts", "freeWebmail");

        Properties bundle = bundle(language);
        assertThat(components).allSatisfy(name -> assertThat(bundle).as("detail.%s", name)
                .containsKey("detail." + name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everyCodedValueHasATranslation(String language) throws IOException {
        Properties bundle = bundle(language);
        Stream.of(Confidence.values()).forEach(v -> assertThat(bundle).containsKey("value.confidence." + v));
        Stream.of(MessageKind.values()).forEach(v -> assertThat(bundle).containsKey("value.kinds." + v));
        Stream.of(MailboxKind.values()).forEach(v -> assertThat(bundle).containsKey("value.kind." + v));
        Stream.of(Authenticity.values()).forEach(v -> assertThat(bundle).containsKey("authenticity." + v));
        assertThat(bundle).containsKeys("value.matchedBy.employeeId", "value.matchedBy.fullNameInUnit",
                "value.freeWebmail.true", "value.freeWebmail.false", "reason.external", "reason.unknown",
                "reason.disabled");
    }

    @Test
    void bothLanguagesHaveTheSameTexts() throws IOException {
        assertThat(bundle("en").keySet()).isEqualTo(bundle("vi").keySet());
    }

    @Test
    void codesAndDurationsAreShownInTheReportLanguageOtherValuesAsStored() {
        ReportTexts vi = new ReportTexts(new Locale("vi"));
        ReportTexts en = new ReportTexts(Locale.ENGLISH);
        assertThat(vi.detailValue("confidence", "PROBABLE")).isEqualTo("Nghi vấn");
        assertThat(en.detailValue("confidence", "PROBABLE")).isEqualTo("Probable");
        assertThat(vi.detailValue("category", "BANKING")).isEqualTo("Ngân hàng");
        assertThat(vi.kind(MessageKind.REGISTRATION)).isEqualTo("Đăng ký tài khoản");
        assertThat(vi.detailValue("freeWebmail", "false")).isEqualTo("Không");
        assertThat(vi.detailValue("reason", "unknown")).isEqualTo("Không có trong danh bạ");
        assertThat(vi.duration(Period.ofDays(90))).isEqualTo("90 ngày");
        assertThat(en.duration(Period.ofDays(1))).isEqualTo("1 day");
        assertThat(en.duration("P1Y2M")).isEqualTo("1 year 2 months");
        assertThat(vi.detailValue("ageDays", "183")).isEqualTo("183");
        assertThat(vi.detailValue("reason", "connection to imap:993 refused")).as("a server's message is quoted as given").isEqualTo("«connection to imap:993 refused»");
        assertThat(vi.reason("group mailbox (forwards to its members)"))
                .isEqualTo("Hộp thư nhóm (tự chuyển thư tới các thành viên)");
        assertThat(en.reason("not scanned in this run")).isEqualTo("Not scanned in this run");
        assertThat(vi.settingValue("")).isEqualTo("(không có)");
        assertThat(en.settingValue("true")).isEqualTo("Yes");
    }

    private static Properties bundle(String language) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = ReportTextsTest.class.getResourceAsStream(
                "/report/messages_" + language + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle;
    }
}
