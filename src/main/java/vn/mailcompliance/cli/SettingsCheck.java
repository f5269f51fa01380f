package vn.mailcompliance.cli;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Checks every setting before anything starts, so that a wrong setting stops the run with exit status 2, names the
 * key, and writes nothing (no database migration, no job repository row).
 */
class SettingsCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final String BASE_PACKAGE = "vn.mailcompliance";

    /** The commands that scan mailboxes, and so need the broker when the scan is remote. */
    private static final Set<Command> SCANS = EnumSet.of(Command.MONTHLY, Command.SERVE, Command.WORKER);

    private final Command command;

    SettingsCheck(Command command) {
        this.command = command;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        Binder binder = Binder.get(environment);
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        for (var candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), getClass().getClassLoader());
            ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
            String prefix = annotation.value().isEmpty() ? annotation.prefix() : annotation.value();
            try {
                binder.bindOrCreate(prefix, Bindable.of(type));
            } catch (BindException e) {
                throw new UsageException(describe(e));
            }
        }
        // 'audit' reads only the product's database: an auditor works from a copy of it, with no mail server.
        boolean databaseOnly = command == Command.AUDIT;
        if (command != Command.DEMO && !databaseOnly && isBlank(environment.getProperty("compliance.imap.host"))) {
            throw new UsageException("""
                    No mail server is configured for '%s': set compliance.imap.host (and compliance.imap.master-user, \
                    compliance.imap.master-password, compliance.directory.url, spring.datasource.url) in \
                    jobs/compliance.yml, the environment or the command line. To see the product on its embedded \
                    demo ministry instead, run 'demo'.""".formatted(command.word()));
        }
        if (command == Command.WORKER
                && !environment.getProperty("compliance.scan.remote.enabled", Boolean.class, false)) {
            throw new UsageException("""
                    'worker' runs partitions of a remote mailbox scan: set compliance.scan.remote.enabled=true (and \
                    spring.rabbitmq.host, spring.rabbitmq.username, spring.rabbitmq.password for the broker) in \
                    jobs/compliance.yml, the environment or the command line, on the workers and on the machine \
                    that runs 'monthly'.""");
        }
        if (command != Command.DEMO) {
            Reachability.requireDatabase("spring.datasource.url", environment.getProperty("spring.datasource.url"));
        }
        if (command != Command.DEMO && !databaseOnly) {
            Reachability.requireDatabase("compliance.directory.url",
                    environment.getProperty("compliance.directory.url"));
            Reachability.requireDirectory(environment.getProperty("compliance.directory.url"),
                    environment.getProperty("compliance.directory.base-dn"));
            Reachability.requireImap(environment.getProperty("compliance.imap.host"),
                    environment.getProperty("compliance.imap.port", Integer.class, 993));
        }
        if (SCANS.contains(command) && environment.getProperty("compliance.scan.remote.enabled", Boolean.class, false)
                && isBlank(environment.getProperty("spring.rabbitmq.addresses"))) {
            Reachability.requireBroker(environment.getProperty("spring.rabbitmq.host", "localhost"),
                    environment.getProperty("spring.rabbitmq.port", Integer.class, 5672));
        }
    }

    static String describe(BindException e) {
        ConfigurationProperty property = e.getProperty();
        String key = property != null ? property.getName().toString() : e.getName().toString();
        String value = property == null ? "" : " = '" + (key.contains("password") ? "******" : property.getValue())
                + "'";
        String origin = property != null && property.getOrigin() != null ? " (" + property.getOrigin() + ")" : "";
        String reason = e.getCause() != null ? StartupFailure.rootMessage(e.getCause()) : e.getMessage();
        return "Setting '" + key + "'" + value + origin + " is not valid: " + reason
                + ". Fix it in jobs/compliance.yml, the environment or the command line.";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
