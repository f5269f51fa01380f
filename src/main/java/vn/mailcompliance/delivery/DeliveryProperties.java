package vn.mailcompliance.delivery;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;

/**
 * Mailing the monthly workbooks, through the SMTP server of {@code spring.mail.*}: the organisation's to leadership,
 * each unit's to its leader.
 *
 * @param enabled whether the monthly job mails the workbooks
 * @param from    the sender address (the IT center's unit mailbox, typically)
 * @param to      leadership: the recipients of the organisation's workbook
 * @param leaders unit code to the unit leader's address, for units whose leader the HR roster
 *                ({@code leader_email}) does not name
 */
@ConfigurationProperties("compliance.delivery")
@Validated
record DeliveryProperties(
        @DefaultValue("false") boolean enabled,
        @Email(message = "must be a mail address, e.g. cntt@most.gov.vn") String from,
        @DefaultValue List<@Email(message = "must hold mail addresses, e.g. [lanhdao@most.gov.vn]") String> to,
        @DefaultValue Map<String, @Email(message = "must be the unit leader's mail address") String> leaders) {

    @AssertTrue(message = "compliance.delivery.enabled=true needs compliance.delivery.from and compliance.delivery.to "
            + "(the sender and the recipients of the monthly workbook)")
    boolean isAddressedWhenEnabled() {
        return !enabled || from != null && !from.isBlank() && to != null && !to.isEmpty();
    }

    /** The leader's address the settings give for a unit, whatever the case of its code. */
    String leaderOf(String unitCode) {
        return leaders.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(unitCode))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
