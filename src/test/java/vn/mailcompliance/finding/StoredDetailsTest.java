package vn.mailcompliance.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Finding evidence as rows store it: rows of the version before typed evidence read as the records of their codes. */
class StoredDetailsTest {

    static final LocalDateTime SEEN = LocalDateTime.parse("2026-10-31T23:59:59");

    final EmbeddedFindingStore store = new EmbeddedFindingStore("details");
    final FindingRepository repository = store.repository();
    final JdbcTemplate jdbc = store.jdbc();

    /** A row exactly as the version that kept evidence as a map of strings wrote it. */
    void storedByThePreviousVersion(String code, String subject, String details, String waiverId) {
        jdbc.update("""
                INSERT INTO finding (period, code, unit_code, address, subject, severity, details, first_seen,
                                     last_seen, waiver_id, job_execution_id)
                VALUES ('2026-10', ?, 'VP', 'an@most.gov.vn', ?, 'MEDIUM', ?, ?, ?, ?, 7)
                """, code, subject, details, SEEN, SEEN, waiverId);
    }

    Finding read(FindingCode code) {
        return repository.findByPeriod("2026-10").stream().filter(f -> f.code() == code).findFirst().orElseThrow();
    }

    @Test
    void aWaivedExpiredPasswordOfThePreviousVersionReadsAsItsRecordAndItsWaiver() {
        storedByThePreviousVersion("PASSWORD_EXPIRED", "", """
                {"lastChange":"2026-05-01","ageDays":"183","maxAge":"P90D","expiredOn":"2026-07-30",\
                "waiver":"W-1","waiverReason":"Nghỉ thai sản","waiverApprover":"Chánh Văn phòng","waiverUntil":""}""",
                "W-1");

        Finding expired = read(FindingCode.PASSWORD_EXPIRED);

        assertThat(expired.details()).isEqualTo(new Details.PasswordExpired(LocalDate.parse("2026-05-01"), 183L,
                Period.ofDays(90), LocalDate.parse("2026-07-30")));
        assertThat(expired.waiver()).isEqualTo(new Finding.Waived("W-1", "Nghỉ thai sản", "Chánh Văn phòng", null));
    }

    @Test
    void personalUseOfThePreviousVersionReadsWithItsListsAndTimes() {
        storedByThePreviousVersion("PERSONAL_USE", "Vietcombank", """
                {"service":"Vietcombank","category":"BANKING","confidence":"CONFIRMED",\
                "kinds":"REGISTRATION, ACCOUNT_ACTIVITY","messages":"2","firstSeen":"2026-10-01T08:00:00",\
                "lastSeen":"2026-10-03T00:30:05","samples":"Biến động số dư | Chào mừng"}""", null);

        assertThat(read(FindingCode.PERSONAL_USE).details()).isEqualTo(new Details.PersonalUse("Vietcombank",
                "BANKING", "CONFIRMED", List.of("REGISTRATION", "ACCOUNT_ACTIVITY"), 2,
                LocalDateTime.parse("2026-10-01T08:00:00"), LocalDateTime.parse("2026-10-03T00:30:05"),
                List.of("Biến động số dư", "Chào mừng")));
        assertThat(read(FindingCode.PERSONAL_USE).waiver()).isNull();
    }

    @Test
    void emptyValuesOfThePreviousVersionReadAsUnknown() {
        storedByThePreviousVersion("PASSWORD_NEVER_CHANGED", "",
                "{\"createdOn\":\"\",\"ageDays\":\"\",\"newAccountGrace\":\"P14D\"}", null);
        storedByThePreviousVersion("ORPHAN_MAILBOX", "",
                "{\"leftOn\":\"2026-06-30\",\"daysSinceLeft\":\"123\",\"leaverGrace\":\"P0D\",\"lastLoginAt\":\"\"}",
                null);
        storedByThePreviousVersion("UNSIGNED_OFFICIAL_MAIL", "", """
                {"sent":"12","signed":"5","signedShare":"42%","minShare":"80%","encrypted":"0","openPgp":"1"}""",
                null);
        storedByThePreviousVersion("EXTERNAL_FORWARDING", "Sieve: an.home@gmail.com", """
                {"destination":"an.home@gmail.com","destinationDomain":"gmail.com","freeWebmail":"true",\
                "source":"Sieve"}""", null);

        assertThat(read(FindingCode.PASSWORD_NEVER_CHANGED).details())
                .isEqualTo(new Details.PasswordNeverChanged(null, null, Period.ofDays(14)));
        assertThat(read(FindingCode.ORPHAN_MAILBOX).details()).isEqualTo(new Details.OrphanMailbox(
                LocalDate.parse("2026-06-30"), 123L, Period.ZERO, null));
        assertThat(read(FindingCode.UNSIGNED_OFFICIAL_MAIL).details())
                .isEqualTo(new Details.UnsignedOfficialMail(12, 5, 0.42, 0.8, 0, 1));
        assertThat(read(FindingCode.EXTERNAL_FORWARDING).details())
                .isEqualTo(new Details.ExternalForwarding("an.home@gmail.com", "gmail.com", true, "Sieve"));
    }

    @Test
    void evidenceIsStoredInThePreviousVersionsFormSoThatItCanStillReadIt() {
        Finding expired = new Finding("an@most.gov.vn", "VP", FindingCode.PASSWORD_EXPIRED, "",
                new Details.PasswordExpired(LocalDate.parse("2026-05-01"), 183L, Period.ofDays(90),
                        LocalDate.parse("2026-07-30")), SEEN, SEEN);
        Waiver waiver = new Waiver("W-1", "an@most.gov.vn", null, null, null, FindingCode.PASSWORD_EXPIRED,
                "Nghỉ thai sản", "Chánh Văn phòng", null);

        repository.add("2026-10", List.of(expired), 7, Map.of(expired, waiver));

        assertThat(jdbc.queryForObject("SELECT details FROM finding", String.class)).isEqualTo("""
                {"lastChange":"2026-05-01","ageDays":"183","maxAge":"P90D","expiredOn":"2026-07-30",\
                "waiver":"W-1","waiverReason":"Nghỉ thai sản","waiverApprover":"Chánh Văn phòng","waiverUntil":""}""");
    }

    @Test
    void everyCodesEvidenceReadsBackAsItWasStored() {
        List<Finding> findings = List.of(
                finding(new Details.UnitBacklog(3, 21, 19, 12, null)),
                finding(new Details.UnitMailboxDuplicate("Văn phòng", 2, List.of("vp2@most.gov.vn", "vp3@most.gov.vn"))),
                finding(new Details.MailboxUsedAfterLeaving(LocalDate.parse("2026-09-30"),
                        LocalDateTime.parse("2026-10-01T10:00"), 1L, Period.ofDays(7))),
                finding(new Details.WorkMailToFreeWebmail(4, 4, "gmail.com × 4", List.of("an.home@gmail.com"), 1, "name", 3,
                        LocalDateTime.parse("2026-10-02T08:15:30"), LocalDateTime.parse("2026-10-05T17:00"))));

        repository.add("2026-10", findings, 7, Map.of());

        assertThat(repository.findByPeriod("2026-10")).extracting(Finding::details)
                .containsExactlyInAnyOrderElementsOf(findings.stream().map(Finding::details).toList());
    }

    static Finding finding(Details details) {
        return new Finding("an@most.gov.vn", "VP", details.code(), "", details, SEEN, SEEN);
    }
}
