package vn.mailcompliance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.mailcompliance.finding.FindingCode;

/**
 * Citations in the regulation's legal form, and every quote checked word for word against the text of the provision
 * the code cites ({@code src/test/resources/regulation}, the articles as published).
 */
class RegulationTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Locale EN = Locale.ENGLISH;

    private final Regulation regulation = new Regulation(RegulationProperties.mostDecision4105());

    @Test
    void provisionsAreCitedInVietnameseLegalFormWithTheInstrument() {
        assertThat(regulation.citation(FindingCode.UNIT_MAILBOX_MISSING, VI))
                .isEqualTo("điểm a khoản 3 Điều 12 Quy chế ban hành kèm theo Quyết định số 4105/QĐ-BKHCN");
        assertThat(regulation.provisions(FindingCode.PASSWORD_EXPIRED, VI)).isEqualTo("khoản 2 Điều 15");
        assertThat(regulation.provisions(FindingCode.UNIT_BACKLOG, VI)).isEqualTo("Điều 16");
        assertThat(regulation.provisions(FindingCode.EXTERNAL_FORWARDING, VI)).isEqualTo("khoản 2 Điều 12 và Điều 16");
        assertThat(regulation.provisions(FindingCode.GROUP_EXTERNAL_MEMBER, EN)).isEqualTo("Article 12.5(c)");
        assertThat(regulation.citation(FindingCode.SCAN_FAILED, VI)).isEmpty();
        assertThat(regulation.instrumentInFull(VI)).isEqualTo("Quy chế quản lý và sử dụng hệ thống Công nghệ thông"
                + " tin của Bộ Khoa học và Công nghệ ban hành kèm theo Quyết định số 4105/QĐ-BKHCN năm 2019 của Bộ"
                + " Khoa học và Công nghệ");
    }

    @Test
    void anotherMinistrysInstrumentIsNamedFromTheSettings() {
        Regulation other = new Regulation(new RegulationProperties("Quy chế sử dụng thư điện tử", "Thông tư",
                "12/2025/TT-BTC", "Bộ Tài chính", "2025-06-30"));
        assertThat(other.citation(FindingCode.STAFF_WITHOUT_MAILBOX, VI))
                .isEqualTo("điểm b khoản 3 Điều 12 Quy chế ban hành kèm theo Thông tư số 12/2025/TT-BTC");
        assertThat(other.instrumentInFull(VI)).endsWith("Thông tư số 12/2025/TT-BTC ngày 30/06/2025 của Bộ Tài chính");
    }

    @Test
    void unitBacklogRestsOnArticleSixteenNotOnPersonalMailboxes() {
        assertThat(FindingCode.UNIT_BACKLOG.article()).isEqualTo("16");
        assertThat(regulation.quote(FindingCode.UNIT_BACKLOG)).get().asString()
                .contains("Đối với hộp thư điện tử của đơn vị");
    }

    @Test
    void everyCodeWithAProvisionQuotesTheRegulationsOwnWordsOfThatProvision() throws IOException {
        List<String> text = regulationText();
        for (FindingCode code : FindingCode.values()) {
            if (code.article().equals("—")) {
                assertThat(regulation.quote(code)).as(code.name()).isEmpty();
                continue;
            }
            assertThat(regulation.quote(code)).as(code.name()).isPresent();
            List<String> provisions = new ArrayList<>();
            for (String provision : code.article().split(",\\s*")) {
                provisions.add(provisionText(text, provision));
            }
            for (String piece : regulation.quote(code).orElseThrow().split(" … ")) {
                assertThat(provisions).as(code + ": \"" + piece + "\" is words of " + code.article())
                        .anyMatch(provision -> provision.contains(piece));
            }
        }
    }

    /** The lines of one provision: an article, a clause ("2. …") of it, or a point ("b) …") of a clause. */
    private static String provisionText(List<String> text, String provision) {
        String[] parts = provision.split("\\.");
        int article = text.indexOf("Điều " + parts[0] + ".");
        assertThat(article).as("article of " + provision).isNotNegative();
        int end = article + 1;
        while (end < text.size() && !text.get(end).startsWith("Điều ")) {
            end++;
        }
        List<String> lines = text.subList(article + 1, end);
        if (parts.length == 1) {
            return String.join("\n", lines);
        }
        String clause = parts[1].replaceAll("[a-z]$", "");
        List<String> clauseLines = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            if (line.matches("\\d+\\. .*")) {
                in = line.startsWith(clause + ". ");
            }
            if (in) {
                clauseLines.add(line);
            }
        }
        if (!parts[1].matches("\\d+[a-z]")) {
            return String.join("\n", clauseLines);
        }
        String point = parts[1].substring(parts[1].length() - 1) + ") ";
        return clauseLines.stream().filter(line -> line.startsWith(point)).findFirst().orElseThrow();
    }

    private static List<String> regulationText() throws IOException {
        try (InputStream in = RegulationTest.class.getResourceAsStream(
                "/regulation/4105-QD-BKHCN-articles-12-15-16.txt")) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }
}
