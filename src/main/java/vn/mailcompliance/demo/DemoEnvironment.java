package vn.mailcompliance.demo;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * The embedded environment of the {@code demo} command: the product's H2 database under {@code data/demo}, the demo
 * ministry's iRedMail {@code vmail} database (H2 in MySQL mode) with its HR roster, and an in-JVM IMAP server seeded
 * with the ministry's mail. The jobs see an ordinary iRedMail directory and IMAP server. The ministry is the same on
 * every start; its dates are relative to the previous month in Asia/Ho_Chi_Minh. It is only ever started by
 * {@code demo}.
 */
public final class DemoEnvironment implements AutoCloseable {

    static final String MASTER_USER = "auditor";
    private static final String H2_MYSQL = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";

    private final Map<String, Object> properties;
    private final DemoMailServer mailServer;

    private DemoEnvironment(Map<String, Object> properties, DemoMailServer mailServer) {
        this.properties = properties;
        this.mailServer = mailServer;
    }

    public static DemoEnvironment start(PrintStream out) {
        return start(out, Path.of(""));
    }

    static DemoEnvironment start(PrintStream out, Path baseDir) {
        return start(out, baseDir, Clock.systemUTC());
    }

    static DemoEnvironment start(PrintStream out, Path baseDir, Clock clock) {
        Path dir = baseDir.toAbsolutePath().resolve("data").resolve("demo");
        YearMonth period = YearMonth.now(clock.withZone(DemoMinistry.ZONE)).minusMonths(1);
        DemoMinistry ministry = DemoMinistry.of(period);
        String vmailUrl = "jdbc:h2:file:" + dir.resolve("vmail") + H2_MYSQL;
        VmailDatabase.write(vmailUrl, ministry);
        Path roster = dir.resolve("roster.csv");
        DemoRoster.write(roster, ministry);
        String masterPassword = randomPassword();
        DemoMailServer mailServer = DemoMailServer.start(ministry, MASTER_USER, masterPassword);

        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url",
                "jdbc:h2:file:" + dir.resolve("mailbox-compliance") + H2_MYSQL + ";NON_KEYWORDS=VALUE");
        properties.put("compliance.organization.name", DemoMinistry.ORGANIZATION);
        properties.put("compliance.organization.domains", DemoMinistry.DOMAIN);
        properties.put("compliance.directory.kind", "iredmail");
        properties.put("compliance.directory.url", vmailUrl);
        properties.put("compliance.directory.username", VmailDatabase.USER);
        properties.put("compliance.directory.password", "");
        properties.put("compliance.directory.roster", roster.toString());
        properties.put("compliance.imap.host", DemoMailServer.HOST);
        properties.put("compliance.imap.port", mailServer.port());
        properties.put("compliance.imap.security", "none");
        properties.put("compliance.imap.master-user", MASTER_USER);
        properties.put("compliance.imap.master-password", masterPassword);
        properties.put("compliance.imap.login", "separator");
        DemoSentMail sentMail = DemoSentMail.of(ministry);
        // GreenMail has no ManageSieve: the rules are read from files, as a deployment with sieve.source file does.
        properties.put("compliance.sieve.source", "file");
        properties.put("compliance.sieve.active-script", DemoSieve.write(dir.resolve("sieve"), sentMail) + "/%u.sieve");
        out.printf("Demo environment: %s (%s), %d units, %d mailboxes and %d group addresses (%d accounts) in an "
                        + "iRedMail database under %s, IMAP on %s:%d, period %s%n", DemoMinistry.ORGANIZATION,
                DemoMinistry.DOMAIN, ministry.units().size(), ministry.mailboxes().size(), ministry.groups().size(),
                ministry.mailboxes().size() + ministry.groups().size(), dir, DemoMailServer.HOST, mailServer.port(),
                period);
        return new DemoEnvironment(properties, mailServer);
    }

    public PropertySource<?> propertySource() {
        return new MapPropertySource("demo", properties);
    }

    @Override
    public void close() {
        mailServer.close();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
