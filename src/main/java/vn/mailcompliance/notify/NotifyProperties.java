package vn.mailcompliance.notify;

import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminders sent before a breach ({@code compliance.notify}): expiring or never-changed passwords to their owners,
 * overdue unread unit mail to the unit's leader.
 *
 * @param enabled           whether {@code serve} sends reminders on {@code compliance.schedule.notify}
 * @param from              the sender address (the IT center's mailbox)
 * @param locale            the language of the reminders, {@code vi} or {@code en}
 * @param signature         the signature under every reminder (the IT center's name and contact)
 * @param passwordChangeUrl where users change their password
 * @param templates         the folder of the reminder templates
 * @param repeatAfter       a reminder for the same reason is not sent again within this period
 * @param rate              at most this many mails per minute
 * @param optOut            addresses or glob patterns that never receive a reminder
 * @param unitLeaders       unit code to the unit leader's address, for units whose roster row names none
 */
@ConfigurationProperties("compliance.notify")
public record NotifyProperties(
        @DefaultValue("false") boolean enabled,
        String from,
        @DefaultValue("vi") String locale,
        @DefaultValue("") String signature,
        @DefaultValue("") String passwordChangeUrl,
        @DefaultValue("jobs/templates") Path templates,
        @DefaultValue("P7D") Period repeatAfter,
        @DefaultValue("30") int rate,
        @DefaultValue List<String> optOut,
        @DefaultValue Map<String, String> unitLeaders) {

    public NotifyProperties {
        if (!locale.equals("vi") && !locale.equals("en")) {
            throw new IllegalArgumentException("compliance.notify.locale '" + locale + "' is neither vi nor en");
        }
        if (rate < 1) {
            throw new IllegalArgumentException("compliance.notify.rate must be at least 1 mail per minute, not "
                    + rate);
        }
        if (repeatAfter.isNegative()) {
            throw new IllegalArgumentException("compliance.notify.repeat-after must not be negative");
        }
        optOut = List.copyOf(optOut);
        unitLeaders = Map.copyOf(unitLeaders);
    }

    Locale language() {
        return Locale.forLanguageTag(locale);
    }
}
