package vn.mailcompliance.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Waived findings as the monthly job stores them, on the embedded H2 in MySQL mode. */
class FindingRepositoryWaiverTest {

    static final LocalDate END_OF_OCTOBER = LocalDate.parse("2026-10-31");
    static final LocalDateTime SEEN = LocalDateTime.parse("2026-10-05T09:00:00");

    static final Waivers WAIVERS = Waivers.parse(new StringReader("""
            waivers:
              - id: W-BANK
                unit: KT
                category: BANKING
                reason: Tài khoản nhận lương
                approver: Vụ trưởng
                until: 2026-12-31
              - id: W-OLD
                mailbox: b@most.gov.vn
                code: PASSWORD_EXPIRED
                reason: Đang nghỉ phép
                approver: Chánh Văn phòng
                until: 2026-10-30
            """), "waivers.yml", Set.of("BANKING", "E_COMMERCE"));

    final EmbeddedFindingStore store = new EmbeddedFindingStore("waivers");
    final FindingRepository repository = store.repository();
    final JdbcTemplate jdbc = store.jdbc();

    static Finding personalUse(String address, String service, String category) {
        return new Finding(address, "KT", FindingCode.PERSONAL_USE, service,
                new Details.PersonalUse(service, category, null, null, null, null, null, null), SEEN, SEEN);
    }

    @Test
    void waivedFindingIsStoredWithItsWaiverAndLeftOutOfTheCounts() {
        Finding bank = personalUse("a@most.gov.vn", "Vietcombank", "BANKING");
        Finding shop = personalUse("a@most.gov.vn", "Shopee", "E_COMMERCE");
        List<Finding> found = List.of(bank, shop);

        repository.add("2026-10", found, 1, WAIVERS.waived(found, END_OF_OCTOBER));

        assertThat(jdbc.queryForObject("SELECT waiver_id FROM finding WHERE subject = 'Vietcombank'", String.class))
                .isEqualTo("W-BANK");
        assertThat(repository.findByPeriod("2026-10")).filteredOn(f -> f.subject().equals("Vietcombank"))
                .singleElement().satisfies(f -> assertThat(f.waiver()).isEqualTo(new Finding.Waived("W-BANK",
                        "Tài khoản nhận lương", "Vụ trưởng", LocalDate.parse("2026-12-31"))));
        assertThat(repository.countByCode("2026-10")).containsExactly(Map.entry(FindingCode.PERSONAL_USE, 1));
    }

    @Test
    void expiredWaiverNoLongerApplies() {
        Finding password = new Finding("b@most.gov.vn", "VP", FindingCode.PASSWORD_EXPIRED, "", null, SEEN, SEEN);

        assertThat(WAIVERS.waived(List.of(password), LocalDate.parse("2026-09-30"))).containsKey(password);
        repository.add("2026-10", List.of(password), 1, WAIVERS.waived(List.of(password), END_OF_OCTOBER));

        assertThat(repository.findByPeriod("2026-10")).singleElement()
                .satisfies(f -> assertThat(f.waiver()).isNull());
        assertThat(repository.countByCode("2026-10")).containsEntry(FindingCode.PASSWORD_EXPIRED, 1);
    }

    @Test
    void storedWaiversAreReplacedByTheFileOfEachRun() {
        repository.replaceWaivers(WAIVERS.all());
        repository.replaceWaivers(WAIVERS.all().subList(0, 1));

        assertThat(jdbc.queryForList("SELECT id FROM waiver", String.class)).containsExactly("W-BANK");
        assertThat(jdbc.queryForObject("SELECT category FROM waiver", String.class)).isEqualTo("BANKING");
    }
}
