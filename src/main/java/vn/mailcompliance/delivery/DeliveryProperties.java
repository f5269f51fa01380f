package vn.mailcompliance.delivery;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;

/**
 * Mailing the monthly workbook to leadership, through the SMTP server of {@code spring.mail.*}.
 *
 * @param enabled whether the monthly job mails the workbook
 * @param from    the sender address (the IT center's unit mailbox, typically)
 * @param to      the recipients
 */
@ConfigurationProperties("compliance.delivery")
@Validated
record DeliveryProperties(
        @DefaultValue("false") boolean enabled,
        @Email(message = "must be a mail address, e.g. cntt@most.gov.vn") String from,
        @DefaultValue List<@Email(message = "must hold mail addresses, e.g. [lanhdao@most.gov.vn]") String> to) {

    @AssertTrue(message = "compliance.delivery.enabled=true needs compliance.delivery.from and compliance.delivery.to "
            + "(the sender and the recipients of the monthly workbook)")
    boolean isAddressedWhenEnabled() {
        return !enabled || from != null && !from.isBlank() && to != null && !to.isEmpty();
    }
}
