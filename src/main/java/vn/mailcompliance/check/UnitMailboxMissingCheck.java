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
 * Article 12.3a: every unit has a shared unit mailbox. One finding per unit without an active one (no address).
 * Details: {@code unitName}, {@code disabledUnitMailboxes} (may be none).
 */
@Component
class UnitMailboxMissingCheck implements DirectoryCheck {

    @Override
    public List<Finding> check(DirectorySnapshot directory, Policy policy, Clock clock) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), policy.zone());
        return directory.units().stream()
                .filter(unit -> unitMailboxes(directory, unit.code()).stream().noneMatch(Account::active))
                .map(unit -> {
                    Details details = new Details.UnitMailboxMissing(unit.name(),
                            unitMailboxes(directory, unit.code()).stream().map(Account::address).toList());
                    return new Finding(null, unit.code(), FindingCode.UNIT_MAILBOX_MISSING, null, details, now, now);
                })
                .toList();
    }

    static List<Account> unitMailboxes(DirectorySnapshot directory, String unitCode) {
        return directory.unitMailboxesOf(unitCode);
    }
}
