package vn.mailcompliance.check;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;

/**
 * Article 15.1 ("thường xuyên kiểm tra … trong hộp thư điện tử"): an enabled personal mailbox of someone still working
 * here that nobody logged into (IMAP or POP3) for at least {@code compliance.inventory.unattended-after} working days:
 * the working days after the day of the last login, up to and including the day of the evaluation. A delivery is not
 * a login. A mailbox whose source keeps no login data is unknown and never a finding. Details: {@code lastLoginAt},
 * {@code workingDaysWithoutLogin}, {@code unattendedAfter}, {@code lastDeliveryAt} (none when unknown).
 */
@Component
class PersonalMailboxUnattendedCheck implements AccountCheck {

    @Override
    public List<Finding> check(Account account, AccountSnapshot snapshot, Policy policy, Clock clock) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), policy.zone());
        LocalDateTime login = account.lastLoginAt();
        if (!account.active() || account.kind() != MailboxKind.PERSONAL || login == null || login.isAfter(now)
                || (account.leftOn() != null && account.leftOn().isBefore(now.toLocalDate()))) {
            return List.of();
        }
        InventoryPolicy rules = policy.inventory();
        List<LocalDate> without = rules.calendar().workingDays(login.toLocalDate().plusDays(1), now.toLocalDate());
        if (without.size() < rules.unattendedAfter()) {
            return List.of();
        }
        Details details = new Details.PersonalMailboxUnattended(login, without.size(), rules.unattendedAfter(),
                account.lastDeliveryAt());
        LocalDateTime reached = without.get(rules.unattendedAfter() - 1).atStartOfDay();
        return List.of(new Finding(account.address(), account.unitCode(), FindingCode.PERSONAL_MAILBOX_UNATTENDED,
                null, details, reached, now));
    }
}
