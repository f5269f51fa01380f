package vn.mailcompliance.personaluse;

import java.util.List;

/**
 * One personal service of the rules file.
 *
 * @param name     unique display name, used as the finding's subject
 * @param domains  registrable domains (Public Suffix List) whose every subdomain belongs to the service
 * @param senders  exact sender hosts or addresses, for domains the service shares with work tools
 * @param country  ISO 3166 code of the service's home market, {@code null} when not given
 * @param source   how the domains were checked (corpus file, documentation page, or "unverified: …")
 */
public record Service(String name, Category category, List<String> domains, List<String> senders,
                      String country, String source) {

    public Service {
        domains = domains == null ? List.of() : List.copyOf(domains);
        senders = senders == null ? List.of() : List.copyOf(senders);
    }

    public Service(String name, Category category, List<String> domains) {
        this(name, category, domains, List.of(), null, null);
    }

    public boolean vietnamese() {
        return "VN".equalsIgnoreCase(country);
    }
}
