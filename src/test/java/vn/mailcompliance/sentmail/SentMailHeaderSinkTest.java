package vn.mailcompliance.sentmail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.mailcompliance.check.PasswordPolicy;
import vn.mailcompliance.check.Policy;
import vn.mailcompliance.imap.MessageHeader;
import vn.mailcompliance.settings.ComplianceProperties.Organization;

class SentMailHeaderSinkTest {

    private static final Policy POLICY = new Policy(ZoneId.of("Asia/Ho_Chi_Minh"),
            new Organization("Bộ", List.of("most.gov.vn")),
            new PasswordPolicy(Period.ofDays(90), Period.ofDays(14), Period.ofDays(14), List.of()),
            Set.of("gmail.com", "yahoo.com"));
    private static final Instant AT = Instant.parse("2026-11-03T02:00:00Z");

    private final SentMailHeaderSink sink = new SentMailHeaderSink(null, POLICY);

    private static MessageHeader sent(String subject, String contentType, String... recipients) {
        return new MessageHeader("Sent", 7, 42, AT, true, "an.nv@most.gov.vn", "Nguyễn Văn An", subject, List.of(),
                false, new MessageHeader.SentFields(List.of(recipients), contentType));
    }

    @Test
    void keepsOutsideRecipientsOnceAndTheSubjectOnlyForMailToFreeWebmail() {
        SentMessage toGmail = sink.toSentMessage(sent("Tài liệu dự thảo", "text/plain",
                "vp@most.gov.vn", "nguyenvanan1985@gmail.com", "dn@vingroup.net", "nguyenvanan1985@gmail.com"));
        SentMessage toFirm = sink.toSentMessage(sent("Trả lời công văn", "text/plain", "dn@vingroup.net"));
        SentMessage internal = sink.toSentMessage(sent("Báo cáo", "text/plain", "vp@most.gov.vn"));

        assertThat(toGmail.externalRecipients()).containsExactly("nguyenvanan1985@gmail.com", "dn@vingroup.net");
        assertThat(toGmail.recipients()).isEqualTo(4);
        assertThat(toGmail.subject()).isEqualTo("Tài liệu dự thảo");
        assertThat(toFirm.externalRecipients()).containsExactly("dn@vingroup.net");
        assertThat(toFirm.subject()).isNull();
        assertThat(internal.externalRecipients()).isEmpty();
        assertThat(internal.subject()).isNull();
    }

    @Test
    void classifiesByTheFetchedContentTypeAndKeepsWhenAndWhere() {
        SentMessage signed = sink.toSentMessage(sent("Công văn", "multipart/signed; "
                + "protocol=\"application/x-pkcs7-signature\"; micalg=sha-256; boundary=\"b\"", "vp@most.gov.vn"));
        SentMessage noType = sink.toSentMessage(sent(null, null, "cong.dan@yahoo.com"));

        assertThat(signed.security()).isEqualTo(MessageSecurity.SMIME_SIGNED);
        assertThat(signed).extracting(SentMessage::folder, SentMessage::uidValidity, SentMessage::uid,
                SentMessage::sentAt).containsExactly("Sent", 7L, 42L, AT);
        assertThat(noType.security()).isEqualTo(MessageSecurity.NONE);
        assertThat(noType.subject()).as("a missing subject of mail to free webmail is kept as empty").isEmpty();
    }
}
