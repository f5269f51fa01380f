package vn.mailcompliance.cli;

import java.io.PrintStream;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.mailcompliance.MailboxComplianceApplication;
import vn.mailcompliance.demo.DemoEnvironment;

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
        try {
            if (invocation.command() == Command.DEMO) {
                try (DemoEnvironment demo = DemoEnvironment.start(out)) {
                    return runSpring(invocation, out, err, demo);
                }
            }
            return runSpring(invocation, out, err, null);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return USAGE;
        } catch (RuntimeException e) {
            StartupFailure failure = StartupFailure.explain(e);
            err.println(failure.message());
            return failure.configuration() ? USAGE : FAILED;
        }
    }

    private static int runSpring(Invocation invocation, PrintStream out, PrintStream err, DemoEnvironment demo) {
        SpringApplication application = new SpringApplication(MailboxComplianceApplication.class);
        application.addListeners(new SettingsCheck(invocation.command()));
        if (invocation.command() == Command.SERVE) {
            application.addListeners(new ServeManagement());
            // serve stops its running job itself before the JVM ends (JobSchedule); Boot's hook would close the
            // database under it
            application.setRegisterShutdownHook(false);
        }
        if (demo != null) {
            application.addInitializers(context -> context.getEnvironment().getPropertySources()
                    .addFirst(demo.propertySource()));
        }
        try (ConfigurableApplicationContext context = application.run(invocation.settings().toArray(String[]::new))) {
            return context.getBean(JobRunner.class).run(invocation, out, err);
        }
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
