package vn.mailcompliance.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import vn.mailcompliance.report.Letter;

/** Mails the organisation's workbook to leadership and each unit's workbook to its leader only. */
@Service
public class ReportMailer {

    private static final Logger log = LoggerFactory.getLogger(ReportMailer.class);

    private final DeliveryProperties settings;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailSigner signer;

    ReportMailer(DeliveryProperties settings, ObjectProvider<JavaMailSender> mailSender, MailSigner signer) {
        this.settings = settings;
        this.mailSender = mailSender;
        this.signer = signer;
    }

    /**
     * Sends leadership's mail and every unit's, or says why nothing was sent.
     *
     * @param units the unit leaders' mails; one without an address goes to the leader {@code compliance.delivery.leaders}
     *              names, and to nobody (with a warning naming the unit) when no leader is known
     * @return why nothing was sent; empty when the mails went out
     */
    public Optional<String> deliver(Letter leadership, List<Letter> units) throws MessagingException {
        if (!settings.enabled()) {
            return Optional.of("delivery disabled (compliance.delivery.enabled=false)");
        }
        if (settings.to().isEmpty() || settings.from() == null || settings.from().isBlank()) {
            throw new IllegalStateException("compliance.delivery.enabled=true needs compliance.delivery.from and "
                    + "compliance.delivery.to: set them in jobs/compliance.yml");
        }
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("compliance.delivery.enabled=true needs an SMTP server: set "
                    + "spring.mail.host (and spring.mail.port, username, password) in jobs/compliance.yml");
        }
        send(sender, settings.to(), leadership);
        List<String> unknown = new ArrayList<>();
        int sent = 0;
        for (Letter unit : units) {
            String leader = unit.to() != null ? unit.to() : settings.leaderOf(unit.unitCode());
            if (leader == null) {
                unknown.add(unit.unitCode());
            } else {
                send(sender, List.of(leader), unit);
                sent++;
            }
        }
        log.info("Monthly workbooks mailed: leadership ({} recipient(s)), {} unit leader(s)", settings.to().size(),
                sent);
        if (!unknown.isEmpty()) {
            log.warn("No leader address for unit(s) {}: their workbooks were not mailed. Give leader_email in the HR "
                    + "roster or compliance.delivery.leaders.<UNIT> in jobs/compliance.yml", unknown);
        }
        return Optional.empty();
    }

    private void send(JavaMailSender sender, List<String> to, Letter letter) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(to.toArray(String[]::new));
        helper.setSubject(letter.subject());
        helper.setText(letter.body());
        helper.addAttachment(letter.attachment().getFileName().toString(),
                new FileSystemResource(letter.attachment()));
        signer.sign(message);
        sender.send(message);
    }
}
