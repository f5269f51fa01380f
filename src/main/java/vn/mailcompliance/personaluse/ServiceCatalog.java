package vn.mailcompliance.personaluse;

import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The personal services of {@code jobs/personal-use-rules.yml}, validated, and looked up by sender.
 * Immutable and thread-safe once loaded.
 */
public final class ServiceCatalog {

    private static final Set<String> TOP_KEYS = Set.of("version", "categories", "ignore-senders", "services");
    private static final Set<String> SERVICE_KEYS = Set.of("name", "category", "country", "domains", "senders", "source", "note");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final String origin;
    private final List<Service> services;
    private final Map<String, Service> byDomain;
    private final Map<String, Service> bySender;
    private final List<Pattern> ignored;
    private final List<String> ignoredGlobs;
    private final Map<Category, String[]> labels;

    private ServiceCatalog(String origin, List<Service> services, Map<String, Service> byDomain,
                           Map<String, Service> bySender, List<String> ignoredGlobs, Map<Category, String[]> labels) {
        this.origin = origin;
        this.services = List.copyOf(services);
        this.byDomain = Map.copyOf(byDomain);
        this.bySender = Map.copyOf(bySender);
        this.ignoredGlobs = List.copyOf(ignoredGlobs);
        this.ignored = ignoredGlobs.stream().map(ServiceCatalog::globToPattern).toList();
        this.labels = Collections.unmodifiableMap(new EnumMap<>(labels));
    }

    public static ServiceCatalog load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (IOException e) {
            throw new RulesFileException(file + ": cannot read the personal-use rules file (" + e.getMessage()
                    + "). Fix: check compliance.personal-use.rules points to a readable UTF-8 YAML file.", e);
        }
    }

    public static ServiceCatalog load(Resource resource) {
        String name = resource.getDescription();
        try (InputStream in = resource.getInputStream();
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader, name);
        } catch (IOException e) {
            throw new RulesFileException(name + ": cannot read the personal-use rules file (" + e.getMessage()
                    + "). Fix: check compliance.personal-use.rules points to a readable UTF-8 YAML file.", e);
        }
    }

    /** Parses rules YAML; {@code origin} names the file in error messages. */
    public static ServiceCatalog parse(Reader reader, String origin) {
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(new SafeConstructor(options)).load(reader);
        } catch (YAMLException e) {
            throw new RulesFileException(origin + ": not valid YAML: " + e.getMessage().strip()
                    + "\nFix: correct the syntax at the position shown (indentation, quotes, duplicate keys).", e);
        }
        if (!(root instanceof Map<?, ?> top)) {
            throw new RulesFileException(origin + ": the file is empty or not a mapping. Fix: start from the shipped "
                    + "jobs/personal-use-rules.yml, which has 'categories:' and 'services:'.");
        }
        for (Object key : top.keySet()) {
            if (!TOP_KEYS.contains(String.valueOf(key))) {
                throw new RulesFileException(origin + ": unknown top-level key '" + key + "'. Fix: use only "
                        + sorted(TOP_KEYS) + ".");
            }
        }
        Map<Category, String[]> labels = parseCategories(origin, top.get("categories"));
        List<String> ignore = stringList(origin, "ignore-senders", "ignore-senders", top.get("ignore-senders"));
        Object rawServices = top.get("services");
        if (!(rawServices instanceof List<?> list) || list.isEmpty()) {
            throw new RulesFileException(origin + ": 'services:' is missing or empty. Fix: list the personal services, "
                    + "each with name, category, domains (or senders) and source.");
        }
        List<Service> services = new ArrayList<>();
        Map<String, Service> byName = new LinkedHashMap<>();
        Map<String, Service> byDomain = new LinkedHashMap<>();
        Map<String, Service> bySender = new LinkedHashMap<>();
        int index = 0;
        for (Object item : list) {
            index++;
            Service service = parseService(origin, index, item);
            String nameKey = service.name().toLowerCase(Locale.ROOT);
            if (byName.containsKey(nameKey)) {
                throw new RulesFileException(origin + ": service #" + index + " '" + service.name()
                        + "': the name is used twice. Fix: merge the two entries or give them distinct names.");
            }
            byName.put(nameKey, service);
            for (String domain : service.domains()) {
                Service other = byDomain.putIfAbsent(domain, service);
                if (other != null) {
                    throw new RulesFileException(origin + ": service #" + index + " '" + service.name()
                            + "': domain '" + domain + "' is already listed for service '" + other.name()
                            + "'. Fix: keep the domain in one service only.");
                }
            }
            for (String sender : service.senders()) {
                Service other = bySender.putIfAbsent(sender, service);
                if (other != null) {
                    throw new RulesFileException(origin + ": service #" + index + " '" + service.name()
                            + "': sender '" + sender + "' is already listed for service '" + other.name()
                            + "'. Fix: keep the sender in one service only.");
                }
            }
            services.add(service);
        }
        return new ServiceCatalog(origin, services, byDomain, bySender, ignore, labels);
    }

    private static Map<Category, String[]> parseCategories(String origin, Object raw) {
        Map<Category, String[]> labels = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            labels.put(c, new String[] {c.vietnamese(), c.english()});
        }
        if (raw == null) {
            return labels;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            throw new RulesFileException(origin + ": 'categories:' must be a mapping CATEGORY: {vi: …, en: …}. "
                    + "Fix: see the shipped jobs/personal-use-rules.yml.");
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Category category = category(String.valueOf(e.getKey())).orElseThrow(() -> new RulesFileException(
                    origin + ": categories: unknown category '" + e.getKey() + "'. Fix: use one of "
                            + Arrays.toString(Category.values()) + " (the list is fixed; labels may change)."));
            if (!(e.getValue() instanceof Map<?, ?> l) || blank(l.get("vi")) || blank(l.get("en"))) {
                throw new RulesFileException(origin + ": categories: " + category
                        + " needs both labels. Fix: write " + category + ": { vi: \"…\", en: \"…\" }.");
            }
            labels.put(category, new String[] {String.valueOf(l.get("vi")).strip(), String.valueOf(l.get("en")).strip()});
        }
        return labels;
    }

    private static Service parseService(String origin, int index, Object item) {
        String where = origin + ": service #" + index;
        if (!(item instanceof Map<?, ?> map)) {
            throw new RulesFileException(where + ": not a mapping. Fix: write - { name: …, category: …, domains: [...], source: … }.");
        }
        Object rawName = map.get("name");
        if (blank(rawName)) {
            throw new RulesFileException(where + ": 'name' is missing. Fix: give every service a unique name: (e.g. name: Vietcombank).");
        }
        String name = String.valueOf(rawName).strip();
        where = where + " '" + name + "'";
        for (Object key : map.keySet()) {
            if (!SERVICE_KEYS.contains(String.valueOf(key))) {
                throw new RulesFileException(where + ": unknown key '" + key + "'. Fix: use only " + sorted(SERVICE_KEYS) + ".");
            }
        }
        Object rawCategory = map.get("category");
        if (blank(rawCategory)) {
            throw new RulesFileException(where + ": 'category' is missing. Fix: add category: one of "
                    + Arrays.toString(Category.values()) + ".");
        }
        String finalWhere = where;
        Category category = category(String.valueOf(rawCategory).strip()).orElseThrow(() -> new RulesFileException(
                finalWhere + ": unknown category '" + rawCategory + "'. Fix: use one of " + Arrays.toString(Category.values()) + "."));
        String country = null;
        if (!blank(map.get("country"))) {
            country = String.valueOf(map.get("country")).strip().toUpperCase(Locale.ROOT);
            if (!COUNTRY.matcher(country).matches()) {
                throw new RulesFileException(where + ": country '" + map.get("country")
                        + "' is not an ISO 3166 two-letter code. Fix: write e.g. country: VN, or leave it out.");
            }
        }
        Object rawSource = map.get("source");
        if (blank(rawSource)) {
            throw new RulesFileException(where + ": 'source' is missing. Fix: say how the domain was checked, e.g. "
                    + "source: \"doc: https://…\", \"corpus: registration/…eml\" or \"unverified: …\".");
        }
        List<String> domains = new ArrayList<>();
        for (String d : stringList(origin, where, "domains", map.get("domains"))) {
            String domain = d.strip().toLowerCase(Locale.ROOT);
            Optional<String> registrable = SenderDomain.registrable(domain);
            Optional<String> host = SenderDomain.host(domain);
            if (domain.contains("@") || host.isEmpty() || registrable.isEmpty()) {
                throw new RulesFileException(where + ": '" + d + "' is not a domain name under a public suffix. "
                        + "Fix: write the registrable domain (e.g. vietcombank.com.vn); exact addresses go under senders:.");
            }
            if (!registrable.get().equals(host.get())) {
                throw new RulesFileException(where + ": '" + d + "' is not a registrable domain (its registrable domain is '"
                        + registrable.get() + "'). Fix: write '" + registrable.get() + "' under domains:, or list '"
                        + d + "' under senders: to match that host only.");
            }
            if (domains.contains(host.get())) {
                throw new RulesFileException(where + ": domain '" + d + "' is listed twice. Fix: remove the duplicate.");
            }
            domains.add(host.get());
        }
        List<String> senders = new ArrayList<>();
        for (String s : stringList(origin, where, "senders", map.get("senders"))) {
            String sender = s.strip().toLowerCase(Locale.ROOT);
            Optional<String> host = SenderDomain.host(sender);
            int at = sender.indexOf('@');
            boolean ok = host.isPresent() && (at < 0 || (at > 0 && sender.indexOf('@', at + 1) < 0));
            if (!ok) {
                throw new RulesFileException(where + ": sender '" + s + "' is neither a host name nor an address. "
                        + "Fix: write e.g. accounts.google.com or gmail-noreply@google.com.");
            }
            String normalized = at < 0 ? host.get() : sender.substring(0, at) + "@" + host.get();
            if (senders.contains(normalized)) {
                throw new RulesFileException(where + ": sender '" + s + "' is listed twice. Fix: remove the duplicate.");
            }
            senders.add(normalized);
        }
        if (domains.isEmpty() && senders.isEmpty()) {
            throw new RulesFileException(where + ": no 'domains' and no 'senders'. Fix: add domains: [registrable domain] "
                    + "(or senders: [exact host or address] for a domain shared with work tools).");
        }
        return new Service(name, category, domains, senders, country, String.valueOf(rawSource).strip());
    }

    private static List<String> stringList(String origin, String where, String key, Object raw) {
        if (raw == null) {
            return List.of();
        }
        if (raw instanceof String s) {
            return List.of(s);
        }
        if (!(raw instanceof List<?> list)) {
            throw new RulesFileException(where.startsWith(origin) ? where + ": '" + key + "' must be a list. Fix: write "
                    + key + ": [a, b]." : origin + ": '" + key + "' must be a list. Fix: write " + key + ": [a, b].");
        }
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            if (blank(o) || o instanceof Map || o instanceof List) {
                throw new RulesFileException((where.startsWith(origin) ? where : origin) + ": '" + key
                        + "' has an empty or non-text entry. Fix: write plain names, e.g. " + key + ": [example.vn].");
            }
            out.add(String.valueOf(o));
        }
        return out;
    }

    private static Optional<Category> category(String name) {
        try {
            return Optional.of(Category.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(Object o) {
        return o == null || String.valueOf(o).isBlank();
    }

    private static String sorted(Set<String> keys) {
        return keys.stream().sorted().collect(Collectors.joining(", "));
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

    /** The file (or resource) the catalog was read from, for the report's Method sheet. */
    public String origin() {
        return origin;
    }
}
