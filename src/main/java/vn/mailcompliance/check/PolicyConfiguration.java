package vn.mailcompliance.check;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.mailcompliance.ComplianceProperties;

@Configuration
class PolicyConfiguration {

    @Bean
    Policy policy(ComplianceProperties settings) {
        return new Policy(settings.zone(), settings.organization());
    }
}
