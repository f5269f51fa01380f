package vn.mailcompliance.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mock.env.MockEnvironment;

class DirectoryHealthTest {

    @Test
    void anUnreachableDirectoryDatabaseIsDownWithoutThePasswordOfItsUrl() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("compliance.directory.url", "jdbc:nosuchdriver://mail.most.gov.vn/vmail?password=s3cret");

        Health health = new MonitoringConfiguration().directoryHealthIndicator(environment).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(String.valueOf(health.getDetails().get("error")))
                .contains("No suitable driver").contains("password=******").doesNotContain("s3cret");
    }
}
