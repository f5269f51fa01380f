package vn.mailcompliance.finding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evidence of a finding: one record per finding code, its components in display order. Codes of other features
 * (a service's category, a confidence, kinds of mail, a mailbox kind) are their enum names, since {@code finding} sits
 * below those features.
 *
 * <p>Stored as a JSON object of strings (see {@link #stored()}): a component's name is its key, its value the ISO form
 * of its type (dates, date-times, periods, whole numbers, true/false), a list joined by its separator, a share as a
 * percentage ("42%"). A missing or empty value is {@code null}; a {@code null} component is not stored.
 */
public sealed interface Details {

    /** The code whose evidence each record holds. */
    static Class<? extends Details> type(FindingCode code) {
        return switch (code) {
            case PASSWORD_NEVER_CHANGED -> PasswordNeverChanged.class;
            case PASSWORD_EXPIRED -> PasswordExpired.class;
            case PASSWORD_EXPIRING -> PasswordExpiring.class;
            case UNIT_BACKLOG -> UnitBacklog.class;
            case PERSONAL_USE -> PersonalUse.class;
            case UNIT_MAILBOX_MISSING -> UnitMailboxMissing.class;
            case UNIT_MAILBOX_DUPLICATE -> UnitMailboxDuplicate.class;
            case PERSONAL_MAILBOX_DUPLICATE -> PersonalMailboxDuplicate.class;
            case NON_OFFICIAL_DOMAIN -> NonOfficialDomain.class;
            case ORPHAN_MAILBOX -> OrphanMailbox.class;
            case EXTERNAL_FORWARDING -> ExternalForwarding.class;
            case GROUP_EXTERNAL_MEMBER -> GroupExternalMember.class;
            case SCAN_FAILED -> ScanFailed.class;
            case MAILBOX_USED_AFTER_LEAVING -> MailboxUsedAfterLeaving.class;
            case PERSONAL_MAILBOX_UNATTENDED -> PersonalMailboxUnattended.class;
            case STAFF_WITHOUT_MAILBOX -> StaffWithoutMailbox.class;
            case UNSIGNED_OFFICIAL_MAIL -> UnsignedOfficialMail.class;
            case WORK_MAIL_TO_FREE_WEBMAIL -> WorkMailToFreeWebmail.class;
        };
    }

    /** The names of the components of the code's evidence, in display order. */
    static List<String> components(FindingCode code) {
        return Arrays.stream(type(code).getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** The type of a component of the code's evidence. */
    static Class<?> componentType(FindingCode code, String name) {
        return component(type(code), name).getType();
    }

    /**
     * Whether a component of the code's evidence is the finding's own first or last sighting (its first or last
     * message), which a list showing those columns need not repeat.
     */
    static boolean isSighting(FindingCode code, String name) {
        return component(type(code), name).isAnnotationPresent(Sighting.class);
    }

    /** Evidence of the code with no value known. */
    static Details none(FindingCode code) {
        return fromStored(code, Map.of());
    }

    /** The evidence of the code from its stored form; keys the code's record does not have are ignored. */
    static Details fromStored(FindingCode code, Map<String, String> stored) {
        Class<? extends Details> type = type(code);
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                String text = stored.get(components[i].getName());
                values[i] = text == null || text.isEmpty() ? null : parse(components[i], text);
            }
            Constructor<? extends Details> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Stored " + code + " evidence cannot be read: " + stored, e);
        }
    }

    /** The finding code this evidence belongs to. */
    default FindingCode code() {
        return Arrays.stream(FindingCode.values()).filter(code -> type(code) == getClass()).findFirst().orElseThrow();
    }

    /** Every component with its value, {@code null} where unknown, in display order. */
    default Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent component : getClass().getRecordComponents()) {
            values.put(component.getName(), value(component));
        }
        return values;
    }

    /** The stored form: the known components, each as the text described above, in display order. */
    default Map<String, String> stored() {
        Map<String, String> stored = new LinkedHashMap<>();
        for (RecordComponent component : getClass().getRecordComponents()) {
            Object value = value(component);
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                stored.put(component.getName(), format(component, value));
            }
        }
        return stored;
    }

    /** A component's value as it is stored, or {@code null}: how a list or a share reads as text. */
    default String text(String name) {
        return stored().get(name);
    }

    /** Parts of a list component (its elements, say, in another language) joined as the list is stored. */
    default String joined(String name, List<String> parts) {
        return String.join(separator(component(getClass(), name)), parts);
    }

    private static RecordComponent component(Class<? extends Details> type, String name) {
        return Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " has no " + name));
    }

    private Object value(RecordComponent component) {
        try {
            return component.getAccessor().invoke(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String format(RecordComponent component, Object value) {
        if (value instanceof List<?> list) {
            return String.join(separator(component), list.stream().map(String::valueOf).toList());
        }
        if (value instanceof Double share && component.isAnnotationPresent(Percent.class)) {
            return String.format(Locale.ROOT, "%.0f%%", share * 100);
        }
        return value.toString();
    }

    private static Object parse(RecordComponent component, String text) {
        Class<?> type = component.getType();
        if (type == String.class) {
            return text;
        } else if (type == Integer.class) {
            return Integer.valueOf(text);
        } else if (type == Long.class) {
            return Long.valueOf(text);
        } else if (type == Boolean.class) {
            return Boolean.valueOf(text);
        } else if (type == LocalDate.class) {
            return LocalDate.parse(text);
        } else if (type == LocalDateTime.class) {
            return LocalDateTime.parse(text);
        } else if (type == Period.class) {
            return Period.parse(text);
        } else if (type == Double.class && component.isAnnotationPresent(Percent.class)) {
            return Double.parseDouble(text.replace("%", "").strip()) / 100;
        } else if (type == List.class) {
            return List.of(text.split(java.util.regex.Pattern.quote(separator(component))));
        }
        throw new IllegalStateException("No stored form for " + component);
    }

    private static String separator(RecordComponent component) {
        Joined joined = component.getAnnotation(Joined.class);
        return joined == null ? ", " : joined.value();
    }

    /** A list stored joined by this separator rather than ", ". */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    @interface Joined {
        String value();
    }

    /** The finding's first or last sighting: the arrival or sending of its first or last message. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    @interface Sighting {
    }

    /** A share between 0 and 1 stored and shown as a whole percentage. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    @interface Percent {
    }

    /** @param ageDays days since creation */
    record PasswordNeverChanged(LocalDate createdOn, Long ageDays, Period newAccountGrace) implements Details {
    }

    record PasswordExpired(LocalDate lastChange, Long ageDays, Period maxAge, LocalDate expiredOn)
            implements Details {
    }

    record PasswordExpiring(LocalDate lastChange, Long ageDays, Period maxAge, LocalDate expiresOn, Long daysLeft)
            implements Details {
    }

    /** The unit mailbox's month: working days, days checked and in breach, the largest unread count. */
    record UnitBacklog(Integer daysInBreach, Integer workingDays, Integer daysChecked, Integer maxUnread,
                       Integer oldestUnreadAgeDays) implements Details {
    }

    /**
     * @param category   the service's category (enum name)
     * @param confidence CONFIRMED or PROBABLE
     * @param kinds      kinds of the counted messages (enum names)
     * @param firstSeen  arrival of the oldest counted message
     * @param lastSeen   arrival of the newest counted message
     * @param samples    up to three subjects of the newest messages; only the auditors' export shows them
     */
    record PersonalUse(String service, String category, String confidence, List<String> kinds, Integer messages,
                       @Sighting LocalDateTime firstSeen, @Sighting LocalDateTime lastSeen,
                       @Joined(" | ") List<String> samples)
            implements Details {

        public PersonalUse {
            kinds = kinds == null ? null : List.copyOf(kinds);
            samples = samples == null || samples.isEmpty() ? null : List.copyOf(samples);
        }
    }

    record UnitMailboxMissing(String unitName, List<String> disabledUnitMailboxes) implements Details {
    }

    record UnitMailboxDuplicate(String unitName, Integer count, List<String> otherUnitMailboxes) implements Details {
    }

    /** @param matchedBy {@code employeeId} or {@code fullNameInUnit} */
    record PersonalMailboxDuplicate(String matchedBy, String employeeId, String fullName, List<String> otherMailboxes)
            implements Details {
    }

    /** @param kind the mailbox kind (enum name) */
    record NonOfficialDomain(String domain, String kind) implements Details {
    }

    record OrphanMailbox(LocalDate leftOn, Long daysSinceLeft, Period leaverGrace, LocalDateTime lastLoginAt)
            implements Details {
    }

    /** @param source {@code Sieve} for a redirect in the user's Sieve script, {@code null} for the directory's */
    record ExternalForwarding(String destination, String destinationDomain, Boolean freeWebmail, String source)
            implements Details {
    }

    /** @param reason {@code external}, {@code unknown} or {@code disabled} */
    record GroupExternalMember(String member, String reason) implements Details {
    }

    /** @param reason the mail server's or the scan's message, as given */
    record ScanFailed(String reason, Integer attempts) implements Details {
    }

    record MailboxUsedAfterLeaving(LocalDate leftOn, LocalDateTime lastLoginAt, Long daysAfterLeaving,
                                   Period leaverGrace) implements Details {
    }

    record PersonalMailboxUnattended(LocalDateTime lastLoginAt, Integer workingDaysWithoutLogin,
                                     Integer unattendedAfter, LocalDateTime lastDeliveryAt) implements Details {
    }

    /** @param reason why the staff member counts as without a mailbox (a fixed English phrase the report translates) */
    record StaffWithoutMailbox(String fullName, String employeeId, Integer rosterRow, String mailbox, String reason)
            implements Details {
    }

    record UnsignedOfficialMail(Integer sent, Integer signed, @Percent Double signedShare, @Percent Double minShare,
                                Integer encrypted, Integer openPgp) implements Details {
    }

    /** @param domains each free-webmail domain with its count ("gmail.com × 3"), joined by ", " */
    record WorkMailToFreeWebmail(Integer messages, Integer distinctAddresses, String domains,
                                 List<String> ownAddresses, Integer ownMessages, String ownMatchedBy,
                                 Integer threshold, @Sighting LocalDateTime firstSent,
                                 @Sighting LocalDateTime lastSent)
            implements Details {
    }
}
