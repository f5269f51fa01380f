package vn.mailcompliance.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import vn.mailcompliance.job.ConnectionPoolSize;

/**
 * Checks every setting before anything starts, so that a wrong setting stops the run with exit status 2, names the
 * key, and writes nothing (no database migration, no job repository row). Every {@code @ConfigurationProperties}
 * record of the product is bound and validated against the Bean Validation constraints it declares on its own
 * components (see {@code vn.mailcompliance.settings}); a record joins by declaring them, nothing here names it.
 */
class SettingsCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final String BASE_PACKAGE = "vn.mailcompliance";

    /** The commands that scan mailboxes, and so need the broker when the scan is remote. */
    private static final Set<Command> SCANS = EnumSet.of(Command.MONTHLY, Command.SERVE, Command.WORKER);
    private static final Set<Command> READS_MAILBOXES =
            EnumSet.of(Command.MONTHLY, Command.DAILY, Command.SERVE, Command.WORKER);
    private static final Set<Command> WRITES_REPORTS =
            EnumSet.of(Command.DEMO, Command.MONTHLY, Command.AUDIT, Command.SERVE);
    /** The start of application.yml's default, the embedded database under data/. */
    private static final String BUILT_IN_DATABASE = "jdbc:h2:file:./data/mailbox-compliance";

    /** The commands that read only the product's database: no mail server or directory is needed. */
    private static final Set<Command> DATABASE_ONLY = EnumSet.of(Command.STATUS, Command.NOTIFY, Command.AUDIT);

    private final Command command;

    SettingsCheck(Command command) {
        this.command = command;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        bindAndValidateEverySettingsRecord(Binder.get(environment));
        boolean readsMail = command != Command.DEMO && !DATABASE_ONLY.contains(command) && !directoryOnly(environment);
        if (readsMail && isBlank(environment.getProperty("compliance.imap.host"))) {
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
        if (command != Command.DEMO && !DATABASE_ONLY.contains(command)) {
            Reachability.requireDatabase("compliance.directory.url",
                    environment.getProperty("compliance.directory.url"));
            Reachability.requireDirectory(environment.getProperty("compliance.directory.url"),
                    environment.getProperty("compliance.directory.base-dn"));
        }
        if (readsMail) {
            Reachability.requireImap(environment.getProperty("compliance.imap.host"),
                    environment.getProperty("compliance.imap.port", Integer.class, 993));
        }
        if (SCANS.contains(command) && environment.getProperty("compliance.scan.remote.enabled", Boolean.class, false)
                && isBlank(environment.getProperty("spring.rabbitmq.addresses"))) {
            Reachability.requireBroker(environment.getProperty("spring.rabbitmq.host", "localhost"),
                    environment.getProperty("spring.rabbitmq.port", Integer.class, 5672));
        }
        if (command != Command.DEMO) {
            requireOwnDatabase(environment.getProperty("spring.datasource.url"));
        }
        if (readsMail && READS_MAILBOXES.contains(command)
                && isBlank(environment.getProperty("compliance.imap.master-password"))) {
            throw new UsageException("Setting 'compliance.imap.master-password' is not set: '" + command.word()
                    + "' reads mailboxes with the auditor's credential. Set it in the environment "
                    + "(COMPLIANCE_IMAP_MASTER_PASSWORD) or a secrets file outside the repository "
                    + "(--spring.config.import=file:/etc/mailbox-compliance/secrets.yml).");
        }
        requireConnectionPool(environment);
        if (WRITES_REPORTS.contains(command)) {
            requireWritableReportDirectory(environment.getProperty("compliance.report.dir", "reports"));
        }
    }

    /** The built-in database is the demo's: a real command on it would start an empty product under data/. */
    private void requireOwnDatabase(String url) {
        if (url != null && url.startsWith(BUILT_IN_DATABASE)) {
            throw new UsageException("Setting 'spring.datasource.url' is the built-in demo database (" + BUILT_IN_DATABASE
                    + "…): set it to the product's MySQL/MariaDB database for '" + command.word()
                    + "', e.g. jdbc:mysql://db.example.vn:3306/compliance, in jobs/compliance.yml, the environment "
                    + "or the command line. To see the product on its embedded demo ministry instead, run 'demo'.");
        }
    }

    private static void requireConnectionPool(ConfigurableEnvironment environment) {
        Integer pool = environment.getProperty(ConnectionPoolSize.KEY, Integer.class);
        int threads = environment.getProperty(ConnectionPoolSize.THREADS, Integer.class, 4);
        if (pool != null && pool < ConnectionPoolSize.needed(threads)) {
            throw new UsageException("Setting '" + ConnectionPoolSize.KEY + "' = '" + pool + "' is too small for "
                    + ConnectionPoolSize.THREADS + "=" + threads + ": set it to at least "
                    + ConnectionPoolSize.needed(threads) + ", or remove it and the pool is sized from the threads.");
        }
    }

    /** Checked without creating anything: the nearest existing folder on the way must be one this user can write. */
    static void requireWritableReportDirectory(String dir) {
        Path path = Path.of(dir).toAbsolutePath().normalize();
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        String problem = existing == null ? "no part of it exists"
                : !Files.isDirectory(existing) ? existing + " is a file, not a folder"
                : !Files.isWritable(existing) ? existing + " cannot be written by this user"
                : null;
        if (problem != null) {
            throw new UsageException("Setting 'compliance.report.dir' = '" + dir + "' is not a folder the reports can "
                    + "be written to: " + problem + ". Create it with write access for this user, or set "
                    + "compliance.report.dir to another folder.");
        }
    }

    private void bindAndValidateEverySettingsRecord(Binder binder) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
            SpringValidatorAdapter validator = new SpringValidatorAdapter(validation.getValidator());
            for (var candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
                Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), getClass().getClassLoader());
                ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
                String prefix = annotation.value().isEmpty() ? annotation.prefix() : annotation.value();
                try {
                    binder.bindOrCreate(prefix, Bindable.of(type), new ValidationBindHandler(validator));
                } catch (BindException e) {
                    throw new UsageException(describe(e));
                }
            }
        }
    }

    /**
     * A monthly run with {@code compliance.scan.enabled=false} reads the directory only: no IMAP server needed (nor
     * for {@code audit}, which reads only the product's database).
     */
    private boolean directoryOnly(ConfigurableEnvironment environment) {
        return command == Command.MONTHLY && !environment.getProperty("compliance.scan.enabled", Boolean.class, true);
    }

    static String describe(BindException e) {
        if (e.getCause() instanceof BindValidationException invalid) {
            return describe(invalid.getValidationErrors());
        }
        ConfigurationProperty property = e.getProperty();
        String key = property != null ? property.getName().toString() : e.getName().toString();
        String value = property == null ? "" : " = '" + (Invocation.isSecret(key) ? "******" : property.getValue())
                + "'";
        String origin = property != null && property.getOrigin() != null ? " (" + property.getOrigin() + ")" : "";
        String reason = e.getCause() != null ? StartupFailure.rootMessage(e.getCause()) : e.getMessage();
        return invalid(key, value + origin, reason);
    }

    /** The first violated constraint, in one line: the key, its value and origin, what it must be. */
    private static String describe(ValidationErrors errors) {
        Comparator<ObjectError> keysFirst = Comparator.comparing(error -> key(errors, error).isEmpty());
        ObjectError error = errors.getAllErrors().stream().sorted(keysFirst).findFirst().orElseThrow();
        Optional<ConfigurationPropertyName> name = key(errors, error);
        if (name.isEmpty()) {
            // a rule across keys (an @AssertTrue method): its message names them
            return invalid(errors.getName().toString(), "", error.getDefaultMessage());
        }
        String key = name.get().toString();
        ConfigurationProperty property = errors.getBoundProperties().stream()
                .filter(p -> p.getName().equals(name.get()) || name.get().isAncestorOf(p.getName()))
                .findFirst().orElse(null);
        Object rejected = property != null && name.get().equals(property.getName()) ? property.getValue()
                : ((FieldError) error).getRejectedValue();
        String value = Invocation.isSecret(key) ? "******" : String.valueOf(rejected);
        String origin = property != null && property.getOrigin() != null ? " (" + property.getOrigin() + ")"
                : " (the default)";
        return invalid(key, " = '" + value + "'" + origin, error.getDefaultMessage());
    }

    /** The key a constraint violation is about, when it is about one component of the record. */
    private static Optional<ConfigurationPropertyName> key(ValidationErrors errors, ObjectError error) {
        if (!(error instanceof FieldError field) || !isComponent(field)) {
            return Optional.empty();
        }
        return Optional.of(errors.getName().append(DataObjectPropertyName.toDashedForm(field.getField())));
    }

    /** A field error on a record component, rather than on a rule method such as {@code isWarningShorterThanMaxAge}. */
    private static boolean isComponent(FieldError field) {
        if (!field.contains(ConstraintViolation.class)) {
            return true;
        }
        Object bean = field.unwrap(ConstraintViolation.class).getLeafBean();
        String component = field.getField().split("[.\\[]", 2)[0];
        return bean == null || !bean.getClass().isRecord() || Arrays.stream(bean.getClass().getRecordComponents())
                .anyMatch(c -> c.getName().equals(component));
    }

    private static String invalid(String key, String valueAndOrigin, String reason) {
        String sentence = reason == null ? "" : reason.strip();
        if (sentence.endsWith(".")) {
            sentence = sentence.substring(0, sentence.length() - 1);
        }
        return "Setting '" + key + "'" + valueAndOrigin + " is not valid: " + sentence
                + ". Fix it in jobs/compliance.yml, the environment or the command line.";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
