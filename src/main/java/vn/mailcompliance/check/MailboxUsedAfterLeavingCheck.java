package vn.mailcompliance.check;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;

/**
 * Article 15.2 ("không để người khác sử dụng địa chỉ, hộp thư điện tử của mình"): someone logged into the mailbox of
 * a person who left, after the leaving date and {@code compliance.inventory.leaver-grace}. A login is the directory's
 * last IMAP or POP3 login ({@link Account#lastLoginAt()}), never a delivery; a login after the evaluation instant
 * belongs to a later period and is not judged here, and a last login that is the product's own scan (a master-user
 * login, {@link AccountSnapshot#lastLoginByAuditor()}) tells nothing of anyone else's use. Only an enabled mailbox is
 * judged: revoking it resolves the
 * finding. Details: {@code leftOn}, {@code lastLoginAt}, {@code daysAfterLeaving} (from the
 * leaving date to the login), {@code leaverGrace}.
 */
@Component
class MailboxUsedAfterLeavingCheck implements AccountCheck {

    @Override
    public List<Finding> check(Account account, AccountSnapshot snapshot, Policy policy, Clock clock) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), policy.zone());
        LocalDate leftOn = account.leftOn();
        LocalDateTime login = account.lastLoginAt();
        if (!account.active() || leftOn == null || login == null || login.isAfter(now)
                || snapshot.lastLoginByAuditor()) {
            return List.of();
        }
        LocalDate graceEnds = leftOn.plus(policy.inventory().leaverGrace());
        if (!login.toLocalDate().isAfter(graceEnds)) {
            return List.of();
        }
        Details details = new Details.MailboxUsedAfterLeaving(leftOn, login,
                ChronoUnit.DAYS.between(leftOn, login.toLocalDate()), policy.inventory().leaverGrace());
        return List.of(new Finding(account.address(), account.unitCode(), FindingCode.MAILBOX_USED_AFTER_LEAVING, null,
                details, login, now));
    }
}
