package vn.mailcompliance.notify;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** The address of each unit's leader, who is reminded of overdue unread mail in the unit mailbox. */
@Component
class UnitLeaders {

    private final NotifyProperties settings;

    UnitLeaders(NotifyProperties settings) {
        this.settings = settings;
    }

    Optional<String> of(String unitCode) {
        return Optional.ofNullable(unitCode).map(settings.unitLeaders()::get).filter(a -> !a.isBlank());
    }
}
