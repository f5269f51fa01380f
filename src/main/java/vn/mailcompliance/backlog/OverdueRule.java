package vn.mailcompliance.backlog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * When unread mail in a unit mailbox is overdue (DESIGN §2): at least {@code slaWorkingDays} whole working days lie
 * strictly between the day it arrived and the day of the check, both days taken in the zone. With an SLA of one
 * working day, mail of Monday is overdue at Wednesday's check and mail of Friday at Tuesday's.
 */
public final class OverdueRule {

    private final WorkingCalendar calendar;
    private final int slaWorkingDays;
    private final ZoneId zone;

    public OverdueRule(WorkingCalendar calendar, int slaWorkingDays, ZoneId zone) {
        this.calendar = calendar;
        this.slaWorkingDays = slaWorkingDays;
        this.zone = zone;
    }

    public boolean isOverdue(Instant arrival, Instant check) {
        if (arrival.isAfter(check)) {
            return false;
        }
        LocalDate arrived = LocalDate.ofInstant(arrival, zone);
        LocalDate checked = LocalDate.ofInstant(check, zone);
        return calendar.workingDaysBetween(arrived, checked) >= slaWorkingDays;
    }

    /** The unread state as of {@code check}: mail that arrived after it is ignored. */
    public UnreadAssessment assess(List<Instant> unreadArrivals, Instant check) {
        int unread = 0;
        int overdue = 0;
        Instant oldest = null;
        for (Instant arrival : unreadArrivals) {
            if (arrival.isAfter(check)) {
                continue;
            }
            unread++;
            if (oldest == null || arrival.isBefore(oldest)) {
                oldest = arrival;
            }
            if (isOverdue(arrival, check)) {
                overdue++;
            }
        }
        return new UnreadAssessment(unread, oldest, overdue);
    }

    /**
     * @param oldestUnread the earliest arrival of an unread message, {@code null} when none is unread
     */
    public record UnreadAssessment(int unread, Instant oldestUnread, int overdue) {
    }
}
