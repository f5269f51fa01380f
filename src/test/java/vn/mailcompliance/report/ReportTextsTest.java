package vn.mailcompliance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.finding.FindingRepository;
import vn.mailcompliance.personaluse.Authenticity;
import vn.mailcompliance.personaluse.Confidence;
import vn.mailcompliance.personaluse.MessageKind;

class ReportTextsTest {

    /** How the checks, the personal-use aggregation and the scan step record a finding's evidence. */
    private static final Pattern DETAIL_PUT = Pattern.compile("details\\.put\\(\"(\\w+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everyEvidenceKeyTheCodeRecordsHasAHeaderInTheReportLanguage(String language) throws IOException {
        Set<String> keys = detailKeysInTheCode();
        keys.addAll(Set.of(FindingRepository.WAIVER, FindingRepository.WAIVER_REASON,
                FindingRepository.WAIVER_APPROVER, FindingRepository.WAIVER_UNTIL));
        assertThat(keys).as("the scan found the keys of passwords, personal use and failed scans")
                .contains("lastChange", "newAccountGrace", "service", "kinds", "attempts", "freeWebmail");

        Properties bundle = bundle(language);
        assertThat(keys).allSatisfy(key -> assertThat(bundle).as("detail.%s", key).containsKey("detail." + key));
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
        assertThat(vi.detailValue("kinds", "MARKETING, REGISTRATION")).isEqualTo("Quảng cáo, tin tức, Đăng ký tài khoản");
        assertThat(vi.detailValue("freeWebmail", "false")).isEqualTo("Không");
        assertThat(vi.detailValue("reason", "unknown")).isEqualTo("Không có trong danh bạ");
        assertThat(vi.detailValue("maxAge", "P90D")).isEqualTo("90 ngày");
        assertThat(en.detailValue("newAccountGrace", "P1D")).isEqualTo("1 day");
        assertThat(vi.detailValue("leaverGrace", "P30D")).isEqualTo("30 ngày");
        assertThat(en.duration("P1Y2M")).isEqualTo("1 year 2 months");
        assertThat(vi.detailValue("ageDays", "183")).isEqualTo("183");
        assertThat(vi.detailValue("reason", "connection to imap:993 refused")).as("a server's message is quoted as given").isEqualTo("«connection to imap:993 refused»");
        assertThat(vi.reason("group mailbox (forwards to its members)"))
                .isEqualTo("Hộp thư nhóm (tự chuyển thư tới các thành viên)");
        assertThat(en.reason("not scanned in this run")).isEqualTo("Not scanned in this run");
        assertThat(vi.settingValue("")).isEqualTo("(không có)");
        assertThat(en.settingValue("true")).isEqualTo("Yes");
    }

    private static Set<String> detailKeysInTheCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/vn/mailcompliance"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher put = DETAIL_PUT.matcher(Files.readString(source));
                while (put.find()) {
                    keys.add(put.group(1));
                }
            }
        }
        return keys;
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
