package vn.mailcompliance.notify;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import vn.mailcompliance.delivery.MailSigner;
import vn.mailcompliance.directory.AddressPatterns;
import vn.mailcompliance.settings.ComplianceProperties;

/**
 * Sends the reminders due ({@code notify}): skips the opted-out and those already reminded within
 * {@code repeat-after}, keeps to {@code rate} mails per minute, signs each mail when a signing key is set, records
 * every mail sent or refused, and goes on past a refused recipient.
 */
@Service
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final ReminderPlanner planner;
    private final ReminderTemplates templates;
    private final ReminderRepository repository;
    private final NotifyProperties settings;
    private final ComplianceProperties compliance;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailSigner signer;

    Notifier(ReminderPlanner planner, ReminderTemplates templates, ReminderRepository repository,
             NotifyProperties settings, ComplianceProperties compliance, ObjectProvider<JavaMailSender> mailSender,
             MailSigner signer) {
        this.planner = planner;
        this.templates = templates;
        this.repository = repository;
        this.settings = settings;
        this.compliance = compliance;
        this.mailSender = mailSender;
        this.signer = signer;
    }

    /**
     * Sends (or with {@code dryRun} only lists) the reminders due at the clock's instant, stopping between two mails
     * when {@code stopRequested} says so.
     *
     * @throws IllegalStateException when a setting the mail needs is missing (the key is named)
     */
    public NotifyOutcome run(Clock clock, boolean dryRun, PrintStream out, BooleanSupplier stopRequested)
            throws InterruptedException {
        ReminderTemplates.Compiled compiled = templates.compile();
        JavaMailSender sender = dryRun ? null : requireSender();
        if (!dryRun) {
            repository.lockRuns();
        }
        ReminderPlanner.Plan plan = planner.plan(clock);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), compliance.zone());
        Set<ReminderRepository.Key> alreadySent = repository.sentSince(now.minus(settings.repeatAfter()));
        AddressPatterns optOut = new AddressPatterns(settings.optOut());
        Pacer pacer = Pacer.perMinute(settings.rate());
        int sent = 0;
        int repeated = 0;
        int optedOut = 0;
        List<String> refused = new ArrayList<>();
        for (Reminder reminder : plan.reminders()) {
            if (optOut.matches(reminder.recipient())) {
                optedOut++;
                continue;
            }
            if (alreadySent.contains(ReminderRepository.Key.of(reminder))) {
                repeated++;
                continue;
            }
            RenderedMail mail = compiled.render(reminder.kind(), reminder.model());
            if (dryRun) {
                out.printf("  would send %-22s to %-40s %s%n", reminder.kind(), reminder.recipient(), mail.subject());
                sent++;
                continue;
            }
            pacer.awaitSlot();
            if (stopRequested.getAsBoolean()) {
                out.println("  stopped before every reminder was sent; the next run sends the rest");
                break;
            }
            try {
                sender.send(message(sender, reminder, mail));
                repository.record(reminder, ReminderRepository.SENT, null, mail.subject(),
                        LocalDateTime.ofInstant(clock.instant(), compliance.zone()));
                alreadySent.add(ReminderRepository.Key.of(reminder));
                out.printf("  sent %-22s to %-40s %s%n", reminder.kind(), reminder.recipient(), mail.subject());
                sent++;
            } catch (AddressException e) {
                refused.add(refuse(reminder, mail, "invalid address: " + e.getMessage(), clock, out));
            } catch (MailSendException e) {
                SendFailedException refusal = refusal(e);
                if (refusal == null) {
                    throw e;
                }
                refused.add(refuse(reminder, mail, refusal.getMessage(), clock, out));
            } catch (MessagingException e) {
                throw new IllegalStateException("Cannot build the reminder to " + reminder.recipient() + ": "
                        + e.getMessage(), e);
            }
        }
        log.info("Reminders {}: {}, {} not repeated, {} opted out, {} refused", dryRun ? "(dry run)" : "sent",
                sent, repeated, optedOut, refused.size());
        return new NotifyOutcome(sent, repeated, optedOut, refused, plan.unitMailboxesWithoutLeader());
    }

    /** Checks the templates and the mail settings, so that a wrong one is named before anything is sent. */
    public void requireSettings() {
        templates.verify();
        requireSender();
    }

    private JavaMailSender requireSender() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("Reminders need an SMTP server: set spring.mail.host (and "
                    + "spring.mail.port, username, password) in jobs/compliance.yml, or run 'notify --dry-run'");
        }
        if (settings.from() == null || settings.from().isBlank()) {
            throw new IllegalStateException("Reminders need a sender: set compliance.notify.from in "
                    + "jobs/compliance.yml");
        }
        return sender;
    }

    private MimeMessage message(JavaMailSender sender, Reminder reminder, RenderedMail mail)
            throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(new InternetAddress(reminder.recipient(), true));
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        signer.sign(message);
        return message;
    }

    private String refuse(Reminder reminder, RenderedMail mail, String reason, Clock clock, PrintStream out) {
        repository.record(reminder, ReminderRepository.REFUSED, reason, mail.subject(),
                LocalDateTime.ofInstant(clock.instant(), compliance.zone()));
        out.printf("  REFUSED %-19s to %-40s %s%n", reminder.kind(), reminder.recipient(), reason);
        return reminder.recipient() + ": " + reason;
    }

    private static SendFailedException refusal(MailSendException e) {
        for (Exception failed : e.getFailedMessages().values()) {
            for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
                if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                        && refused.getInvalidAddresses().length > 0) {
                    return refused;
                }
            }
        }
        return null;
    }
}
