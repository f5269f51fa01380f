package vn.mailcompliance.cli;

import java.util.Map;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import vn.mailcompliance.monitor.ServeOnlyAutoConfigurations;

/**
 * {@code serve} alone runs a web server, for health and metrics only: on {@code management.server.address} (default
 * 127.0.0.1, this machine only) and {@code management.server.port} (default 9464).
 */
class ServeManagement implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("serve-management", Map.of(
                ServeOnlyAutoConfigurations.SERVING, "true",
                "spring.main.web-application-type", "servlet",
                // no application server: only the management server, on its own port and address
                "server.port", "-1")));
    }
}
