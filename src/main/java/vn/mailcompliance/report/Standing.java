package vn.mailcompliance.report;

/** Whether a finding counts in its unit's score and, when it does not, why; every list row says which. */
enum Standing {
    /** a breach the unit can act on: counted in the score */
    COUNTED,
    /** a password about to expire: a reminder, never a breach */
    REMINDER,
    /** personal use whose newest evidence is older than the active window: the service no longer mails the address */
    NO_LONGER_ACTIVE,
    /** probable personal use resting on a single unauthenticated message: a warning until repeated or confirmed */
    WARNING,
    /** a unit without a unit mailbox: issuing one is the IT center's duty (art. 12.3a "được cấp") */
    IT_CENTER,
    /** a mailbox that could not be scanned: a gap in the coverage, not the user's breach */
    COVERAGE,
    /** covered by an approved exception */
    WAIVED,
    /** about a mailbox that is not active: listed, not scored */
    INACTIVE_MAILBOX
}
