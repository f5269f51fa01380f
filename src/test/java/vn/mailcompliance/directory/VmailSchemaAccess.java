package vn.mailcompliance.directory;

/** The iRedMail fixture of this package, for tests of other packages. */
public final class VmailSchemaAccess {

    private VmailSchemaAccess() {
    }

    public static String[] iredmail() {
        return VmailSchema.IREDMAIL.clone();
    }

    public static String[] ministry() {
        return VmailSchema.MINISTRY.clone();
    }
}
