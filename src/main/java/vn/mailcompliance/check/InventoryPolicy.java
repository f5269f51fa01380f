package vn.mailcompliance.check;

import java.time.Period;

import vn.mailcompliance.backlog.WorkingCalendar;

/**
 * The rules on who holds a mailbox and whether it is attended (articles 12.3b, 15.1 and 15.2).
 *
 * @param leaverGrace     after the leaving date, how long a mailbox may stay enabled and be logged into
 * @param unattendedAfter working days without a login after which a personal mailbox is unattended
 * @param calendar        which days are working days
 */
public record InventoryPolicy(Period leaverGrace, int unattendedAfter, WorkingCalendar calendar) {

    /** No grace, 10 working days, weekends only: the defaults of {@code compliance.inventory}. */
    public static InventoryPolicy defaults() {
        return new InventoryPolicy(Period.ZERO, 10, WorkingCalendar.weekendsOnly());
    }
}
