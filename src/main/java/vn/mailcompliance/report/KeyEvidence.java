package vn.mailcompliance.report;

import static vn.mailcompliance.finding.FindingCode.EXTERNAL_FORWARDING;
import static vn.mailcompliance.finding.FindingCode.GROUP_EXTERNAL_MEMBER;
import static vn.mailcompliance.finding.FindingCode.MAILBOX_USED_AFTER_LEAVING;
import static vn.mailcompliance.finding.FindingCode.NON_OFFICIAL_DOMAIN;
import static vn.mailcompliance.finding.FindingCode.ORPHAN_MAILBOX;
import static vn.mailcompliance.finding.FindingCode.PERSONAL_MAILBOX_DUPLICATE;
import static vn.mailcompliance.finding.FindingCode.PERSONAL_MAILBOX_UNATTENDED;
import static vn.mailcompliance.finding.FindingCode.STAFF_WITHOUT_MAILBOX;
import static vn.mailcompliance.finding.FindingCode.UNIT_MAILBOX_DUPLICATE;
import static vn.mailcompliance.finding.FindingCode.UNIT_MAILBOX_MISSING;
import static vn.mailcompliance.finding.FindingCode.UNSIGNED_OFFICIAL_MAIL;
import static vn.mailcompliance.finding.FindingCode.WORK_MAIL_TO_FREE_WEBMAIL;
import static vn.mailcompliance.report.KeyEvidence.Column.BASIS;
import static vn.mailcompliance.report.KeyEvidence.Column.CONCERNED;
import static vn.mailcompliance.report.KeyEvidence.Column.FIRST;
import static vn.mailcompliance.report.KeyEvidence.Column.SECOND;

import java.util.EnumMap;
import java.util.Map;

import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.FindingCode;

/**
 * What the leadership and unit workbooks show of the evidence of a provisioning finding (the Inventory sheet): per
 * code only what a unit leader needs to recognise the case and act on it, since the personal-data law asks to show the
 * least; the auditors' export shows every component ({@link Details}). Twelve codes share four columns: who or what
 * else the finding concerns (another mailbox, an address, a person, a domain), how it was established, and two columns
 * shared by position whose header names their components, at most two. So the sheet prints one page wide at 8 pt or
 * more: {@link PrintLayout#fitScale} gives 8.3 pt with every code present. The widths leave that margin because
 * LibreOffice zooms in coarse steps: it printed a fit scale of 8.1 pt at 7.9 pt, and prints this at about 8.5 pt.
 */
final class KeyEvidence {

    /** The Inventory's evidence columns, in order, with their widths in characters (a day fits in ten). */
    enum Column {
        CONCERNED("concerned", 12),
        BASIS("basis", 10),
        FIRST(null, 10),
        SECOND(null, 10);

        private final String heading;
        private final int width;

        Column(String heading, int width) {
            this.heading = heading;
            this.width = width;
        }

        /** The detail name that heads the column; {@code null} where the names of its components do. */
        String heading() {
            return heading;
        }

        int width() {
            return width;
        }
    }

    private static final Map<FindingCode, Map<Column, String>> KEY = new EnumMap<>(FindingCode.class);

    static {
        KEY.put(UNIT_MAILBOX_MISSING, Map.of(CONCERNED, "disabledUnitMailboxes"));
        KEY.put(UNIT_MAILBOX_DUPLICATE, Map.of(CONCERNED, "otherUnitMailboxes"));
        KEY.put(PERSONAL_MAILBOX_DUPLICATE, Map.of(CONCERNED, "otherMailboxes", BASIS, "matchedBy"));
        KEY.put(NON_OFFICIAL_DOMAIN, Map.of(CONCERNED, "domain"));
        KEY.put(ORPHAN_MAILBOX, Map.of(FIRST, "leftOn"));
        KEY.put(EXTERNAL_FORWARDING, Map.of(CONCERNED, "destination", BASIS, "source"));
        KEY.put(GROUP_EXTERNAL_MEMBER, Map.of(CONCERNED, "member", BASIS, "reason"));
        KEY.put(MAILBOX_USED_AFTER_LEAVING, Map.of(FIRST, "leftOn", SECOND, "lastLoginAt"));
        KEY.put(PERSONAL_MAILBOX_UNATTENDED, Map.of(SECOND, "lastLoginAt"));
        KEY.put(STAFF_WITHOUT_MAILBOX, Map.of(CONCERNED, "fullName", BASIS, "reason"));
        KEY.put(UNSIGNED_OFFICIAL_MAIL, Map.of(SECOND, "signedShare"));
        KEY.put(WORK_MAIL_TO_FREE_WEBMAIL, Map.of(CONCERNED, "domains", BASIS, "ownMatchedBy", FIRST, "messages"));
    }

    private KeyEvidence() {
    }

    /** The component of the code's evidence the column shows, or {@code null}. */
    static String of(FindingCode code, Column column) {
        return KEY.getOrDefault(code, Map.of()).get(column);
    }
}
