package vn.mailcompliance.directory;

/** What a mailbox is for, as article 12.5 of the regulation distinguishes them. */
public enum MailboxKind {
    PERSONAL, UNIT, GROUP
}
