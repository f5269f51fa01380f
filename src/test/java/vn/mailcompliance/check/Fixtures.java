package vn.mailcompliance.check;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.DirectorySnapshot;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.directory.Unit;
import vn.mailcompliance.settings.ComplianceProperties.Organization;

final class Fixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDateTime NOW = LocalDateTime.of(2026, 10, 31, 23, 59, 59);
    static final Clock CLOCK = Clock.fixed(NOW.atZone(ZONE).toInstant(), ZONE);
    static final Policy POLICY = new Policy(ZONE,
            new Organization("Bộ", List.of("most.gov.vn", "hanoi.most.gov.vn", "vista.gov.vn")),
            new PasswordPolicy(Period.ofDays(90), Period.ofDays(14), Period.ofDays(14), List.of("svc-*@most.gov.vn")),
            Set.of("gmail.com", "yahoo.com"));

    private Fixtures() {
    }

    static Account personal(String address, String unit) {
        return account(address, unit, MailboxKind.PERSONAL, true);
    }

    static Account account(String address, String unit, MailboxKind kind, boolean active) {
        return new Account(address, "Nguyễn Văn A", unit, kind, null, active, NOW.minusYears(1),
                NOW.minusDays(10), null, null, "iredmail");
    }

    static Account withPassword(Account a, LocalDateTime changed, LocalDateTime created) {
        return new Account(a.address(), a.displayName(), a.unitCode(), a.kind(), a.employeeId(), a.active(), created,
                changed, null, a.leftOn(), a.source(), a.passwordChangeKnown());
    }

    static Account person(String address, String unit, String name, String employeeId) {
        return new Account(address, name, unit, MailboxKind.PERSONAL, employeeId, true, NOW.minusYears(1),
                NOW.minusDays(10), null, null, "iredmail");
    }

    static Account left(String address, LocalDate leftOn, boolean active) {
        return new Account(address, "X", "VP", MailboxKind.PERSONAL, null, active, NOW.minusYears(1),
                NOW.minusDays(10), null, leftOn, "iredmail");
    }

    static DirectorySnapshot directory(List<Unit> units, List<Account> accounts, Map<String, List<String>> forwardings,
                                       Map<String, List<String>> groups) {
        return new DirectorySnapshot(units, accounts, forwardings, groups);
    }

    static AccountSnapshot snapshot(List<Account> accounts, Map<String, List<String>> forwardings,
                                    Map<String, List<String>> groups) {
        return new AccountSnapshot(directory(List.of(), accounts, forwardings, groups));
    }
}
