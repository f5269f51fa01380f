package vn.mailcompliance.delivery;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mailing the monthly workbook to leadership, through the SMTP server of {@code spring.mail.*}.
 *
 * @param enabled whether the monthly job mails the workbook
 * @param from    the sender address (the IT center's unit mailbox, typically)
 * @param to      the recipients
 */
@ConfigurationProperties("compliance.delivery")
record DeliveryProperties(
        @DefaultValue("false") boolean enabled,
        String from,
        @DefaultValue List<String> to) {
}
