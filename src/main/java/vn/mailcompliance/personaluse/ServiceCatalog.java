package vn.mailcompliance.personaluse;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import vn.mailcompliance.settings.Located;
import vn.mailcompliance.settings.OperatorFile;
import vn.mailcompliance.settings.OperatorFile.Entry;
import vn.mailcompliance.settings.OperatorFile.Required;

/**
 * The personal services of {@code jobs/personal-use-rules.yml}, validated, and looked up by sender.
 * Immutable and thread-safe once loaded.
 */
public final class ServiceCatalog {

    private static final String SETTING = "compliance.personal-use.rules";
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /** The rules file as written; the categories may relabel the fixed {@link Category} values. */
    private record RulesFile(
            Integer version,
            Map<Category, Labels> categories,
            List<String> ignoreSenders,
            @Required(fix = "list the personal services, each with name, category, domains (or senders) and source, "
                    + "as the shipped jobs/personal-use-rules.yml does.")
            List<Located<ServiceEntry>> services) {
    }

    private static final String BOTH_LABELS = "write both labels, e.g. BANKING: { vi: \"Ngân hàng\", en: \"Banking\" }.";

    private record Labels(@Required(fix = BOTH_LABELS) String vi, @Required(fix = BOTH_LABELS) String en) {
    }

    @Entry(noun = "service", namedBy = "name")
    private record ServiceEntry(
            @Required(fix = "give every service a unique name: (e.g. name: Vietcombank).") String name,
            @Required(fix = "add category: one of the categories (e.g. category: BANKING).") Category category,
            String country,
            List<String> domains,
            List<String> senders,
            @Required(fix = "say how the domain was checked, e.g. source: \"doc: https://…\", "
                    + "\"corpus: registration/…eml\" or \"unverified: …\".") String source,
            String note) {
    }

    private final List<Service> services;
    private final Map<String, Service> byDomain;
    private final Map<String, Service> bySender;
    private final List<Pattern> ignored;
    private final List<String> ignoredGlobs;
    private final Map<Category, String[]> labels;

    private ServiceCatalog(List<Service> services, Map<String, Service> byDomain, Map<String, Service> bySender,
                           List<String> ignoredGlobs, Map<Category, String[]> labels) {
        this.services = List.copyOf(services);
        this.byDomain = Map.copyOf(byDomain);
        this.bySender = Map.copyOf(bySender);
        this.ignoredGlobs = List.copyOf(ignoredGlobs);
        this.ignored = ignoredGlobs.stream().map(ServiceCatalog::globToPattern).toList();
        this.labels = Collections.unmodifiableMap(new EnumMap<>(labels));
    }

    public static ServiceCatalog load(Path file) {
        return load(new FileSystemResource(file));
    }

    public static ServiceCatalog load(Resource resource) {
        return of(OperatorFile.read(resource, SETTING, RulesFile.class));
    }

    /** Parses rules YAML; {@code origin} names the file in error messages. */
    public static ServiceCatalog parse(Reader reader, String origin) {
        return of(OperatorFile.parse(reader, origin, RulesFile.class));
    }

    private static ServiceCatalog of(RulesFile file) {
        Map<Category, String[]> labels = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            labels.put(c, new String[] {c.vietnamese(), c.english()});
        }
        file.categories().forEach((category, l) -> labels.put(category, new String[] {l.vi(), l.en()}));
        List<Service> services = new ArrayList<>();
        Map<String, Service> byName = new LinkedHashMap<>();
        Map<String, Service> byDomain = new LinkedHashMap<>();
        Map<String, Service> bySender = new LinkedHashMap<>();
        for (Located<ServiceEntry> entry : file.services()) {
            Service service = service(entry);
            if (byName.putIfAbsent(service.name().toLowerCase(Locale.ROOT), service) != null) {
                throw entry.problem("the name is used twice", "merge the two entries or give them distinct names.");
            }
            for (String domain : service.domains()) {
                Service other = byDomain.putIfAbsent(domain, service);
                if (other != null) {
                    throw entry.problem("domain '" + domain + "' is already listed for service '" + other.name() + "'",
                            "keep the domain in one service only.");
                }
            }
            for (String sender : service.senders()) {
                Service other = bySender.putIfAbsent(sender, service);
                if (other != null) {
                    throw entry.problem("sender '" + sender + "' is already listed for service '" + other.name() + "'",
                            "keep the sender in one service only.");
                }
            }
            services.add(service);
        }
        return new ServiceCatalog(services, byDomain, bySender, file.ignoreSenders(), labels);
    }

    private static Service service(Located<ServiceEntry> entry) {
        ServiceEntry fields = entry.value();
        String country = fields.country() == null ? null : fields.country().toUpperCase(Locale.ROOT);
        if (country != null && !COUNTRY.matcher(country).matches()) {
            throw entry.problem("country '" + fields.country() + "' is not an ISO 3166 two-letter code",
                    "write e.g. country: VN, or leave it out.");
        }
        List<String> domains = new ArrayList<>();
        for (String d : fields.domains()) {
            String domain = d.toLowerCase(Locale.ROOT);
            Optional<String> registrable = SenderDomain.registrable(domain);
            Optional<String> host = SenderDomain.host(domain);
            if (domain.contains("@") || host.isEmpty() || registrable.isEmpty()) {
                throw entry.problem("'" + d + "' is not a domain name under a public suffix", "write the registrable "
                        + "domain (e.g. vietcombank.com.vn); exact addresses go under senders:.");
            }
            if (!registrable.get().equals(host.get())) {
                throw entry.problem("'" + d + "' is not a registrable domain (its registrable domain is '"
                        + registrable.get() + "')", "write '" + registrable.get() + "' under domains:, or list '"
                        + d + "' under senders: to match that host only.");
            }
            if (domains.contains(host.get())) {
                throw entry.problem("domain '" + d + "' is listed twice", "remove the duplicate.");
            }
            domains.add(host.get());
        }
        List<String> senders = new ArrayList<>();
        for (String s : fields.senders()) {
            String sender = s.toLowerCase(Locale.ROOT);
            Optional<String> host = SenderDomain.host(sender);
            int at = sender.indexOf('@');
            boolean ok = host.isPresent() && (at < 0 || (at > 0 && sender.indexOf('@', at + 1) < 0));
            if (!ok) {
                throw entry.problem("sender '" + s + "' is neither a host name nor an address",
                        "write e.g. accounts.google.com or gmail-noreply@google.com.");
            }
            String normalized = at < 0 ? host.get() : sender.substring(0, at) + "@" + host.get();
            if (senders.contains(normalized)) {
                throw entry.problem("sender '" + s + "' is listed twice", "remove the duplicate.");
            }
            senders.add(normalized);
        }
        if (domains.isEmpty() && senders.isEmpty()) {
            throw entry.problem("no 'domains' and no 'senders'", "add domains: [registrable domain] "
                    + "(or senders: [exact host or address] for a domain shared with work tools).");
        }
        return new Service(fields.name(), fields.category(), domains, senders, country, fields.source());
    }

    private static Pattern globToPattern(String glob) {
        StringBuilder regex = new StringBuilder();
        for (String part : glob.toLowerCase(Locale.ROOT).split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    /** The service owning a registrable domain (lower-cased), from {@code domains:} only. */
    public Optional<Service> forRegistrableDomain(String domain) {
        if (domain == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byDomain.get(domain.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * The service a From address belongs to: not when it matches {@code ignore-senders}; else an exact
     * {@code senders:} address, then an exact {@code senders:} host, then the registrable domain.
     */
    public Optional<Service> forSender(String address) {
        if (address == null) {
            return Optional.empty();
        }
        Optional<String> host = SenderDomain.host(address);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        String raw = address.strip().toLowerCase(Locale.ROOT);
        int at = raw.lastIndexOf('@');
        String local = at > 0 ? raw.substring(0, at) : "";
        if (local.startsWith("<")) {
            local = local.substring(1);
        }
        String normalized = local.isEmpty() ? host.get() : local + "@" + host.get();
        if (isIgnored(normalized)) {
            return Optional.empty();
        }
        Service exact = bySender.get(normalized);
        if (exact == null) {
            exact = bySender.get(host.get());
        }
        if (exact != null) {
            return Optional.of(exact);
        }
        return SenderDomain.registrable(host.get()).flatMap(this::forRegistrableDomain);
    }

    /** Whether the address matches an {@code ignore-senders} pattern (machine reports, bounces). */
    public boolean isIgnored(String address) {
        String a = address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
        return ignored.stream().anyMatch(p -> p.matcher(a).matches());
    }

    public List<Service> services() {
        return services;
    }

    public Optional<Service> byName(String name) {
        return services.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    public List<String> ignoredSenders() {
        return ignoredGlobs;
    }

    /** The category label from the rules file, Vietnamese unless the locale's language is English. */
    public String label(Category category, Locale locale) {
        String[] l = labels.get(category);
        return locale != null && "en".equals(locale.getLanguage()) ? l[1] : l[0];
    }
}
