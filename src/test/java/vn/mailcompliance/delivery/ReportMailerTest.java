package vn.mailcompliance.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
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
import vn.mailcompliance.report.Letter;

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

    private Letter leadership(Path workbook) {
        return new Letter(null, null, "Báo cáo tuân thủ sử dụng thư điện tử Tháng 10/2026 — Bộ KH&CN", "Kính gửi",
                workbook);
    }

    @Test
    void enabledDeliveryMailsTheWorkbookAsAttachmentToEveryRecipient() throws Exception {
        Path workbook = Files.write(dir.resolve("mailbox-compliance-2026-10.xlsx"), new byte[] {1, 2, 3, 4});
        var settings = new DeliveryProperties(true, "ttcntt@most.gov.vn",
                List.of("lanhdao@most.gov.vn", "vanphong@most.gov.vn"), Map.of());

        assertThat(mailer(settings).deliver(leadership(workbook), List.of())).isEmpty();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getSubject()).contains("Tháng 10/2026").contains("Bộ KH&CN");
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
    void eachUnitLeaderGetsOnlyHisUnitsWorkbookFromTheRosterOrTheSettingsAndAnUnknownLeaderNothing()
            throws Exception {
        Path workbook = Files.write(dir.resolve("mailbox-compliance-2026-10.xlsx"), new byte[] {1});
        Path vp = Files.write(dir.resolve("VP.xlsx"), new byte[] {2});
        Path tccb = Files.write(dir.resolve("TCCB.xlsx"), new byte[] {3});
        Path khtc = Files.write(dir.resolve("KHTC.xlsx"), new byte[] {4});
        var settings = new DeliveryProperties(true, "ttcntt@most.gov.vn", List.of("lanhdao@most.gov.vn"),
                Map.of("tccb", "truongvu.tccb@most.gov.vn"));

        mailer(settings).deliver(leadership(workbook), List.of(
                new Letter("chanhvanphong@most.gov.vn", "VP", "VP", "Điểm 68,0", vp),
                new Letter(null, "TCCB", "TCCB", "Điểm 45,0", tccb),
                new Letter(null, "KHTC", "KHTC", "Điểm 46,7", khtc)));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(3);
        assertThat(attachmentOf(received[1]).getFileName()).isEqualTo("VP.xlsx");
        assertThat(received[1].getAllRecipients()).extracting(Object::toString)
                .containsExactly("chanhvanphong@most.gov.vn");
        assertThat(attachmentOf(received[2]).getFileName()).isEqualTo("TCCB.xlsx");
        assertThat(received[2].getAllRecipients()).extracting(Object::toString)
                .containsExactly("truongvu.tccb@most.gov.vn");
    }

    private static Part attachmentOf(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                return parts.getBodyPart(i);
            }
        }
        throw new AssertionError("no attachment");
    }

    @Test
    void disabledDeliverySendsNothingAndSaysWhy() throws Exception {
        Path workbook = Files.write(dir.resolve("w.xlsx"), new byte[] {1});
        var settings = new DeliveryProperties(false, null, List.of(), Map.of());

        assertThat(mailer(settings).deliver(leadership(workbook), List.of()))
                .hasValueSatisfying(reason -> assertThat(reason).contains("compliance.delivery.enabled"));
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void enabledDeliveryWithoutRecipientsNamesTheMissingSettings() throws Exception {
        Path workbook = Files.write(dir.resolve("w.xlsx"), new byte[] {1});
        var settings = new DeliveryProperties(true, "ttcntt@most.gov.vn", List.of(), Map.of());

        assertThatThrownBy(() -> mailer(settings).deliver(leadership(workbook), List.of()))
                .hasMessageContaining("compliance.delivery.to");
    }
}
