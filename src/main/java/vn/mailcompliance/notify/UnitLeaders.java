package vn.mailcompliance.notify;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.Unit;

/**
 * The address of each unit's leader, who is reminded of overdue unread mail in the unit mailbox: the roster's
 * {@code leader_email}, else {@code compliance.notify.unit-leaders} (unit codes in any case).
 */
@Component
class UnitLeaders {

    private final NotifyProperties settings;

    UnitLeaders(NotifyProperties settings) {
        this.settings = settings;
    }

    Optional<String> of(String unitCode, Unit unit) {
        if (unit != null && unit.leaderEmail() != null && !unit.leaderEmail().isBlank()) {
            return Optional.of(unit.leaderEmail());
        }
        // Whatever the case of the code: keys bound from environment variables arrive in lower case.
        return settings.unitLeaders().entrySet().stream()
                .filter(leader -> leader.getKey().equalsIgnoreCase(unitCode))
                .map(Map.Entry::getValue).filter(address -> !address.isBlank()).findFirst();
    }
}
