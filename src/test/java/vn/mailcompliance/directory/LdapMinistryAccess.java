package vn.mailcompliance.directory;

import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.assertj.core.groups.Tuple;

import vn.mailcompliance.finding.FindingCode;

/** The LDAP test ministry for job tests in other packages: its directories without the bulk accounts, and what a run on them finds. */
public final class LdapMinistryAccess {

    public static final String SUFFIX = LdapMinistry.SUFFIX;
    public static final String ROSTER = LdapMinistry.ROSTER;

    /** The enabled personal and unit mailboxes the monthly job scans over IMAP. */
    public static final List<String> SCANNED = List.of("an@most.gov.vn", "binh@most.gov.vn", "chi@most.gov.vn",
            "svc-saoluu@most.gov.vn", "giang@most.gov.vn", "vanphong@most.gov.vn");

    /** The findings (code, address, subject) every kind's October run must store. */
    public static final List<Tuple> EXPECTED_FINDINGS = List.of(
            tuple(FindingCode.PASSWORD_NEVER_CHANGED, "an@most.gov.vn", ""),
            tuple(FindingCode.PASSWORD_EXPIRED, "binh@most.gov.vn", ""),
            tuple(FindingCode.EXTERNAL_FORWARDING, "chi@most.gov.vn", "chi.home@gmail.com"),
            tuple(FindingCode.GROUP_EXTERNAL_MEMBER, "phongban@most.gov.vn", "ban.cu@gmail.com"),
            tuple(FindingCode.ORPHAN_MAILBOX, "giang@most.gov.vn", ""));

    /** The codes the workbook shows for them, and the unit without a unit mailbox. */
    public static final List<FindingCode> EXPECTED_CODES = List.of(FindingCode.PASSWORD_NEVER_CHANGED,
            FindingCode.PASSWORD_EXPIRED, FindingCode.EXTERNAL_FORWARDING, FindingCode.GROUP_EXTERNAL_MEMBER,
            FindingCode.ORPHAN_MAILBOX, FindingCode.UNIT_MAILBOX_MISSING);

    private LdapMinistryAccess() {
    }

    public static String zimbra() {
        return LdapMinistry.zimbra(0);
    }

    public static String activeDirectory() {
        return LdapMinistry.activeDirectory(0);
    }

    public static String openLdap() {
        return LdapMinistry.openLdap(0);
    }
}
