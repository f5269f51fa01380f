package vn.mailcompliance.delivery;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
record DeliveryProperties(
        @DefaultValue("false") boolean enabled,
        String from,
        @DefaultValue List<String> to,
        @DefaultValue Map<String, String> leaders) {

    DeliveryProperties {
        leaders.forEach((unit, address) -> {
            if (address == null || !address.contains("@")) {
                throw new IllegalArgumentException("compliance.delivery.leaders." + unit + " '" + address
                        + "' is not a mail address: give the unit leader's address.");
            }
        });
    }

    /** The leader's address the settings give for a unit, whatever the case of its code. */
    String leaderOf(String unitCode) {
        return leaders.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(unitCode))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
