package vn.mailcompliance.settings;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.mailcompliance.settings.OperatorFile.Entry;
import vn.mailcompliance.settings.OperatorFile.Required;

/** Binds the maps, lists and scalars SnakeYAML reads to the records of {@link OperatorFile}, strictly. */
final class RecordBinding {

    private final String origin;

    RecordBinding(String origin) {
        this.origin = origin;
    }

    <T extends Record> T document(Object document, Class<T> type) {
        if (document == null) {
            for (RecordComponent component : type.getRecordComponents()) {
                Required required = component.getAnnotation(Required.class);
                if (required != null) {
                    throw OperatorFile.problem(origin, "the file is empty", required.fix());
                }
            }
            return record(origin, Map.of(), type);
        }
        if (!(document instanceof Map<?, ?> keys)) {
            throw OperatorFile.problem(origin, "the file is not a mapping of keys to values",
                    "write one 'key: value' per line, with the keys " + String.join(", ", keys(type)) + ".");
        }
        return record(origin, keys, type);
    }

    private <T> T record(String place, Map<?, ?> fields, Class<T> type) {
        List<String> keys = keys(type);
        for (Object key : fields.keySet()) {
            if (!keys.contains(String.valueOf(key))) {
                throw OperatorFile.problem(place, "unknown key '" + key + "'",
                        "use only " + String.join(", ", keys) + ".");
            }
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String key = key(components[i]);
            values[i] = value(place, key, fields.get(key), components[i].getGenericType());
            Required required = components[i].getAnnotation(Required.class);
            if (required != null && isEmpty(values[i])) {
                throw OperatorFile.problem(place, "'" + key + "' is missing", required.fix());
            }
        }
        return construct(type, components, values);
    }

    /** An absent list or map is empty, an absent record has only absent keys, any other absent value is null. */
    private Object value(String place, String key, Object raw, Type type) {
        Class<?> target = erasure(type);
        if (target == List.class) {
            return raw == null ? List.of() : list(place, key, raw, argument(type, 0));
        }
        if (target == Map.class) {
            return raw == null ? Map.of() : map(place, key, raw, argument(type, 0), argument(type, 1));
        }
        if (target.isRecord()) {
            return record(place + ": " + key, raw == null ? Map.of() : mapping(place, key, raw), target);
        }
        String text = raw == null ? null : text(place, key, raw);
        if (text == null) {
            return null;
        }
        if (target == String.class) {
            return text;
        }
        if (target == Integer.class) {
            if (raw instanceof Integer number) {
                return number;
            }
            throw OperatorFile.problem(place, "'" + key + "' must be a whole number", "write e.g. " + key + ": 1.");
        }
        if (target == LocalDate.class) {
            return date(place, key + " ", text);
        }
        if (target.isEnum()) {
            return constant(place, key, text, target);
        }
        throw new IllegalArgumentException("an operator file cannot hold a " + type + " (" + key + ")");
    }

    private String text(String place, String key, Object raw) {
        if (raw instanceof Map || raw instanceof List) {
            throw OperatorFile.problem(place, "'" + key + "' must be a text, not a "
                    + (raw instanceof Map ? "mapping" : "list"),
                    "write " + key + ": followed by its value on one line.");
        }
        String text = String.valueOf(raw).strip();
        return text.isEmpty() ? null : text;
    }

    private static LocalDate date(String place, String label, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw OperatorFile.problem(place, label + "'" + text + "' is not a date",
                    "write it as YYYY-MM-DD, e.g. 2026-12-31.");
        }
    }

    private static Object constant(String place, String label, String text, Class<?> type) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw OperatorFile.problem(place, "unknown " + label + " '" + text + "'",
                "use one of " + Arrays.toString(type.getEnumConstants()) + ".");
    }

    private Map<?, ?> mapping(String place, String key, Object raw) {
        if (raw instanceof Map<?, ?> map) {
            return map;
        }
        throw OperatorFile.problem(place, "'" + key + "' must be a mapping",
                "write " + key + ": followed by indented 'name: value' lines.");
    }

    private Map<Object, Object> map(String place, String key, Object raw, Type keyType, Type valueType) {
        String inner = place + ": " + key;
        Class<?> keyClass = erasure(keyType);
        Map<Object, Object> bound = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : mapping(place, key, raw).entrySet()) {
            String name = String.valueOf(entry.getKey()).strip();
            Object boundKey = keyClass == LocalDate.class ? date(inner, "", name)
                    : keyClass.isEnum() ? constant(inner, words(keyClass), name, keyClass)
                    : name;
            bound.put(boundKey, value(inner, name, entry.getValue(), valueType));
        }
        return Collections.unmodifiableMap(bound);
    }

    private List<Object> list(String place, String key, Object raw, Type elementType) {
        if (erasure(elementType) == Located.class) {
            return entries(place, key, raw, erasure(argument(elementType, 0)));
        }
        if (raw instanceof Map) {
            throw OperatorFile.problem(place, "'" + key + "' must be a list", "write " + key + ": [a, b].");
        }
        List<Object> texts = new ArrayList<>();
        for (Object item : raw instanceof List<?> items ? items : List.of(raw)) {
            if (item == null || item instanceof Map || item instanceof List || String.valueOf(item).isBlank()) {
                throw OperatorFile.problem(place, "'" + key + "' has an empty or non-text entry",
                        "write plain text, e.g. " + key + ": [a, b].");
            }
            texts.add(String.valueOf(item).strip());
        }
        return List.copyOf(texts);
    }

    private List<Object> entries(String place, String key, Object raw, Class<?> type) {
        Entry entry = type.getAnnotation(Entry.class);
        if (!(raw instanceof List<?> items)) {
            throw OperatorFile.problem(place, "'" + key + "' must be a list",
                    "start each entry with '- " + entry.namedBy() + ": …'.");
        }
        List<Object> located = new ArrayList<>();
        for (Object item : items) {
            String where = place + ": " + entry.noun() + " #" + (located.size() + 1);
            if (!(item instanceof Map<?, ?> fields)) {
                throw OperatorFile.problem(where, "not a mapping",
                        "write '- " + entry.namedBy() + ": …' followed by its fields.");
            }
            Object name = fields.get(entry.namedBy());
            String text = name == null ? null : text(where, entry.namedBy(), name);
            if (text == null) {
                throw OperatorFile.problem(where, "'" + entry.namedBy() + "' is missing", namingFix(type, entry));
            }
            where += " '" + text + "'";
            located.add(new Located<>(record(where, fields, type), where));
        }
        return List.copyOf(located);
    }

    private static String namingFix(Class<?> type, Entry entry) {
        return Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals(entry.namedBy()))
                .map(c -> c.getAnnotation(Required.class).fix()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type + " has no component " + entry.namedBy()));
    }

    private static <T> T construct(Class<T> type, RecordComponent[] components, Object[] values) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("cannot build " + type.getName(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof Collection<?> c && c.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty();
    }

    /** The keys of a record's components, in kebab case, sorted. */
    private static List<String> keys(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordBinding::key).sorted().toList();
    }

    private static String key(RecordComponent component) {
        return component.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** "FindingCode" → "finding code". */
    private static String words(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static Class<?> erasure(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
                : (Class<?>) type;
    }

    private static Type argument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }
}
