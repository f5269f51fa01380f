package vn.mailcompliance.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import vn.mailcompliance.testsupport.DovecotServer;
import vn.mailcompliance.testsupport.MariaDbDatabase;
import vn.mailcompliance.testsupport.SlapdServer;

/**
 * What a monthly-job IT runs on, started before the class's Spring context and stopped after the class: a private
 * MariaDB database for the product, a private Dovecot holding the scanned mailboxes, a work folder for the reports
 * (and the roster), and, where the IT reads a real directory, a private slapd of an LDAP kind or an iRedMail
 * {@code vmail} database. The class's own {@code @DynamicPropertySource} passes its registry to
 * {@link #registerSpringProperties} and adds what only it sets; a test method takes the {@link MonthlyJob} as a
 * parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static MonthlyJobEnvironment environment = new MonthlyJobEnvironment("monthly").scanning(ADDRESSES);
 *
 * @DynamicPropertySource
 * static void settings(DynamicPropertyRegistry registry) {
 *     environment.registerSpringProperties(registry);
 * }
 *
 * @Test
 * void monthlyRunCompletes(MonthlyJob monthly) throws Exception {
 *     assertThat(monthly.start("2026-10").getStatus()).isEqualTo(BatchStatus.COMPLETED);
 * }
 * }</pre>
 */
final class MonthlyJobEnvironment implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private final MariaDbDatabase product;
    private final DovecotServer dovecot;
    private final Path work;
    private final List<String> mailboxes = new ArrayList<>();
    private SlapdServer ldap;
    private String ldapKind;
    private MariaDbDatabase vmail;
    private String[] vmailSchema;
    private String[] vmailRows;
    private String roster;

    /** @param label a readable part of the product database's name */
    MonthlyJobEnvironment(String label) {
        this(label, new DovecotServer());
    }

    /** @param dovecot a Dovecot built with the options the IT needs (shared namespace, ManageSieve …) */
    MonthlyJobEnvironment(String label, DovecotServer dovecot) {
        this.product = new MariaDbDatabase(label);
        this.dovecot = dovecot;
        try {
            this.work = Files.createTempDirectory(label + "-monthly-");
            Files.createDirectory(work.resolve("reports"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mailboxes Dovecot holds, so that the job can scan them. */
    MonthlyJobEnvironment scanning(Collection<String> addresses) {
        mailboxes.addAll(addresses);
        return this;
    }

    /** The directory is this slapd, read as {@code compliance.directory.kind} {@code kind}. */
    MonthlyJobEnvironment onLdap(SlapdServer slapd, String kind) {
        this.ldap = slapd;
        this.ldapKind = kind;
        return this;
    }

    /** The directory is an iRedMail {@code vmail} database on MariaDB: its tables, then the rows of the ministry. */
    MonthlyJobEnvironment onIRedMail(String[] schema, String... rows) {
        this.vmail = new MariaDbDatabase("vmail");
        this.vmailSchema = schema;
        this.vmailRows = rows;
        return this;
    }

    /** The HR roster ({@code compliance.directory.roster}), as CSV. */
    MonthlyJobEnvironment withRoster(String csv) {
        this.roster = csv;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        product.create();
        if (vmail != null) {
            vmail.create();
            vmail.execute(vmailSchema);
            vmail.execute(vmailRows);
        }
        if (ldap != null) {
            ldap.start();
        }
        if (roster != null) {
            Files.writeString(work.resolve("roster.csv"), roster, StandardCharsets.UTF_8);
        }
        dovecot.start();
        mailboxes.forEach(dovecot::addUser);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        dovecot.close();
        if (ldap != null) {
            ldap.close();
        }
        if (vmail != null) {
            vmail.close();
        }
        product.close();
    }

    /**
     * Points the application at the product database, Dovecot (master user, one attempt per mailbox), the directory
     * and the roster, and writes the reports under the work folder.
     */
    void registerSpringProperties(DynamicPropertyRegistry registry) {
        product.registerSpringProperties(registry);
        dovecot.registerSpringProperties(registry);
        registry.add("compliance.imap.retry.attempts", () -> 1);
        registry.add("compliance.report.dir", () -> reports().toString());
        if (ldap != null) {
            ldap.registerSpringProperties(registry, ldapKind);
        }
        if (vmail != null) {
            registry.add("compliance.directory.kind", () -> "iredmail");
            registry.add("compliance.directory.url", vmail::jdbcUrl);
            registry.add("compliance.directory.username", vmail::username);
            registry.add("compliance.directory.password", vmail::password);
        }
        if (ldap != null || vmail != null) {
            registry.add("compliance.organization.domains", () -> "most.gov.vn");
        }
        if (roster != null) {
            registry.add("compliance.directory.roster", () -> work.resolve("roster.csv").toString());
        }
    }

    DovecotServer dovecot() {
        return dovecot;
    }

    Path reports() {
        return work.resolve("reports");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == MonthlyJob.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        return new MonthlyJob(application.getBean(JobOperator.class),
                application.getBean("monthlyComplianceJob", Job.class), reports());
    }
}
