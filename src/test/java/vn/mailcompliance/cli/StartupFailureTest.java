package vn.mailcompliance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;

import vn.mailcompliance.finding.Waivers;
import vn.mailcompliance.personaluse.ServiceCatalog;
import vn.mailcompliance.settings.OperatorFileException;

class StartupFailureTest {

    @Test
    void brokenRulesFileIsAConfigurationErrorNamingTheFile() {
        OperatorFileException broken = org.assertj.core.api.Assertions.catchThrowableOfType(OperatorFileException.class,
                () -> ServiceCatalog.parse(new StringReader("services: [}"), "jobs/personal-use-rules.yml"));

        StartupFailure failure = StartupFailure.explain(new BeanCreationException("serviceCatalog", "failed", broken));

        assertThat(failure.configuration()).isTrue();
        assertThat(failure.message()).startsWith("jobs/personal-use-rules.yml");
    }

    @Test
    void brokenWaiversFileIsAConfigurationErrorNamingTheEntry() {
        OperatorFileException broken = org.assertj.core.api.Assertions.catchThrowableOfType(
                OperatorFileException.class, () -> Waivers.parse(new StringReader(
                        "waivers:\n  - id: W-1\n    mailbox: a@most.gov.vn\n    code: PERSONAL_USE\n"),
                        "jobs/waivers.yml", null));

        StartupFailure failure = StartupFailure.explain(new BeanCreationException("waivers", "failed", broken));

        assertThat(failure.configuration()).isTrue();
        assertThat(failure.message()).contains("jobs/waivers.yml", "W-1", "reason");
    }
}
