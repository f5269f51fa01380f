package vn.mailcompliance.personaluse;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.mailcompliance.finding.Waivers;
import vn.mailcompliance.settings.ComplianceProperties;
import vn.mailcompliance.settings.OperatorFiles;

/**
 * The rules catalog, the classifier and the approved exceptions, read once at start: a broken rules or waivers file
 * stops the application with a message naming the file and the entry (exit status 2).
 */
@Configuration
class PersonalUseConfiguration {

    @Bean
    ServiceCatalog serviceCatalog(PersonalUseProperties settings) {
        return ServiceCatalog.load(OperatorFiles.open(settings.rules(), "jobs/personal-use-rules.yml"));
    }

    @Bean
    PersonalUseClassifier personalUseClassifier(ServiceCatalog catalog, PersonalUseProperties settings) {
        return new PersonalUseClassifier(catalog, settings.trustedAuthservIds());
    }

    /** The waivers of {@code compliance.waivers}; categories are checked against the personal-use categories. */
    @Bean
    Waivers waivers(ComplianceProperties settings) {
        if (!Files.exists(settings.waivers())) {
            return Waivers.empty();
        }
        Set<String> categories = Arrays.stream(Category.values()).map(Enum::name).collect(Collectors.toSet());
        return Waivers.load(settings.waivers(), categories);
    }
}
