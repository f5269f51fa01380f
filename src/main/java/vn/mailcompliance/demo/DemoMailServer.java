package vn.mailcompliance.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Random;

import com.icegreen.greenmail.imap.AuthorizationException;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Flags;
import jakarta.mail.internet.MimeMessage;

import vn.mailcompliance.directory.MailboxKind;

/**
 * An in-JVM IMAP server (GreenMail, no TLS) on 127.0.0.1 holding the demo ministry's mail. GreenMail knows no master
 * users, so each mailbox gets the login {@code address*auditor} with the master password, which is what a Dovecot
 * master-user login looks like to the client.
 */
final class DemoMailServer implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    static final String ARCHIVE = "Archive";
    static final String JUNK = "Junk";

    private static final List<String[]> SENDERS = List.of(
            new String[] {"Văn thư Bộ Tài chính", "vanthu@mof.gov.vn"},
            new String[] {"Văn phòng Chính phủ", "vanthu@chinhphu.vn"},
            new String[] {"Bộ Nội vụ", "vanthu@moha.gov.vn"},
            new String[] {"UBND Thành phố Hà Nội", "vanthu@hanoi.gov.vn"},
            new String[] {"Bộ Công Thương", "vanthu@moit.gov.vn"},
            new String[] {"Văn phòng Bộ", "vp@most.gov.vn"});
    private static final List<String> SUBJECTS = List.of(
            "V/v báo cáo tình hình thực hiện nhiệm vụ tháng",
            "V/v góp ý dự thảo Thông tư hướng dẫn",
            "V/v cử cán bộ tham dự hội nghị",
            "V/v xây dựng kế hoạch năm tới",
            "V/v đề nghị cung cấp số liệu thống kê",
            "Giấy mời họp giao ban",
            "V/v triển khai chữ ký số trong cơ quan",
            "V/v rà soát văn bản quy phạm pháp luật");

    private final NoDelayGreenMail greenMail;

    private DemoMailServer(NoDelayGreenMail greenMail) {
        this.greenMail = greenMail;
    }

    static DemoMailServer start(DemoMinistry ministry, String masterUser, String masterPassword) {
        NoDelayGreenMail greenMail = new NoDelayGreenMail(new ServerSetup(0, HOST, ServerSetup.PROTOCOL_IMAP).dynamicPort());
        greenMail.start();
        try {
            new Seeding(greenMail, ministry, new DemoMessages()).run(masterUser, masterPassword);
        } catch (FolderException | RuntimeException e) {
            greenMail.stop();
            throw new IllegalStateException("Cannot seed the demo IMAP server: " + e.getMessage(), e);
        }
        return new DemoMailServer(greenMail);
    }

    int port() {
        return greenMail.imapPort();
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    /** Puts each active mailbox's mail in place, with chosen arrival times (INTERNALDATE) and flags. */
    private record Seeding(GreenMail greenMail, DemoMinistry ministry, DemoMessages messages) {

        void run(String masterUser, String masterPassword) throws FolderException {
            Random random = new Random(ministry.period().hashCode());
            DemoSentMail sentMail = DemoSentMail.of(ministry);
            List<String> colleagues = ministry.mailboxes().stream().filter(DemoMailbox::active)
                    .map(DemoMailbox::address).toList();
            for (DemoMailbox mailbox : ministry.mailboxes()) {
                if (!mailbox.active()) {
                    continue;
                }
                GreenMailUser user = greenMail.setUser(mailbox.address(), mailbox.address() + "*" + masterUser,
                        masterPassword);
                if (mailbox.kind() == MailboxKind.UNIT) {
                    seedUnitMailbox(user, mailbox, random);
                } else {
                    seedPersonalMailbox(user, mailbox, random);
                }
                seedSentMail(user, mailbox, sentMail, colleagues);
            }
        }

        /** The mailbox's sent folder; GreenMail marks no folder \Sent, so the scan knows it by its name. */
        private void seedSentMail(GreenMailUser user, DemoMailbox mailbox, DemoSentMail sentMail,
                                  List<String> colleagues) throws FolderException {
            MailFolder sent = folder(user, mailbox.kind() == MailboxKind.UNIT ? DemoSentMail.UNIT_SENT
                    : DemoSentMail.SENT);
            for (DemoSentMail.Sent message : sentMail.sentBy(mailbox, ministry, colleagues)) {
                sent.appendMessage(message.message(), flags(true), date(message.at()));
            }
        }

        private void seedUnitMailbox(GreenMailUser user, DemoMailbox mailbox, Random random) throws FolderException {
            MailFolder inbox = hosts().getInbox(user);
            boolean neglected = ministry.neglectedUnitMailboxes().contains(mailbox.address());
            LocalDate first = ministry.period().atDay(1);
            LocalDate last = ministry.periodEnd();
            LocalDate lastWorkingDay = last;
            while (isWeekend(lastWorkingDay)) {
                lastWorkingDay = lastWorkingDay.minusDays(1);
            }
            for (int i = 0; i < 3; i++) {
                append(inbox, work(mailbox, first.minusDays(3 + 7 * i), random), true);
            }
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                if (isWeekend(day)) {
                    continue;
                }
                int count = random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    boolean read = neglected ? random.nextInt(10) >= 4 : !day.equals(lastWorkingDay);
                    append(inbox, work(mailbox, day, random), read);
                }
            }
            MimeMessage late = messages.workMail("Văn phòng Chính phủ", "vanthu@chinhphu.vn", mailbox.address(),
                    "V/v triển khai nhiệm vụ tháng tới", last.atTime(17, 40).atZone(DemoMinistry.ZONE),
                    "late." + mailbox.address().replace('@', '.'));
            inbox.appendMessage(late, flags(false), Date.from(last.atTime(17, 40, 5).atZone(DemoMinistry.ZONE)
                    .toInstant()));
        }

        private void seedPersonalMailbox(GreenMailUser user, DemoMailbox mailbox, Random random)
                throws FolderException {
            MailFolder inbox = hosts().getInbox(user);
            LocalDate last = ministry.periodEnd();
            int count = 2 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                append(inbox, work(mailbox, last.minusDays(random.nextInt(60)), random), random.nextInt(100) < 85);
            }
            if (random.nextInt(100) < 15) {
                MailFolder archive = random.nextInt(3) == 0 ? folder(user, ARCHIVE) : inbox;
                int registrations = 1 + random.nextInt(3);
                for (int i = 0; i < registrations; i++) {
                    MimeMessage message = pick(messages.registrations(), random);
                    LocalDateTime at = DemoMinistry.officeTime(last.minusDays(random.nextInt(300)), random);
                    archive.appendMessage(message, flags(random.nextBoolean()), date(at));
                }
            }
            if (random.nextInt(100) < 5) {
                LocalDateTime at = DemoMinistry.officeTime(last.minusDays(random.nextInt(90)), random);
                inbox.appendMessage(pick(messages.ordinary(), random), flags(true), date(at));
            }
            if (random.nextInt(100) < 4) {
                LocalDateTime at = DemoMinistry.officeTime(last.minusDays(random.nextInt(30)), random);
                folder(user, JUNK).appendMessage(messages.spam(), flags(false), date(at));
            }
        }

        private Work work(DemoMailbox mailbox, LocalDate day, Random random) {
            String[] sender = pick(SENDERS, random);
            LocalDateTime sent = DemoMinistry.officeTime(day, random);
            String id = mailbox.address().replace('@', '.') + "." + sent.toLocalDate() + "." + random.nextInt(1_000_000);
            MimeMessage message = messages.workMail(sender[0], sender[1], mailbox.address(),
                    pick(SUBJECTS, random) + " (" + sent.toLocalDate() + ")", sent.atZone(DemoMinistry.ZONE), id);
            return new Work(message, sent.plusMinutes(1));
        }

        private void append(MailFolder folder, Work work, boolean read) {
            folder.appendMessage(work.message(), flags(read), date(work.arrived()));
        }

        private MailFolder folder(GreenMailUser user, String name) throws FolderException {
            MailFolder existing = hosts().getFolder(user, name);
            if (existing != null) {
                return existing;
            }
            try {
                return hosts().createMailbox(user, name);
            } catch (AuthorizationException e) {
                throw new IllegalStateException(e);
            }
        }

        private ImapHostManager hosts() {
            return greenMail.getManagers().getImapHostManager();
        }

        private static Flags flags(boolean read) {
            return read ? new Flags(Flags.Flag.SEEN) : new Flags();
        }

        private static Date date(LocalDateTime local) {
            return Date.from(local.atZone(DemoMinistry.ZONE).toInstant());
        }

        private static boolean isWeekend(LocalDate day) {
            return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        }

        private static <T> T pick(List<T> items, Random random) {
            return items.get(random.nextInt(items.size()));
        }
    }

    private record Work(MimeMessage message, LocalDateTime arrived) {
    }
}
