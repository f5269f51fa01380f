package vn.mailcompliance.cli;

import java.io.PrintStream;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

import vn.mailcompliance.demo.DemoEnvironment;

/**
 * Starts the embedded demo once the settings passed {@link SettingsCheck} (registered after it), so that a wrong
 * setting is reported before the demo prints its banner or writes under {@code data/demo}.
 */
final class DemoStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, AutoCloseable {

    private final PrintStream out;
    private DemoEnvironment demo;

    DemoStart(PrintStream out) {
        this.out = out;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        demo = DemoEnvironment.start(out);
        event.getEnvironment().getPropertySources().addFirst(demo.propertySource());
    }

    @Override
    public void close() {
        if (demo != null) {
            demo.close();
        }
    }
}
