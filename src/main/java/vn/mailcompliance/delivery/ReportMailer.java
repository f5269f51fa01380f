package vn.mailcompliance.delivery;

import java.nio.file.Path;
import java.time.YearMonth;
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

/** Mails the monthly workbook to the configured recipients. */
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

    /** Sends the workbook, or says why it was not sent. */
    public Optional<String> deliver(String organization, YearMonth period, Path workbook) throws MessagingException {
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
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(settings.to().toArray(String[]::new));
        helper.setSubject("Báo cáo tuân thủ sử dụng thư điện tử tháng " + period.getMonthValue() + "/"
                + period.getYear() + " — " + organization);
        helper.setText("""
                Kính gửi Lãnh đạo,

                Đính kèm là báo cáo tình hình tuân thủ quy chế sử dụng hệ thống thư điện tử tháng %d/%d.
                Trang "Tổng hợp" tóm tắt theo từng đơn vị; các trang sau liệt kê chi tiết từng phát hiện.

                (Thư được gửi tự động bởi mailbox-compliance.)
                """.formatted(period.getMonthValue(), period.getYear()));
        helper.addAttachment(workbook.getFileName().toString(), new FileSystemResource(workbook));
        signer.sign(message);
        sender.send(message);
        log.info("Monthly workbook for {} mailed to {} recipient(s)", period, settings.to().size());
        return Optional.empty();
    }
}
