package vn.mailcompliance.directory;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.unboundid.ldap.sdk.SearchResultEntry;

/**
 * Reads Active Directory (or Samba AD) as Exchange on premises uses it. Mailboxes are the mail-enabled users below
 * the base DN (computers excepted): the address is the primary {@code SMTP:} of {@code proxyAddresses}, else
 * {@code mail}; secondary {@code smtp:} addresses and {@code userPrincipalName} resolve to it. {@code pwdLastSet} is a
 * Windows FILETIME; 0 means the user must change the password at next logon, so the password issued was never
 * changed (as is a value within a minute of {@code whenCreated}). {@code userAccountControl}'s ACCOUNTDISABLE bit
 * (0x2) disables the account; its DONT_EXPIRE_PASSWORD bit (0x10000) exempts the password, listed as exempt by policy.
 * The last login is {@code lastLogonTimestamp}, which domain controllers replicate only when it is about 14 days old
 * (9–14 days, {@code msDS-LogonTimeSyncInterval}): a login is known to that precision. Forwarding is
 * {@code altRecipient} (the DN of a contact or user) and Exchange's {@code msExchGenericForwardingAddress}
 * ({@code smtp:...}). Mail-enabled groups are group mailboxes whose {@code member} DNs resolve to users', groups' and
 * contacts' addresses (a contact's {@code targetAddress} is the outside address it stands for).
 */
final class ActiveDirectorySource implements DirectorySource {

    static final String KIND = "active-directory";

    static final int ACCOUNTDISABLE = 0x2;
    static final int DONT_EXPIRE_PASSWORD = 0x10000;

    static final String USER_FILTER = "(&(objectClass=user)(!(objectClass=computer))(|(mail=*)(proxyAddresses=*)))";
    static final String GROUP_FILTER = "(&(objectClass=group)(|(mail=*)(proxyAddresses=*)))";
    static final String CONTACT_FILTER = "(&(objectClass=contact)(|(mail=*)(targetAddress=*)))";

    private static final List<String> USER_ATTRIBUTES = List.of("mail", "proxyAddresses", "userPrincipalName",
            "displayName", "cn", "department", "employeeID", "whenCreated", "pwdLastSet", "userAccountControl",
            "lastLogonTimestamp", "altRecipient", "msExchGenericForwardingAddress");
    private static final List<String> GROUP_ATTRIBUTES = List.of("mail", "proxyAddresses", "displayName", "cn",
            "whenCreated", "member");

    private final LdapDirectory directory;
    private final AddressPatterns unitMailboxes;
    private final ZoneId zone;

    ActiveDirectorySource(LdapDirectory directory, AddressPatterns unitMailboxes, ZoneId zone) {
        this.directory = directory;
        this.unitMailboxes = unitMailboxes;
        this.zone = zone;
    }

    @Override
    public DirectoryRead read() {
        DirectoryReadBuilder read = new DirectoryReadBuilder();
        LdapEntries addresses = new LdapEntries();
        Map<String, List<String>> forwardings = new LinkedHashMap<>();
        Map<String, GroupEntry> groups = new LinkedHashMap<>();
        directory.read(session -> {
            session.requireAttributes(List.of("pwdLastSet", "userAccountControl", "proxyAddresses", "whenCreated"),
                    "compliance.directory.kind (is this Active Directory?)");
            session.search(directory.baseDn(), CONTACT_FILTER, List.of("mail", "targetAddress", "proxyAddresses"),
                    contact -> {
                        String address = DirectoryReadBuilder.normalise(smtp(LdapEntries.first(contact,
                                "targetAddress", "mail")));
                        if (address != null) {
                            addresses.address(contact.getDN(), address, List.of());
                        }
                    });
            session.searchNumbered(directory.baseDn(), USER_FILTER, USER_ATTRIBUTES,
                    (entry, row) -> user(read, addresses, forwardings, entry, row));
            session.searchNumbered(directory.baseDn(), GROUP_FILTER, GROUP_ATTRIBUTES,
                    (entry, row) -> group(read, addresses, groups, entry, row));
        });
        forwardings.forEach((address, destinations) -> destinations.forEach(target -> {
            String destination = LdapEntries.isDn(target) ? addresses.ofDn(target) : addresses.primary(target);
            if (destination == null) {
                read.reject("altRecipient of " + address, 0, address + " -> " + target,
                        "the forwarding target is no mail-enabled entry");
            } else if (!destination.equals(address)) {
                read.forwarding(address, destination);
            }
        }));
        groups.forEach((address, group) -> group.members().forEach(dn -> {
            String member = addresses.ofDn(dn);
            if (member == null) {
                read.reject(group.source(), group.row(), address + " -> " + dn,
                        "the member has no mail address (not a mail-enabled user, group or contact)");
            } else {
                read.groupMember(address, member);
            }
        }));
        return read.build();
    }

    private void user(DirectoryReadBuilder read, LdapEntries addresses, Map<String, List<String>> forwardings,
                      SearchResultEntry entry, int row) {
        String source = LdapEntries.source(entry);
        String raw = primaryAddress(entry);
        if (raw == null) {
            read.reject(source, row, null, "no primary SMTP: in proxyAddresses and no mail");
            return;
        }
        String address = DirectoryReadBuilder.normalise(raw);
        String control = LdapEntries.first(entry, "userAccountControl");
        int flags;
        try {
            flags = Integer.parseInt(String.valueOf(control));
        } catch (NumberFormatException e) {
            read.reject(source, row, raw, control == null ? "no userAccountControl"
                    : "userAccountControl '" + control + "' is not a number");
            return;
        }
        if (LdapEntries.first(entry, "pwdLastSet") == null) {
            read.reject(source, row, raw, "no pwdLastSet: the password's age cannot be evaluated");
            return;
        }
        try {
            LocalDateTime created = LdapEntries.generalizedTime(entry, "whenCreated", zone);
            LocalDateTime changed = IRedMailSource.passwordChange(LdapEntries.fileTime(entry, "pwdLastSet", zone),
                    created);
            LocalDateTime lastLogin = LdapEntries.fileTime(entry, "lastLogonTimestamp", zone);
            Account account = new Account(address, LdapEntries.first(entry, "displayName", "cn"),
                    LdapEntries.first(entry, "department"),
                    unitMailboxes.matches(address) ? MailboxKind.UNIT : MailboxKind.PERSONAL,
                    LdapEntries.first(entry, "employeeID"), (flags & ACCOUNTDISABLE) == 0, created, changed,
                    lastLogin, null, KIND, true, false, (flags & DONT_EXPIRE_PASSWORD) != 0);
            if (!read.account(source, row, raw, account)) {
                return;
            }
        } catch (LocalTimes.UnparseableDate e) {
            read.reject(source, row, raw, e.getMessage());
            return;
        }
        List<String> aliases = new ArrayList<>(secondaryAddresses(entry));
        aliases.addAll(LdapEntries.all(entry, "userPrincipalName"));
        addresses.address(entry.getDN(), address, aliases);
        List<String> targets = new ArrayList<>(LdapEntries.all(entry, "altRecipient"));
        for (String generic : LdapEntries.all(entry, "msExchGenericForwardingAddress")) {
            String normal = DirectoryReadBuilder.normalise(smtp(generic));
            if (normal == null) {
                read.reject(source, row, raw + " -> " + generic, "not a valid mail address in forwarding");
            } else {
                targets.add(normal);
            }
        }
        if (!targets.isEmpty()) {
            forwardings.put(address, targets);
        }
    }

    private void group(DirectoryReadBuilder read, LdapEntries addresses, Map<String, GroupEntry> groups,
                       SearchResultEntry entry, int row) {
        String source = LdapEntries.source(entry);
        String raw = primaryAddress(entry);
        String address = DirectoryReadBuilder.normalise(raw);
        try {
            if (!read.account(source, row, raw, new Account(address, LdapEntries.first(entry, "displayName", "cn"),
                    null, MailboxKind.GROUP, null, true, LdapEntries.generalizedTime(entry, "whenCreated", zone),
                    null, null, null, KIND, false))) {
                return;
            }
        } catch (LocalTimes.UnparseableDate e) {
            read.reject(source, row, raw, e.getMessage());
            return;
        }
        addresses.address(entry.getDN(), address, secondaryAddresses(entry));
        groups.put(address, new GroupEntry(source, row, LdapEntries.all(entry, "member")));
    }

    /** The primary {@code SMTP:} proxy address (upper-case prefix), else {@code mail}. */
    static String primaryAddress(SearchResultEntry entry) {
        for (String proxy : LdapEntries.all(entry, "proxyAddresses")) {
            if (proxy.startsWith("SMTP:")) {
                return proxy.substring(5);
            }
        }
        return LdapEntries.first(entry, "mail");
    }

    private static List<String> secondaryAddresses(SearchResultEntry entry) {
        return LdapEntries.all(entry, "proxyAddresses").stream()
                .filter(p -> p.startsWith("smtp:")).map(p -> p.substring(5)).toList();
    }

    /** An address with or without its {@code smtp:} / {@code SMTP:} prefix, as Exchange writes them. */
    private static String smtp(String value) {
        return value != null && value.toLowerCase(Locale.ROOT).startsWith("smtp:") ? value.substring(5) : value;
    }

    private record GroupEntry(String source, int row, List<String> members) {
    }
}
