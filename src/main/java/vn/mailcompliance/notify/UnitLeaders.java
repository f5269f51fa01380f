package vn.mailcompliance.notify;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.Unit;

/**
 * The address of each unit's leader, who is reminded of overdue unread mail in the unit mailbox: the roster's
 * {@code leader_email}, else {@code compliance.notify.unit-leaders}.
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
        return Optional.ofNullable(unitCode).map(settings.unitLeaders()::get).filter(a -> !a.isBlank());
    }
}
