package vn.mailcompliance.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.DirectoryRead.Rejection;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.directory.Unit;
import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.report.MonthlyReport.CoverageRow;
import vn.mailcompliance.report.MonthlyReport.RunMetadata;
import vn.mailcompliance.report.MonthlyReport.UnitMailboxRow;

/** A small ministry of three units with a finding of every code, for the workbook tests. */
final class ReportFixtures {

    static final YearMonth PERIOD = YearMonth.of(2026, 10);
    static final LocalDateTime SEEN = LocalDateTime.of(2026, 10, 31, 23, 59, 59);
    static final LocalDateTime FIRST = LocalDateTime.of(2026, 9, 2, 8, 15);

    private ReportFixtures() {
    }

    static List<Unit> units() {
        return List.of(new Unit("VP", "Văn phòng Bộ"), new Unit("TCCB", "Vụ Tổ chức cán bộ"),
                new Unit("KHTC", "Vụ Kế hoạch - Tài chính"));
    }

    static List<Account> accounts() {
        return List.of(
                account("vanphong@most.gov.vn", "Văn phòng Bộ", "VP", MailboxKind.UNIT),
                account("an.nguyen@most.gov.vn", "Nguyễn Văn An", "VP", MailboxKind.PERSONAL),
                account("binh.tran@most.gov.vn", "Trần Thị Bình", "VP", MailboxKind.PERSONAL),
                account("cuong.le@most.gov.vn", "Lê Văn Cường", "VP", MailboxKind.PERSONAL),
                account("em.ho@most.gov.vn", "Hồ Thị Em", "VP", MailboxKind.PERSONAL),
                account("tccb@most.gov.vn", "Vụ Tổ chức cán bộ", "TCCB", MailboxKind.UNIT),
                account("dung.pham@most.gov.vn", "Phạm Thị Dung", "TCCB", MailboxKind.PERSONAL),
                account("dung.pham2@most.gov.vn", "Phạm Thị Dung", "TCCB", MailboxKind.PERSONAL),
                account("giang.vu@gmail.com", "Vũ Giang", "TCCB", MailboxKind.PERSONAL),
                account("hoa.do@most.gov.vn", "Đỗ Hoa", "KHTC", MailboxKind.PERSONAL),
                account("khoa.bui@most.gov.vn", "Bùi Khoa", "KHTC", MailboxKind.PERSONAL),
                account("nhom.khtc@most.gov.vn", "Nhóm KHTC", "KHTC", MailboxKind.GROUP));
    }

    static List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        findings.add(finding("an.nguyen@most.gov.vn", "VP", FindingCode.PASSWORD_NEVER_CHANGED, "",
                new Details.PasswordNeverChanged(LocalDate.parse("2025-01-05"), 664L, Period.ofDays(14))));
        findings.add(new Finding("binh.tran@most.gov.vn", "VP", FindingCode.PASSWORD_EXPIRED, "",
                new Details.PasswordExpired(LocalDate.parse("2026-05-01"), 183L, Period.ofDays(90),
                        LocalDate.parse("2026-07-30")), FIRST, SEEN,
                new Finding.Waived("Nghỉ thai sản - đã duyệt", "Nghỉ thai sản", "Chánh Văn phòng", null)));
        findings.add(finding("cuong.le@most.gov.vn", "VP", FindingCode.PASSWORD_EXPIRING, "",
                new Details.PasswordExpiring(LocalDate.parse("2026-08-10"), 82L, null, LocalDate.parse("2026-11-08"),
                        8L)));
        findings.add(finding("vanphong@most.gov.vn", "VP", FindingCode.UNIT_BACKLOG, "",
                new Details.UnitBacklog(6, 22, 22, 40, 9)));
        findings.add(finding("an.nguyen@most.gov.vn", "VP", FindingCode.PERSONAL_USE, "facebook",
                new Details.PersonalUse("Facebook", "SOCIAL_MESSAGING", "CONFIRMED",
                        List.of("REGISTRATION", "ACCOUNT_ACTIVITY"), 12, LocalDateTime.parse("2026-02-03T07:30:00"),
                        LocalDateTime.parse("2026-10-30T21:05:00"),
                        List.of("Chào mừng bạn đến với Facebook", "Mã xác nhận của bạn"))));
        findings.add(finding("em.ho@most.gov.vn", "VP", FindingCode.PERSONAL_USE, "amazon",
                new Details.PersonalUse("Amazon", "E_COMMERCE", "CONFIRMED", List.of("REGISTRATION"), 1,
                        LocalDateTime.parse("2026-03-03T07:30:00"), LocalDateTime.parse("2026-03-03T07:30:00"),
                        null)));
        findings.add(finding(null, "KHTC", FindingCode.UNIT_MAILBOX_MISSING, "", null));
        findings.add(finding("tccb@most.gov.vn", "TCCB", FindingCode.UNIT_MAILBOX_DUPLICATE, "",
                new Details.UnitMailboxDuplicate("Vụ Tổ chức cán bộ", 2, List.of("tochuc@most.gov.vn"))));
        findings.add(finding("dung.pham2@most.gov.vn", "TCCB", FindingCode.PERSONAL_MAILBOX_DUPLICATE, "",
                new Details.PersonalMailboxDuplicate("employeeId", "00123", "Phạm Thị Dung",
                        List.of("dung.pham@most.gov.vn"))));
        findings.add(finding("giang.vu@gmail.com", "TCCB", FindingCode.NON_OFFICIAL_DOMAIN, "",
                new Details.NonOfficialDomain("gmail.com", "PERSONAL")));
        findings.add(finding("dung.pham@most.gov.vn", "TCCB", FindingCode.ORPHAN_MAILBOX, "",
                new Details.OrphanMailbox(LocalDate.parse("2026-06-30"), 123L, null,
                        LocalDateTime.parse("2026-10-20T08:00:00"))));
        findings.add(finding("hoa.do@most.gov.vn", "KHTC", FindingCode.EXTERNAL_FORWARDING, "hoa@gmail.com",
                new Details.ExternalForwarding("hoa@gmail.com", "gmail.com", true, null)));
        findings.add(finding("nhom.khtc@most.gov.vn", "KHTC", FindingCode.GROUP_EXTERNAL_MEMBER, "x@yahoo.com",
                new Details.GroupExternalMember("x@yahoo.com", "external")));
        findings.add(finding("khoa.bui@most.gov.vn", "KHTC", FindingCode.SCAN_FAILED, "",
                new Details.ScanFailed("LOGIN failed: mailbox locked", 3)));
        return findings;
    }

    /** A finding of every code of the Inventory sheet, with values as long as a ministry's. */
    static List<Finding> inventoryFindings() {
        List<Finding> findings = new ArrayList<>(findings().stream()
                .filter(f -> f.code() != FindingCode.UNIT_MAILBOX_MISSING
                        && f.code() != FindingCode.EXTERNAL_FORWARDING)
                .toList());
        findings.add(finding(null, "KHTC", FindingCode.UNIT_MAILBOX_MISSING, null,
                new Details.UnitMailboxMissing("Vụ Kế hoạch - Tài chính", List.of("kehoachtaichinh.cu@most.gov.vn"))));
        findings.add(finding("hoa.do@most.gov.vn", "KHTC", FindingCode.EXTERNAL_FORWARDING,
                "hoang.nguyenthanh.vn@yahoo.com", new Details.ExternalForwarding("hoang.nguyenthanh.vn@yahoo.com",
                        "yahoo.com", true, "Sieve")));
        findings.add(finding("dung.pham@most.gov.vn", "TCCB", FindingCode.MAILBOX_USED_AFTER_LEAVING, "",
                new Details.MailboxUsedAfterLeaving(LocalDate.parse("2026-06-30"),
                        LocalDateTime.parse("2026-10-20T08:00:00"), 112L, Period.ZERO)));
        findings.add(finding("binh.tran@most.gov.vn", "VP", FindingCode.PERSONAL_MAILBOX_UNATTENDED, "",
                new Details.PersonalMailboxUnattended(LocalDateTime.parse("2026-10-04T09:12:00"), 18, 10,
                        LocalDateTime.parse("2026-10-30T08:12:00"))));
        findings.add(finding(null, "TCCB", FindingCode.STAFF_WITHOUT_MAILBOX, "KHCN00342",
                new Details.StaffWithoutMailbox("Lương Thị Mai", "KHCN00342", 361, null, "no-mailbox")));
        findings.add(finding("cuong.le@most.gov.vn", "VP", FindingCode.UNSIGNED_OFFICIAL_MAIL, "",
                new Details.UnsignedOfficialMail(40, 10, 0.25, 0.8, 2, 0)));
        findings.add(finding("an.nguyen@most.gov.vn", "VP", FindingCode.WORK_MAIL_TO_FREE_WEBMAIL, "",
                new Details.WorkMailToFreeWebmail(26, 9, "gmail.com × 20, yahoo.com × 6",
                        List.of("an.nguyen.1987@gmail.com"), 4, "name", 20, FIRST, SEEN)));
        return findings;
    }

    static MonthlyReport report() {
        return report(findings());
    }

    static MonthlyReport report(List<Finding> findings) {
        Map<String, String> method = new LinkedHashMap<>();
        method.put("compliance.password.max-age", "P90D");
        method.put("compliance.backlog.sla-working-days", "1");
        method.put("compliance.retention.evidence", "P24M");
        method.put("compliance.retention.findings", "P60M");
        return new MonthlyReport("Bộ Khoa học và Công nghệ", PERIOD, SEEN,
                new RunMetadata(42, "monthlyComplianceJob", Map.of("period", "2026-10"),
                        LocalDateTime.of(2026, 11, 1, 2, 0), 7),
                units(), accounts(), findings,
                List.of(new CoverageRow("an.nguyen@most.gov.vn", "SCANNED", "", 4, 1200, 1),
                        new CoverageRow("binh.tran@most.gov.vn", "SCANNED", "", 3, 300, 0),
                        new CoverageRow("cuong.le@most.gov.vn", "SKIPPED", "disabled", 0, 0, 0),
                        new CoverageRow("khoa.bui@most.gov.vn", "FAILED", "LOGIN failed: mailbox locked", 0, 0,
                                0)),
                List.of(new Rejection("mailbox", 17, "bad address@", "Not an e-mail address: fix mailbox.username"),
                        new Rejection("roster.xlsx", 5, "", "unit_code is empty: fill it in")),
                List.of(new UnitMailboxRow("vanphong@most.gov.vn", 22, 22, 6, 40, 9, 12, 3),
                        new UnitMailboxRow("tccb@most.gov.vn", 22, 22, 0, 5, 0, 2, 0)),
                List.of("hoa.do@most.gov.vn"), method);
    }

    static Finding finding(String address, String unit, FindingCode code, String subject, Details details) {
        return new Finding(address, unit, code, subject, details, FIRST, SEEN);
    }

    private static Account account(String address, String name, String unit, MailboxKind kind) {
        return new Account(address, name, unit, kind, null, true, LocalDateTime.of(2024, 1, 2, 8, 0), null, null,
                (LocalDate) null, "iredmail");
    }
}
