package vn.mailcompliance.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forwarding addresses an LDAP source reads with each account, kept until every entry's address and aliases are
 * known, then resolved to the mailboxes they name.
 */
final class LdapForwardings {

    private final Map<String, List<String>> byAddress = new LinkedHashMap<>();

    /** Keeps the destinations of {@code address} that are mail addresses; rejects the others as the row's. */
    void add(DirectoryReadBuilder read, String source, int row, String raw, String address, List<String> destinations) {
        for (String destination : destinations) {
            String normal = DirectoryReadBuilder.normalise(destination);
            if (normal == null) {
                read.reject(source, row, raw + " -> " + destination, "not a valid mail address in forwarding");
            } else {
                byAddress.computeIfAbsent(address, k -> new ArrayList<>()).add(normal);
            }
        }
    }

    /** Records each forwarding to its destination's primary address; one to the mailbox's own alias is none. */
    void resolve(DirectoryReadBuilder read, LdapEntries addresses) {
        byAddress.forEach((address, destinations) -> destinations.forEach(d -> {
            String destination = addresses.primary(d);
            if (!destination.equals(address)) {
                read.forwarding(address, destination);
            }
        }));
    }
}
