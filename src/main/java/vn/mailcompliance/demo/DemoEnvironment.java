package vn.mailcompliance.demo;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * The embedded environment of the {@code demo} command: an H2 database under {@code data/demo} and an in-JVM IMAP
 * server seeded with a demo ministry. It is only ever started by {@code demo}.
 */
public final class DemoEnvironment implements AutoCloseable {

    private final Map<String, Object> properties;

    private DemoEnvironment(Map<String, Object> properties) {
        this.properties = properties;
    }

    public static DemoEnvironment start(PrintStream out) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url",
                "jdbc:h2:file:./data/demo/mailbox-compliance;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                        + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE");
        return new DemoEnvironment(properties);
    }

    public PropertySource<?> propertySource() {
        return new MapPropertySource("demo", properties);
    }

    @Override
    public void close() {
    }
}
