package vn.mailcompliance.directory;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.util.StaticUtils;

/**
 * Values of LDAP entries as the LDAP sources read them, and the addresses they name: an entry's DN, its aliases (Zimbra's
 * {@code zimbraMailAlias}, Exchange's secondary {@code smtp:} proxy addresses) and its primary address, so that group
 * members and forwardings given as a DN or an alias become the mailbox's own address.
 */
final class LdapEntries {

    /** Windows FILETIME counts 100-nanosecond intervals since 1601-01-01 UTC. */
    private static final Instant FILETIME_EPOCH = Instant.parse("1601-01-01T00:00:00Z");

    private final Map<String, String> byDn = new LinkedHashMap<>();
    private final Map<String, String> byAlias = new LinkedHashMap<>();

    /** Records that the entry {@code dn} receives mail as {@code address}, also under {@code aliases}. */
    void address(String dn, String address, List<String> aliases) {
        byDn.put(normalDn(dn), address);
        for (String alias : aliases) {
            String normal = DirectoryReadBuilder.normalise(alias);
            if (normal != null && !normal.equals(address)) {
                byAlias.putIfAbsent(normal, address);
            }
        }
    }

    /** The primary address of an alias, or the address itself. */
    String primary(String address) {
        return byAlias.getOrDefault(address, address);
    }

    /** The address of the entry a DN names, or {@code null} when no mail-enabled entry has that DN. */
    String ofDn(String dn) {
        return byDn.get(normalDn(dn));
    }

    static boolean isDn(String value) {
        return value != null && value.contains("=") && !value.contains("@") && DN.isValidDN(value);
    }

    private static String normalDn(String dn) {
        try {
            return new DN(dn).toNormalizedString();
        } catch (LDAPException e) {
            return dn.strip().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static String first(Entry entry, String... attributes) {
        for (String attribute : attributes) {
            if (attribute == null || attribute.isBlank()) {
                continue;
            }
            String value = entry.getAttributeValue(attribute);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    static List<String> all(Entry entry, String attribute) {
        if (attribute == null || attribute.isBlank()) {
            return List.of();
        }
        String[] values = entry.getAttributeValues(attribute);
        return values == null ? List.of() : Arrays.stream(values).filter(v -> !v.isBlank()).map(String::strip).toList();
    }

    /** An LDAP generalized time ({@code 20261001083000Z}, {@code 20261001083000.0Z}) as a local time in the zone. */
    static LocalDateTime generalizedTime(Entry entry, String attribute, ZoneId zone) throws LocalTimes.UnparseableDate {
        return generalizedTime(attribute, first(entry, attribute), zone);
    }

    static LocalDateTime generalizedTime(String attribute, String value, ZoneId zone)
            throws LocalTimes.UnparseableDate {
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.ofInstant(StaticUtils.decodeGeneralizedTime(value).toInstant(), zone);
        } catch (ParseException | RuntimeException e) {
            throw new LocalTimes.UnparseableDate(attribute, value);
        }
    }

    /**
     * A Windows FILETIME ({@code pwdLastSet}, {@code lastLogonTimestamp}) as a local time in the zone; {@code null} when
     * absent, 0 (never) or the largest value (no time).
     */
    static LocalDateTime fileTime(Entry entry, String attribute, ZoneId zone) throws LocalTimes.UnparseableDate {
        String value = first(entry, attribute);
        if (value == null) {
            return null;
        }
        long ticks;
        try {
            ticks = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new LocalTimes.UnparseableDate(attribute, value);
        }
        if (ticks < 0) {
            throw new LocalTimes.UnparseableDate(attribute, value);
        }
        if (ticks == 0 || ticks == Long.MAX_VALUE) {
            return null;
        }
        Instant instant = FILETIME_EPOCH.plusSeconds(ticks / 10_000_000L).plusNanos(ticks % 10_000_000L * 100);
        return LocalDateTime.ofInstant(instant, zone);
    }

    /** The DN as the source of a rejected row; the column holds 255 characters. */
    static String source(Entry entry) {
        String dn = entry.getDN();
        return dn.length() <= 255 ? dn : dn.substring(0, 252) + "...";
    }
}
