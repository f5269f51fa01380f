package vn.mailcompliance.cli;

import java.io.PrintStream;
import java.util.Locale;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;


/**
 * The command line of DESIGN §4. Exit status: 0 done, 1 the job failed, 2 usage or configuration error (nothing
 * written).
 */
public final class CommandLine {

    public static final int DONE = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private CommandLine() {
    }

    public static int run(String... args) {
        return run(System.out, System.err, args);
    }

    static int run(PrintStream out, PrintStream err, String... args) {
        Invocation invocation;
        try {
            invocation = Invocation.parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return USAGE;
        }
        if (invocation.help()) {
            out.println(args.length == 1 || invocation.command() == Command.DEMO && !containsCommand(args)
                    ? Command.overview() : invocation.command().help());
            return DONE;
        }
        if (invocation.version()) {
            out.println(version());
            return DONE;
        }
        invocation.secretsOnTheCommandLine().forEach(key -> err.println("Warning: " + key + " is given on the command "
                + "line, where every user of this machine can read it (ps). Set it in the environment ("
                + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_')
                + ") or in a secrets file outside the repository (--spring.config.import=file:/etc/mailbox-compliance/"
                + "secrets.yml)."));
        try {
            return runSpring(invocation, out, err);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return USAGE;
        } catch (RuntimeException e) {
            StartupFailure failure = StartupFailure.explain(e);
            err.println(failure.message());
            return failure.configuration() ? USAGE : FAILED;
        }
    }

    private static int runSpring(Invocation invocation, PrintStream out, PrintStream err) {
        SpringApplication application = new SpringApplication(MailboxComplianceApplication.class);
        application.addListeners(new SettingsCheck(invocation.command()));
        // daily is started by cron on every working day and uses a small part of the application: create only that
        // (its job, the directory sync, the unread reader), not the monthly and audit jobs, reports and remote scan.
        application.setLazyInitialization(invocation.command() == Command.DAILY);
        if (invocation.command() == Command.SERVE) {
            application.addListeners(new ServeManagement());
            // serve stops its running job itself before the JVM ends (JobSchedule); Boot's hook would close the
            // database under it
            application.setRegisterShutdownHook(false);
        }
        try (DemoStart demo = new DemoStart(out)) {
            if (invocation.command() == Command.DEMO) {
                application.addListeners(demo);
            }
            try (ConfigurableApplicationContext context =
                         application.run(invocation.settings().toArray(String[]::new))) {
                return context.getBean(JobRunner.class).run(invocation, out, err);
            }
        }
    }

    private static String version() {
        String version = CommandLine.class.getPackage().getImplementationVersion();
        return "mailbox-compliance " + (version == null ? "(development build)" : version);
    }

    private static boolean containsCommand(String[] args) {
        for (String arg : args) {
            if (arg.equals("demo")) {
                return true;
            }
        }
        return false;
    }
}
