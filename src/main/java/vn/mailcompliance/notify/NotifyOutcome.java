package vn.mailcompliance.notify;

import java.util.List;

/**
 * What a {@code notify} run did.
 *
 * @param sent               reminders mailed (in a dry run: that would have been mailed)
 * @param repeated           not sent again: the same reminder went out within {@code repeat-after}
 * @param optedOut           not sent: the recipient is on the opt-out list
 * @param refused            recipients the mail server (or the address syntax) refused, with the reason
 * @param withoutLeader      unit mailboxes in breach whose unit has no leader address
 */
public record NotifyOutcome(int sent, int repeated, int optedOut, List<String> refused, List<String> withoutLeader) {
}
