package vn.mailcompliance.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.mailcompliance.directory.Unit;

class UnitLeadersTest {

    private static UnitLeaders configured(Map<String, String> unitLeaders) {
        return new UnitLeaders(new NotifyProperties(true, "ttcntt@most.gov.vn", "vi", "", "", Path.of("jobs/templates"),
                Period.ofDays(7), 30, List.of(), unitLeaders));
    }

    @Test
    void theRostersLeaderComesFirst() {
        UnitLeaders leaders = configured(Map.of("VP", "chanhvp@most.gov.vn"));

        assertThat(leaders.of("VP", new Unit("VP", "Văn phòng", "truongvp@most.gov.vn")))
                .contains("truongvp@most.gov.vn");
    }

    @Test
    void aConfiguredLeaderIsFoundWhateverTheCaseOfTheUnitCode() {
        UnitLeaders leaders = configured(Map.of("vp", "chanhvp@most.gov.vn"));

        assertThat(leaders.of("VP", new Unit("VP", "Văn phòng"))).contains("chanhvp@most.gov.vn");
        assertThat(leaders.of("KHTC", new Unit("KHTC", "Vụ Kế hoạch - Tài chính"))).isEmpty();
        assertThat(leaders.of(null, null)).isEmpty();
    }
}
