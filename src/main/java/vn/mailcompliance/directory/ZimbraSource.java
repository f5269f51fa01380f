package vn.mailcompliance.directory;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.unboundid.ldap.sdk.SearchResultEntry;

/**
 * Reads Zimbra Collaboration's OpenLDAP as Zimbra writes it. Accounts are the {@code zimbraAccount} entries below the
 * base DN (calendar resources and system resources excepted): the address is {@code zimbraMailDeliveryAddress}
 * (else {@code mail}); {@code zimbraAccountStatus} {@code active}, {@code maintenance} and {@code lockout} (temporary
 * states) are enabled, {@code locked}, {@code closed} and {@code pending} disabled. The password was never changed
 * while {@code zimbraPasswordMustChange} is TRUE (the password in use is the one an administrator issued) or when
 * {@code zimbraPasswordModifiedTime} is absent or within a minute of {@code zimbraCreateTimestamp}. The last login
 * is {@code zimbraLastLogonTimestamp}, which Zimbra updates at most every {@code zimbraLastLogonTimestampFrequency}
 * (7 days by default). Forwarding is {@code zimbraPrefMailForwardingAddress} (the user's) and
 * {@code zimbraMailForwardingAddress} (the administrator's); distribution lists ({@code zimbraDistributionList}) are
 * group mailboxes whose members are their {@code zimbraMailForwardingAddress} values. Aliases
 * ({@code zimbraMailAlias}) resolve to their mailbox. The classes of service below {@code cn=cos,cn=zimbra} (or the
 * base DN) give each their {@code zimbraPasswordMaxAge}, shown beside the product's own policy.
 */
final class ZimbraSource implements DirectorySource {

    static final String KIND = "zimbra";

    static final String ACCOUNT_FILTER = "(&(objectClass=zimbraAccount)(!(objectClass=zimbraCalendarResource))"
            + "(!(zimbraIsSystemResource=TRUE)))";
    static final String LIST_FILTER = "(objectClass=zimbraDistributionList)";
    static final String COS_BASE = "cn=cos,cn=zimbra";
    static final String COS_FILTER = "(objectClass=zimbraCOS)";
    private static final List<String> COS_ATTRIBUTES = List.of("cn", "zimbraPasswordMaxAge");

    private static final Set<String> ENABLED = Set.of("active", "maintenance", "lockout");
    private static final Set<String> DISABLED = Set.of("locked", "closed", "pending");
    private static final List<String> ACCOUNT_ATTRIBUTES = List.of("zimbraMailDeliveryAddress", "mail",
            "displayName", "cn", "zimbraAccountStatus", "zimbraCreateTimestamp", "zimbraPasswordModifiedTime",
            "zimbraPasswordMustChange", "zimbraLastLogonTimestamp", "zimbraMailForwardingAddress",
            "zimbraPrefMailForwardingAddress", "zimbraMailAlias", "ou", "company", "employeeNumber");
    private static final List<String> LIST_ATTRIBUTES = List.of("mail", "zimbraMailAlias", "displayName", "cn",
            "zimbraMailStatus", "zimbraCreateTimestamp", "zimbraMailForwardingAddress");

    private final LdapDirectory directory;
    private final AddressPatterns unitMailboxes;
    private final ZoneId zone;

    ZimbraSource(LdapDirectory directory, AddressPatterns unitMailboxes, ZoneId zone) {
        this.directory = directory;
        this.unitMailboxes = unitMailboxes;
        this.zone = zone;
    }

    @Override
    public DirectoryRead read() {
        DirectoryReadBuilder read = new DirectoryReadBuilder();
        LdapEntries addresses = new LdapEntries();
        LdapForwardings forwardings = new LdapForwardings();
        Map<String, List<String>> members = new LinkedHashMap<>();
        Map<String, String> maxAges = new LinkedHashMap<>();
        directory.read(session -> {
            session.requireAttributes(List.of("zimbraMailDeliveryAddress", "zimbraAccountStatus",
                    "zimbraPasswordModifiedTime", "zimbraPasswordMustChange", "zimbraCreateTimestamp",
                    "zimbraMailForwardingAddress"), "compliance.directory.kind (is this Zimbra's LDAP?)");
            session.searchNumbered(directory.baseDn(), ACCOUNT_FILTER, ACCOUNT_ATTRIBUTES,
                    (entry, row) -> account(read, addresses, forwardings, entry, row));
            session.searchNumbered(directory.baseDn(), LIST_FILTER, LIST_ATTRIBUTES,
                    (entry, row) -> distributionList(read, addresses, members, entry, row));
            Consumer<SearchResultEntry> cos = entry -> maxAges.put(String.valueOf(LdapEntries.first(entry, "cn")),
                    String.valueOf(LdapEntries.first(entry, "zimbraPasswordMaxAge")));
            session.searchIfPresent(COS_BASE, COS_FILTER, COS_ATTRIBUTES, cos);
            if (maxAges.isEmpty()) {
                session.search(directory.baseDn(), COS_FILTER, COS_ATTRIBUTES, cos);
            }
        });
        forwardings.resolve(read, addresses);
        members.forEach((list, listMembers) -> listMembers.forEach(m -> read.groupMember(list, addresses.primary(m))));
        DirectoryRead built = read.build();
        return new DirectoryRead(built.units(), built.accounts(), built.forwardings(), built.groupMembers(),
                built.rejections(), built.staffWithoutMailbox(), maxAges);
    }

    private void account(DirectoryReadBuilder read, LdapEntries addresses, LdapForwardings forwardings,
                         SearchResultEntry entry, int row) {
        String source = LdapEntries.source(entry);
        String raw = LdapEntries.first(entry, "zimbraMailDeliveryAddress", "mail");
        if (raw == null) {
            read.reject(source, row, null, "no zimbraMailDeliveryAddress or mail: the account has no mail address");
            return;
        }
        String address = DirectoryReadBuilder.normalise(raw);
        String status = String.valueOf(LdapEntries.first(entry, "zimbraAccountStatus")).toLowerCase(Locale.ROOT);
        if (!ENABLED.contains(status) && !DISABLED.contains(status)) {
            read.reject(source, row, raw, "zimbraAccountStatus '" + LdapEntries.first(entry, "zimbraAccountStatus")
                    + "' is none of active, maintenance, lockout, locked, closed, pending");
            return;
        }
        try {
            LocalDateTime created = LdapEntries.generalizedTime(entry, "zimbraCreateTimestamp", zone);
            LocalDateTime modified = LdapEntries.generalizedTime(entry, "zimbraPasswordModifiedTime", zone);
            LocalDateTime lastLogin = LdapEntries.generalizedTime(entry, "zimbraLastLogonTimestamp", zone);
            boolean mustChange = "TRUE".equalsIgnoreCase(LdapEntries.first(entry, "zimbraPasswordMustChange"));
            LocalDateTime changed = mustChange ? null : IRedMailSource.passwordChange(modified, created);
            Account account = new Account(address, LdapEntries.first(entry, "displayName", "cn"),
                    LdapEntries.first(entry, "ou", "company"),
                    unitMailboxes.matches(address) ? MailboxKind.UNIT : MailboxKind.PERSONAL,
                    LdapEntries.first(entry, "employeeNumber"), ENABLED.contains(status), created, changed, lastLogin,
                    null, KIND, true);
            if (!read.account(source, row, raw, account)) {
                return;
            }
        } catch (LocalTimes.UnparseableDate e) {
            read.reject(source, row, raw, e.getMessage());
            return;
        }
        addresses.address(entry.getDN(), address, LdapEntries.all(entry, "zimbraMailAlias"));
        List<String> destinations = new ArrayList<>();
        for (String value : LdapEntries.all(entry, "zimbraPrefMailForwardingAddress")) {
            destinations.addAll(List.of(value.split("\\s*,\\s*")));
        }
        destinations.addAll(LdapEntries.all(entry, "zimbraMailForwardingAddress"));
        forwardings.add(read, source, row, raw, address, destinations);
    }

    private void distributionList(DirectoryReadBuilder read, LdapEntries addresses, Map<String, List<String>> members,
                                  SearchResultEntry entry, int row) {
        String source = LdapEntries.source(entry);
        String raw = LdapEntries.first(entry, "mail");
        if (raw == null) {
            read.reject(source, row, null, "no mail: the distribution list has no mail address");
            return;
        }
        String address = DirectoryReadBuilder.normalise(raw);
        try {
            boolean enabled = !"disabled".equalsIgnoreCase(LdapEntries.first(entry, "zimbraMailStatus"));
            if (!read.account(source, row, raw, new Account(address, LdapEntries.first(entry, "displayName", "cn"),
                    null, MailboxKind.GROUP, null, enabled,
                    LdapEntries.generalizedTime(entry, "zimbraCreateTimestamp", zone), null, null, null, KIND,
                    false))) {
                return;
            }
        } catch (LocalTimes.UnparseableDate e) {
            read.reject(source, row, raw, e.getMessage());
            return;
        }
        addresses.address(entry.getDN(), address, LdapEntries.all(entry, "zimbraMailAlias"));
        for (String member : LdapEntries.all(entry, "zimbraMailForwardingAddress")) {
            String normal = DirectoryReadBuilder.normalise(member);
            if (normal == null) {
                read.reject(source, row, raw + " -> " + member, "not a valid mail address among the list's members");
            } else {
                members.computeIfAbsent(address, k -> new ArrayList<>()).add(normal);
            }
        }
    }
}
