package vn.mailcompliance.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ServeOnlyAutoConfigurationsTest {

    private static final String[] CANDIDATES = {
            "org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus."
                    + "PrometheusMetricsExportAutoConfiguration",
            "org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration",
            "org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration",
            null};

    private static boolean[] match(MockEnvironment environment) {
        ServeOnlyAutoConfigurations filter = new ServeOnlyAutoConfigurations();
        filter.setEnvironment(environment);
        return filter.match(CANDIDATES, null);
    }

    @Test
    void cronCommandsStartWithoutActuatorMetricsOrWebServer() {
        assertThat(match(new MockEnvironment())).containsExactly(false, false, false, true, true, true);
    }

    @Test
    void serveStartsThemAll() {
        assertThat(match(new MockEnvironment().withProperty(ServeOnlyAutoConfigurations.SERVING, "true")))
                .containsExactly(true, true, true, true, true, true);
    }
}
