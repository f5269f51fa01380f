package vn.mailcompliance.notify;

import java.util.Map;

/**
 * One reminder due: to whom, about which mailbox, and the values its template shows.
 *
 * @param about the mailbox the reminder is about (the recipient's own for a password, the unit mailbox for a backlog)
 * @param model the template's values
 */
record Reminder(ReminderKind kind, String recipient, String about, String unitCode, Map<String, Object> model) {

    Reminder {
        model = Map.copyOf(model);
    }
}
