package vn.mailcompliance.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.unboundid.ldap.sdk.SearchResultEntry;

import vn.mailcompliance.directory.DirectoryProperties.LdapMapping;

/**
 * Reads any LDAP directory through the mapping of {@code compliance.directory.ldap}: which entries are accounts and
 * groups, and which attribute holds each field. The defaults fit OpenLDAP with the password-policy overlay: the last
 * change is {@code pwdChangedTime}, {@code pwdReset: TRUE} means the password an administrator set must still be
 * changed (never changed), {@code pwdAccountLockedTime} disables the account. With {@code shadowLastChange}
 * ({@code date-format: days}) a value of 0 means the password must be changed at the next login (never changed). A
 * value within a minute of the creation time also counts as never changed. An account without the password-change
 * attribute is rejected with its DN: its password's age cannot be evaluated.
 */
final class GenericLdapSource implements DirectorySource {

    static final String KIND = "ldap";

    private final LdapDirectory directory;
    private final LdapMapping mapping;
    private final AddressPatterns unitMailboxes;
    private final ZoneId zone;

    GenericLdapSource(LdapDirectory directory, LdapMapping mapping, AddressPatterns unitMailboxes, ZoneId zone) {
        this.directory = directory;
        this.mapping = mapping;
        this.unitMailboxes = unitMailboxes;
        this.zone = zone;
    }

    @Override
    public DirectoryRead read() {
        DirectoryReadBuilder read = new DirectoryReadBuilder();
        LdapEntries addresses = new LdapEntries();
        LdapForwardings forwardings = new LdapForwardings();
        Map<String, List<String>> members = new LinkedHashMap<>();
        Map<String, Integer> groupRows = new LinkedHashMap<>();
        directory.read(session -> {
            session.requireAttributes(Stream.of(mapping.address(), mapping.displayName(), mapping.unit(),
                    mapping.employeeId(), mapping.created(), mapping.passwordChanged(), mapping.mustChange(),
                    mapping.disabled(), mapping.lastLogin(), mapping.forwarding()).toList(),
                    "the attributes of compliance.directory.ldap");
            session.searchNumbered(directory.baseDn(), mapping.accountFilter(), accountAttributes(),
                    (entry, row) -> account(read, addresses, forwardings, entry, row));
            if (mapping.groupFilter() != null && !mapping.groupFilter().isBlank()) {
                session.requireAttributes(List.of(mapping.groupAddress(), mapping.groupMember()),
                        "compliance.directory.ldap.group-address and group-member");
                session.searchNumbered(directory.baseDn(), mapping.groupFilter(), List.of(mapping.groupAddress(),
                        mapping.groupMember(), mapping.displayName(), mapping.created()),
                        (entry, row) -> group(read, addresses, members, groupRows, entry, row));
            }
            members.forEach((group, values) -> values.forEach(value -> {
                String member = member(session, addresses, value);
                if (member == null) {
                    read.reject("group " + group, groupRows.get(group), group + " -> " + value,
                            "the member has no mail address (" + mapping.address() + ")");
                } else {
                    read.groupMember(group, member);
                }
            }));
        });
        forwardings.resolve(read, addresses);
        return read.build();
    }

    /**
     * A member given as a mail address, or as the DN of an entry: an account or group read before, else any entry
     * with a mail address (a contact outside the organisation).
     */
    private String member(LdapDirectory.Session session, LdapEntries addresses, String value) {
        if (LdapEntries.isDn(value)) {
            String known = addresses.ofDn(value);
            return known != null ? known
                    : DirectoryReadBuilder.normalise(session.attribute(value, mapping.address()));
        }
        String address = DirectoryReadBuilder.normalise(value);
        return address == null ? null : addresses.primary(address);
    }

    private List<String> accountAttributes() {
        return Stream.of(mapping.address(), mapping.displayName(), mapping.unit(), mapping.employeeId(),
                mapping.created(), mapping.passwordChanged(), mapping.mustChange(), mapping.disabled(),
                mapping.lastLogin(), mapping.forwarding()).filter(a -> a != null && !a.isBlank()).toList();
    }

    private void account(DirectoryReadBuilder read, LdapEntries addresses, LdapForwardings forwardings,
                         SearchResultEntry entry, int row) {
        String source = LdapEntries.source(entry);
        String raw = LdapEntries.first(entry, mapping.address());
        if (raw == null) {
            read.reject(source, row, null, "no " + mapping.address() + ": the account has no mail address");
            return;
        }
        String address = DirectoryReadBuilder.normalise(raw);
        String changedValue = LdapEntries.first(entry, mapping.passwordChanged());
        if (changedValue == null) {
            read.reject(source, row, raw, "no " + mapping.passwordChanged() + ": the password's age cannot be"
                    + " evaluated (compliance.directory.ldap.password-changed)");
            return;
        }
        try {
            LocalDateTime created = LdapEntries.generalizedTime(entry, mapping.created(), zone);
            boolean mustChange = "TRUE".equalsIgnoreCase(LdapEntries.first(entry, mapping.mustChange()));
            LocalDateTime changed = mustChange ? null
                    : IRedMailSource.passwordChange(passwordChanged(changedValue), created);
            boolean disabled = LdapEntries.first(entry, mapping.disabled()) != null
                    && !"FALSE".equalsIgnoreCase(LdapEntries.first(entry, mapping.disabled()));
            Account account = new Account(address, LdapEntries.first(entry, mapping.displayName()),
                    LdapEntries.first(entry, mapping.unit()),
                    unitMailboxes.matches(address) ? MailboxKind.UNIT : MailboxKind.PERSONAL,
                    LdapEntries.first(entry, mapping.employeeId()), !disabled, created, changed,
                    LdapEntries.generalizedTime(entry, mapping.lastLogin(), zone), null, KIND, true);
            if (!read.account(source, row, raw, account)) {
                return;
            }
        } catch (LocalTimes.UnparseableDate e) {
            read.reject(source, row, raw, e.getMessage());
            return;
        }
        addresses.address(entry.getDN(), address, List.of());
        forwardings.add(read, source, row, raw, address, LdapEntries.all(entry, mapping.forwarding()));
    }

    private void group(DirectoryReadBuilder read, LdapEntries addresses, Map<String, List<String>> members,
                       Map<String, Integer> groupRows, SearchResultEntry entry, int row) {
        String source = LdapEntries.source(entry);
        String raw = LdapEntries.first(entry, mapping.groupAddress());
        String address = DirectoryReadBuilder.normalise(raw);
        try {
            if (!read.account(source, row, raw, new Account(address, LdapEntries.first(entry, mapping.displayName()),
                    null, MailboxKind.GROUP, null, true, LdapEntries.generalizedTime(entry, mapping.created(), zone),
                    null, null, null, KIND, false))) {
                return;
            }
        } catch (LocalTimes.UnparseableDate e) {
            read.reject(source, row, raw, e.getMessage());
            return;
        }
        addresses.address(entry.getDN(), address, List.of());
        groupRows.put(address, row);
        members.put(address, LdapEntries.all(entry, mapping.groupMember()));
    }

    /** The last change as {@code date-format} writes it; {@code null} when it says the password must be changed. */
    private LocalDateTime passwordChanged(String value) throws LocalTimes.UnparseableDate {
        String attribute = mapping.passwordChanged();
        try {
            return switch (mapping.dateFormat()) {
                case "generalized" -> LdapEntries.generalizedTime(attribute, value, zone);
                case "days" -> Long.parseLong(value) == 0 ? null
                        : LocalDate.ofEpochDay(Long.parseLong(value)).atStartOfDay();
                case "seconds" -> Long.parseLong(value) == 0 ? null
                        : LocalDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(value)), zone);
                default -> LocalDateTime.parse(value, DateTimeFormatter.ofPattern(mapping.dateFormat()));
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new LocalTimes.UnparseableDate(attribute, value);
        }
    }
}
