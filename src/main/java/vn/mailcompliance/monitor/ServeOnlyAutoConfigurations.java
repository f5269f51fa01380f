package vn.mailcompliance.monitor;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Keeps Actuator, metrics and the web server out of every command but {@code serve} (the only one that runs a web
 * server, for health and metrics): {@code monthly} and {@code daily} run as cron processes and must start fast.
 */
public class ServeOnlyAutoConfigurations implements AutoConfigurationImportFilter, EnvironmentAware {

    /** Set by the {@code serve} command alone. */
    public static final String SERVING = "mailbox-compliance.serve";

    private static final String[] SERVE_ONLY = {".actuate.", ".health.", ".metrics.", ".micrometer.", ".observation.",
            ".tomcat.", ".webmvc.", ".servlet.", ".web.server."};

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean serving = environment.getProperty(SERVING, Boolean.class, false);
        boolean[] match = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            match[i] = serving || autoConfigurationClasses[i] == null || !serveOnly(autoConfigurationClasses[i]);
        }
        return match;
    }

    private static boolean serveOnly(String className) {
        for (String fragment : SERVE_ONLY) {
            if (className.contains(fragment)) {
                return true;
            }
        }
        return false;
    }
}
