package vn.mailcompliance.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

class ReportMailerTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @TempDir
    Path dir;

    private ReportMailer mailer(DeliveryProperties settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        var beans = new StaticListableBeanFactory(Map.of("mailSender", sender));
        return new ReportMailer(settings, beans.getBeanProvider(JavaMailSender.class),
                new MailSigner(new SigningProperties(null, null, null)));
    }

    @Test
    void enabledDeliveryMailsTheWorkbookAsAttachmentToEveryRecipient() throws Exception {
        Path workbook = Files.write(dir.resolve("mailbox-compliance-2026-10.xlsx"), new byte[] {1, 2, 3, 4});
        var settings = new DeliveryProperties(true, "ttcntt@most.gov.vn",
                List.of("lanhdao@most.gov.vn", "vanphong@most.gov.vn"));

        assertThat(mailer(settings).deliver("Bộ KH&CN", YearMonth.of(2026, 10), workbook)).isEmpty();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getSubject()).contains("tháng 10/2026").contains("Bộ KH&CN");
        Multipart parts = (Multipart) received[0].getContent();
        Part attachment = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                attachment = parts.getBodyPart(i);
            }
        }
        assertThat(attachment).isNotNull();
        assertThat(attachment.getFileName()).isEqualTo("mailbox-compliance-2026-10.xlsx");
        assertThat(attachment.getInputStream().readAllBytes()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void disabledDeliverySendsNothingAndSaysWhy() throws Exception {
        Path workbook = Files.write(dir.resolve("w.xlsx"), new byte[] {1});
        var settings = new DeliveryProperties(false, null, List.of());

        assertThat(mailer(settings).deliver("Bộ", YearMonth.of(2026, 10), workbook))
                .hasValueSatisfying(reason -> assertThat(reason).contains("compliance.delivery.enabled"));
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void enabledDeliveryWithoutRecipientsNamesTheMissingSettings() throws Exception {
        Path workbook = Files.write(dir.resolve("w.xlsx"), new byte[] {1});
        var settings = new DeliveryProperties(true, "ttcntt@most.gov.vn", List.of());

        assertThatThrownBy(() -> mailer(settings).deliver("Bộ", YearMonth.of(2026, 10), workbook))
                .hasMessageContaining("compliance.delivery.to");
    }
}
