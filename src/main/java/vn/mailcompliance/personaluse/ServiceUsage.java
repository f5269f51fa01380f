package vn.mailcompliance.personaluse;

import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the evidence of one mailbox says about one personal service.
 *
 * <p>Rules ({@link #aggregate}):
 * <ul>
 *   <li>SPOOFED evidence never counts (it is only kept in {@link #spoofedMessages} and the audit listing);</li>
 *   <li>{@link Confidence#CONFIRMED}: at least one AUTHENTICATED registration or account-activity message;</li>
 *   <li>{@link Confidence#PROBABLE}: otherwise at least one registration or account-activity message, or at least
 *       two marketing messages;</li>
 *   <li>no usage at all (no finding) for a single marketing message alone: one newsletter may be a forward, a
 *       typo'd address or a purchased list, not a registration.</li>
 * </ul>
 *
 * @param kinds           kinds of the counted messages
 * @param messages        counted (non-spoofed) messages
 * @param spoofedMessages messages of the service that trusted servers marked as forged (not counted)
 * @param firstSeen       arrival of the oldest counted message, {@code null} when no arrival time is known
 * @param lastSeen        arrival of the newest counted message
 * @param samples         up to three distinct subjects of the most recent counted messages, at most 80 characters each
 */
public record ServiceUsage(
        String service,
        Category category,
        Confidence confidence,
        Set<MessageKind> kinds,
        int messages,
        int spoofedMessages,
        Instant firstSeen,
        Instant lastSeen,
        List<String> samples) {

    public static final int MAX_SAMPLES = 3;
    public static final int MAX_SAMPLE_LENGTH = 80;
    /** Marketing messages needed, without any registration or activity, for a PROBABLE usage. */
    public static final int MARKETING_THRESHOLD = 2;

    public ServiceUsage {
        kinds = kinds == null || kinds.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        samples = samples == null ? List.of() : List.copyOf(samples);
    }

    /**
     * One usage per service that reaches {@link Confidence#PROBABLE} or better, CONFIRMED first, then by service name.
     * Pure function of its input; {@code null} elements are skipped.
     */
    public static List<ServiceUsage> aggregate(Collection<Evidence> evidence) {
        if (evidence == null || evidence.isEmpty()) {
            return List.of();
        }
        Map<String, List<Evidence>> byService = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            if (e != null && e.service() != null) {
                byService.computeIfAbsent(e.service(), k -> new ArrayList<>()).add(e);
            }
        }
        List<ServiceUsage> out = new ArrayList<>();
        for (List<Evidence> list : byService.values()) {
            ServiceUsage usage = of(list);
            if (usage != null) {
                out.add(usage);
            }
        }
        out.sort(Comparator.comparing(ServiceUsage::confidence).thenComparing(ServiceUsage::service));
        return List.copyOf(out);
    }

    private static ServiceUsage of(List<Evidence> all) {
        List<Evidence> counted = all.stream().filter(e -> e.authenticity() != Authenticity.SPOOFED).toList();
        int spoofed = all.size() - counted.size();
        boolean authenticatedAccount = counted.stream().anyMatch(e -> e.authenticity() == Authenticity.AUTHENTICATED
                && e.kind() != MessageKind.MARKETING && e.kind() != null);
        boolean account = counted.stream().anyMatch(e -> e.kind() != MessageKind.MARKETING && e.kind() != null);
        long marketing = counted.stream().filter(e -> e.kind() == MessageKind.MARKETING || e.kind() == null).count();
        Confidence confidence;
        if (authenticatedAccount) {
            confidence = Confidence.CONFIRMED;
        } else if (account || marketing >= MARKETING_THRESHOLD) {
            confidence = Confidence.PROBABLE;
        } else {
            return null;
        }
        Evidence any = all.get(0);
        Set<MessageKind> kinds = EnumSet.noneOf(MessageKind.class);
        counted.forEach(e -> kinds.add(e.kind() == null ? MessageKind.MARKETING : e.kind()));
        Instant first = counted.stream().map(Evidence::receivedAt).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        Instant last = counted.stream().map(Evidence::receivedAt).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        Comparator<Evidence> newestFirst = Comparator.comparing(Evidence::receivedAt,
                Comparator.nullsLast(Comparator.<Instant>reverseOrder()));
        Set<String> samples = new LinkedHashSet<>();
        counted.stream().sorted(newestFirst).map(Evidence::subject).filter(s -> s != null && !s.isBlank())
                .map(ServiceUsage::cut).forEach(s -> {
                    if (samples.size() < MAX_SAMPLES) {
                        samples.add(s);
                    }
                });
        return new ServiceUsage(any.service(), any.category(), confidence, kinds, counted.size(), spoofed, first, last,
                List.copyOf(samples));
    }

    /** Whitespace collapsed; longer than 80 characters (code points) → the first 79 followed by "…". */
    static String cut(String subject) {
        String s = subject.replaceAll("\\s+", " ").strip();
        if (s.codePointCount(0, s.length()) <= MAX_SAMPLE_LENGTH) {
            return s;
        }
        int end = s.offsetByCodePoints(0, MAX_SAMPLE_LENGTH - 1);
        return s.substring(0, end) + "…";
    }

    /**
     * The PERSONAL_USE finding for this usage: its evidence with first and last seen as local times in {@code zone}
     * (to the second) and its sample subjects, which only the auditors' export may show.
     */
    public Finding toFinding(String mailbox, String unitCode, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        LocalDateTime first = local(firstSeen, zone);
        LocalDateTime last = local(lastSeen, zone);
        Details details = new Details.PersonalUse(service, category.name(), confidence.name(),
                kinds.stream().map(Enum::name).toList(), messages, first, last, samples);
        return new Finding(mailbox, unitCode, FindingCode.PERSONAL_USE, service, details, first, last);
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone).truncatedTo(ChronoUnit.SECONDS);
    }
}
