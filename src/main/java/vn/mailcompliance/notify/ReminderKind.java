package vn.mailcompliance.notify;

/** What a reminder is about; each kind has its own templates, {@code jobs/templates/<file>.<lang>.txt|html}. */
enum ReminderKind {

    PASSWORD_EXPIRING("password-expiring"),
    PASSWORD_NEVER_CHANGED("password-never-changed"),
    UNIT_BACKLOG("unit-backlog");

    private final String file;

    ReminderKind(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }
}
