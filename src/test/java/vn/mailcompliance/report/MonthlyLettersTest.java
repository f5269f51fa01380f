package vn.mailcompliance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.mailcompliance.directory.Unit;
import vn.mailcompliance.report.ScoreHistory.UnitScore;

class MonthlyLettersTest {

    private static final YearMonth PERIOD = YearMonth.of(2026, 10);

    private final MemoryScoreHistory history = new MemoryScoreHistory();

    MonthlyLettersTest() {
        history.published(PERIOD.minusMonths(1), 50.0, "VP", 70, "TCCB", 40);
        history.record(PERIOD, List.of(new UnitScore(ScoreHistory.ORGANISATION, "Bộ", 12, 8, 11, 55.0),
                new UnitScore("VP", "Văn phòng Bộ", 5, 2, 3, 68.0),
                new UnitScore("TCCB", "Vụ Tổ chức cán bộ", 4, 4, 4, 45.0),
                new UnitScore("KHTC", "Vụ Kế hoạch - Tài chính", 3, 2, 2, 46.7)));
    }

    @Test
    void aUnitLeadersMailCarriesTheUnitsScoreRankChangeAndOpenFindingsWithOnlyItsWorkbook() {
        MonthlyLetters letters = new MonthlyLetters(ReportProperties.of(Path.of("reports"), new Locale("vi"), false),
                history);

        List<Letter> units = letters.units("Bộ KH&CN", PERIOD, List.of(
                new Unit("VP", "Văn phòng Bộ", "chanhvanphong@most.gov.vn"), new Unit("KHTC", "Vụ Kế hoạch - Tài chính")));

        assertThat(units).hasSize(2);
        Letter vp = units.get(0);
        assertThat(vp.to()).isEqualTo("chanhvanphong@most.gov.vn");
        assertThat(vp.attachment()).isEqualTo(Path.of("reports/2026-10/units/VP.xlsx"));
        assertThat(vp.subject()).contains("Tháng 10/2026").contains("Văn phòng Bộ");
        assertThat(vp.body()).contains("Kính gửi Lãnh đạo Văn phòng Bộ").contains("Điểm tuân thủ: 68,0 (mục tiêu 90)")
                .contains("Thứ 1 trên 3 đơn vị").contains("so với tháng trước: -2,0")
                .contains("Phát hiện cần khắc phục: 3, ở 2 trên 5 hộp thư");
        assertThat(units.get(1).to()).as("the roster names no leader").isNull();
        assertThat(units.get(1).body()).contains("Tháng 9/2026 chưa được đánh giá");
        Letter leadership = letters.leadership("Bộ KH&CN", PERIOD);
        assertThat(leadership.attachment()).isEqualTo(Path.of("reports/2026-10/mailbox-compliance-2026-10.xlsx"));
        assertThat(leadership.body()).contains("55,0");
    }

    @Test
    void anEnglishReportMailsInEnglish() {
        MonthlyLetters letters = new MonthlyLetters(ReportProperties.of(Path.of("reports"), Locale.ENGLISH, false),
                history);

        Letter vp = letters.units("Ministry", PERIOD, List.of(new Unit("VP", "Office", null))).get(0);

        assertThat(vp.subject()).contains("October 2026");
        assertThat(vp.body()).startsWith("Dear head of Office").contains("Rank: 1 of 3 units")
                .contains("your unit's report").doesNotContain("Kính").doesNotContain("Điểm");
        assertThat(letters.leadership("Ministry", PERIOD).body()).startsWith("Dear leadership")
                .contains("organisation's compliance score: 55.0");
    }
}
