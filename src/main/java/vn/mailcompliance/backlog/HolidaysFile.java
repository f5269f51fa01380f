package vn.mailcompliance.backlog;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;

/**
 * The operator-editable list of public holidays ({@code jobs/holidays.yml}): {@code holidays} and {@code make-up-days},
 * each a map from a date (YYYY-MM-DD) to what it is.
 */
record HolidaysFile(Set<LocalDate> holidays, Set<LocalDate> makeUpDays) {

    static HolidaysFile none() {
        return new HolidaysFile(Set.of(), Set.of());
    }

    static HolidaysFile read(Resource file) {
        if (!file.exists()) {
            throw new IllegalStateException("The holidays file " + file.getDescription() + " (setting "
                    + "compliance.calendar.holidays-file) does not exist: restore jobs/holidays.yml, point the setting "
                    + "to your own list, or set it empty to count weekends only.");
        }
        Binder binder;
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                    .load(file.getDescription(), file);
            binder = new Binder(ConfigurationPropertySources.from(sources));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The holidays file " + file + " (compliance.calendar.holidays-file) is "
                    + "not valid YAML: " + e.getMessage(), e);
        }
        return new HolidaysFile(dates(binder, "holidays", file), dates(binder, "make-up-days", file));
    }

    private static Set<LocalDate> dates(Binder binder, String key, Resource file) {
        Map<String, String> entries = binder.bind(key, Bindable.mapOf(String.class, String.class))
                .orElse(new LinkedHashMap<>());
        Set<LocalDate> dates = new HashSet<>();
        for (String day : entries.keySet()) {
            String cleaned = day.replace("[", "").replace("]", "");
            try {
                dates.add(LocalDate.parse(cleaned));
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("The holidays file " + file + " has '" + cleaned + "' under " + key
                        + ", which is not a date: write it as YYYY-MM-DD, e.g. 2026-09-02: Quốc khánh.");
            }
        }
        return dates;
    }
}
