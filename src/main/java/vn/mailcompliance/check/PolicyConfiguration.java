package vn.mailcompliance.check;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.mailcompliance.backlog.WorkingCalendar;
import vn.mailcompliance.settings.ComplianceProperties;

@Configuration
class PolicyConfiguration {

    @Bean
    Policy policy(ComplianceProperties settings, PasswordProperties password, InventoryProperties inventory,
                  WorkingCalendar calendar, SigningProperties signing) {
        return new Policy(settings.zone(), settings.organization(),
                new PasswordPolicy(password.maxAge(), password.warnBefore(), password.newAccountGrace(),
                        password.exempt()),
                Set.copyOf(inventory.freeWebmail()),
                new InventoryPolicy(inventory.leaverGrace(), inventory.unattendedAfter(), calendar),
                new Policy.SigningPolicy(signing.requiredFor(), signing.minShare()),
                inventory.freeWebmailThreshold());
    }
}
