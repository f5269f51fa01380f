package vn.mailcompliance.check;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.DirectorySnapshot;
import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;

/**
 * Article 12.3a: one unit mailbox per unit. One finding per unit mailbox of a unit that has several active ones, so
 * every row names a mailbox; each lists the others. Details: {@code unitName}, {@code count},
 * {@code otherUnitMailboxes}.
 */
@Component
class UnitMailboxDuplicateCheck implements DirectoryCheck {

    @Override
    public List<Finding> check(DirectorySnapshot directory, Policy policy, Clock clock) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), policy.zone());
        return directory.units().stream().flatMap(unit -> {
            List<Account> active = UnitMailboxMissingCheck.unitMailboxes(directory, unit.code()).stream()
                    .filter(Account::active).toList();
            if (active.size() < 2) {
                return java.util.stream.Stream.<Finding>empty();
            }
            return active.stream().map(mailbox -> {
                Details details = new Details.UnitMailboxDuplicate(unit.name(), active.size(),
                        active.stream().map(Account::address).filter(a -> !a.equals(mailbox.address())).toList());
                return new Finding(mailbox.address(), unit.code(), FindingCode.UNIT_MAILBOX_DUPLICATE, null, details,
                        now, now);
            });
        }).toList();
    }
}
