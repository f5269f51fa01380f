package vn.mailcompliance.finding;

/**
 * Every breach the product reports, with the provision of the regulation it enforces in short form ({@code 12.3b}:
 * article 12, clause 3, point b; several separated by commas; {@code —} for none). The report cites them in the
 * regulation's legal form with the instrument of {@code compliance.regulation}.
 */
public enum FindingCode {
    PASSWORD_NEVER_CHANGED("15.2", Severity.HIGH),
    PASSWORD_EXPIRED("15.2", Severity.MEDIUM),
    PASSWORD_EXPIRING("15.2", Severity.LOW),
    UNIT_BACKLOG("16", Severity.MEDIUM),
    PERSONAL_USE("16", Severity.MEDIUM),
    UNIT_MAILBOX_MISSING("12.3a", Severity.HIGH),
    UNIT_MAILBOX_DUPLICATE("12.3a", Severity.LOW),
    PERSONAL_MAILBOX_DUPLICATE("12.3b", Severity.LOW),
    NON_OFFICIAL_DOMAIN("12.2", Severity.MEDIUM),
    ORPHAN_MAILBOX("12.3b", Severity.HIGH),
    EXTERNAL_FORWARDING("12.2, 16", Severity.HIGH),
    GROUP_EXTERNAL_MEMBER("12.5c", Severity.MEDIUM),
    SCAN_FAILED("—", Severity.LOW),
    MAILBOX_USED_AFTER_LEAVING("15.2", Severity.HIGH),
    PERSONAL_MAILBOX_UNATTENDED("15.1", Severity.MEDIUM),
    STAFF_WITHOUT_MAILBOX("12.3b", Severity.MEDIUM),
    UNSIGNED_OFFICIAL_MAIL("16", Severity.LOW),
    WORK_MAIL_TO_FREE_WEBMAIL("16", Severity.MEDIUM);

    private final String article;
    private final Severity severity;

    FindingCode(String article, Severity severity) {
        this.article = article;
        this.severity = severity;
    }

    /** The article (and clause) of the regulation this code enforces. */
    public String article() {
        return article;
    }

    public Severity severity() {
        return severity;
    }
}
