package vn.mailcompliance.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;

import org.assertj.core.groups.Tuple;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import vn.mailcompliance.directory.LdapMinistryAccess;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.finding.FindingRepository;
import vn.mailcompliance.testsupport.SlapdServer;

/** The monthly run of the LDAP ministry ({@link LdapMinistryAccess}) on each LDAP kind, and what every kind shares. */
final class LdapMinistryRun {

    static final String PERIOD = "2026-10";

    private LdapMinistryRun() {
    }

    /** The ministry's directory on this slapd, read as {@code kind}, with its roster and scanned mailboxes. */
    static MonthlyJobEnvironment environment(SlapdServer directory, String kind) {
        return new MonthlyJobEnvironment("product").onLdap(directory, kind).withRoster(LdapMinistryAccess.ROSTER)
                .scanning(LdapMinistryAccess.SCANNED);
    }

    /**
     * Asserts what a completed run yields on every kind as on iRedMail: the expected findings, no expired password for
     * the exempt service account or the one changed in time, the monthly sheets and codes and one password row for
     * the service account.
     *
     * @return the workbook, for the kind's own assertions
     */
    static LdapMonthlyWorkbook assertLikeOnIRedMail(JobExecution execution, FindingRepository findings,
                                                    MonthlyJob monthly) throws IOException {
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(findings.findByPeriod(PERIOD))
                .extracting(Finding::code, Finding::address, Finding::subject)
                .contains(LdapMinistryAccess.EXPECTED_FINDINGS.toArray(Tuple[]::new))
                .doesNotContain(tuple(FindingCode.PASSWORD_EXPIRED, "svc-saoluu@most.gov.vn", ""),
                        tuple(FindingCode.PASSWORD_EXPIRED, "em@most.gov.vn", ""));
        LdapMonthlyWorkbook workbook = LdapMonthlyWorkbook.read(monthly.workbook(PERIOD));
        assertThat(workbook.sheets()).containsSubsequence(LdapMonthlyWorkbook.MONTHLY_SHEETS);
        assertThat(workbook.codes()).containsAll(LdapMinistryAccess.EXPECTED_CODES);
        assertThat(workbook.rowsWith("Mật khẩu", "svc-saoluu@most.gov.vn")).hasSize(1);
        return workbook;
    }
}
