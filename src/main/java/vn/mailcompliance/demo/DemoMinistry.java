package vn.mailcompliance.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import vn.mailcompliance.directory.MailboxKind;

/**
 * The demo ministry: units, staff mailboxes, unit and group mailboxes, with the breaches a monthly report should show
 * (a unit without a unit mailbox and one with two, people who left with active mailboxes, a duplicate personal
 * mailbox, a non-official domain, external forwarding and group members, every kind of password finding, leavers'
 * mailboxes still logged into, a personal mailbox nobody logged into for weeks, mailboxes without login data, and a
 * newcomer the roster lists without a mailbox). The same period always gives the same ministry; dates are relative
 * to the period.
 *
 * @param newcomers staff the HR roster lists without a mailbox: not yet issued one (article 12.3b)
 */
record DemoMinistry(YearMonth period, List<DemoUnit> units, List<DemoMailbox> mailboxes, List<DemoGroup> groups,
        Set<String> neglectedUnitMailboxes, List<DemoNewcomer> newcomers) {

    static final String ORGANIZATION = "Bộ Khoa học và Công nghệ (demo)";
    static final String DOMAIN = "most.gov.vn";
    static final String OLD_DOMAIN = "most.vn";
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** iRedMail's default {@code passwordlastchange}: the password was never changed. */
    static final LocalDateTime NEVER = LocalDateTime.of(1970, 1, 1, 1, 1, 1);

    private static final long SEED = 20_260_501L;
    private static final int[] OFFICE_HOURS = {8, 9, 10, 11, 13, 14, 15, 16, 17};
    private static final String NO_UNIT_MAILBOX = "PC";
    private static final String TWO_UNIT_MAILBOXES = "TTCNTT";

    private static final List<DemoUnit> UNITS = List.of(
            new DemoUnit("VP", "Văn phòng Bộ", 30),
            new DemoUnit("KHTC", "Vụ Kế hoạch - Tài chính", 18),
            new DemoUnit("TCCB", "Vụ Tổ chức cán bộ", 15),
            new DemoUnit("PC", "Vụ Pháp chế", 10),
            new DemoUnit("HTQT", "Vụ Hợp tác quốc tế", 14),
            new DemoUnit("TTRA", "Thanh tra Bộ", 16),
            new DemoUnit("TTCNTT", "Trung tâm Công nghệ thông tin", 25),
            new DemoUnit("SHTT", "Cục Sở hữu trí tuệ", 40),
            new DemoUnit("TTKHCN", "Cục Thông tin khoa học và công nghệ quốc gia", 22),
            new DemoUnit("KHXH", "Vụ Khoa học Xã hội, Nhân văn và Tự nhiên", 12),
            new DemoUnit("CNC", "Vụ Công nghệ cao", 12),
            new DemoUnit("KHKT", "Vụ Khoa học và Kỹ thuật", 14),
            new DemoUnit("PTTT", "Cục Phát triển thị trường và doanh nghiệp khoa học và công nghệ", 18),
            new DemoUnit("ATBXHN", "Cục An toàn bức xạ và hạt nhân", 20),
            new DemoUnit("TDC", "Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia", 30),
            new DemoUnit("DTG", "Vụ Đánh giá, Thẩm định và Giám định công nghệ", 12),
            new DemoUnit("TTTT", "Trung tâm Truyền thông khoa học và công nghệ", 15),
            new DemoUnit("UDPTCN", "Cục Ứng dụng và Phát triển công nghệ", 16));

    static DemoMinistry of(YearMonth period) {
        Random random = new Random(SEED);
        LocalDate end = period.atEndOfMonth();
        Set<String> taken = new HashSet<>();
        List<DemoMailbox> unitMailboxes = new ArrayList<>();
        List<DemoMailbox> personal = new ArrayList<>();
        for (DemoUnit unit : UNITS) {
            for (String address : unitMailboxAddresses(unit)) {
                taken.add(address);
                unitMailboxes.add(mailbox(address, unit.name(), unit.code(), MailboxKind.UNIT, "", random, end));
            }
            for (int i = 0; i < unit.staff(); i++) {
                String name = VietnameseNames.fullName(random);
                String address = unique(VietnameseNames.localPart(name, random.nextInt(10) < 3), DOMAIN, taken);
                String employeeId = "KHCN%05d".formatted(personal.size() + 1);
                personal.add(mailbox(address, name, unit.code(), MailboxKind.PERSONAL, employeeId, random, end));
            }
        }
        LocalDate start = period.atDay(1);
        // Left and disabled, as it should be.
        personal.set(5, personal.get(5).leaving(end.minusMonths(3).withDayOfMonth(15), false));
        personal.set(40, personal.get(40).leaving(end.minusDays(40), false));
        // Left, but the mailbox is still active: orphans.
        personal.set(12, personal.get(12).leaving(start.plusDays(9), true));
        personal.set(77, personal.get(77).leaving(end.minusDays(60), true));
        personal.set(150, personal.get(150).leaving(end.minusDays(120), true));
        personal.set(230, personal.get(230).leaving(start.plusDays(20), true));
        // Nobody logged into this personal mailbox for more than ten working days (article 15.1).
        personal.set(33, personal.get(33).lastLoggedIn(end.minusDays(26).atTime(9, 12).atZone(ZONE).toEpochSecond()));
        // Forwarding work mail to free webmail.
        personal.set(20, personal.get(20).forwardingTo(localPart(personal.get(20)) + ".home@gmail.com"));
        personal.set(95, personal.get(95).forwardingTo(localPart(personal.get(95)) + "_bk@yahoo.com"));
        // A second personal mailbox for the same person, and a staff member still on the old domain.
        DemoMailbox twice = personal.get(60);
        personal.add(twice.at(unique(VietnameseNames.localPart(twice.name(), true), DOMAIN, taken)));
        String oldName = VietnameseNames.fullName(random);
        personal.add(mailbox(unique(VietnameseNames.localPart(oldName, true), OLD_DOMAIN, taken), oldName,
                TWO_UNIT_MAILBOXES, MailboxKind.PERSONAL, "KHCN%05d".formatted(personal.size() + 1), random, end));

        List<DemoMailbox> all = new ArrayList<>(unitMailboxes);
        all.addAll(personal);
        return new DemoMinistry(period, UNITS, List.copyOf(all), groups(personal, random),
                Set.of("shtt@" + DOMAIN, "ttra@" + DOMAIN, "khxh@" + DOMAIN, "atbxhn@" + DOMAIN, "tdc@" + DOMAIN,
                        "vanthu.ttcntt@" + DOMAIN),
                List.of(new DemoNewcomer("Lương Thị Mai", "HTQT", "KHCN%05d".formatted(personal.size() + 1))));
    }

    LocalDate periodEnd() {
        return period.atEndOfMonth();
    }

    DemoUnit unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    static LocalDateTime officeTime(LocalDate day, Random random) {
        return day.atTime(OFFICE_HOURS[random.nextInt(OFFICE_HOURS.length)], 1 + random.nextInt(58),
                random.nextInt(60));
    }

    private static List<String> unitMailboxAddresses(DemoUnit unit) {
        String local = unit.code().toLowerCase();
        if (unit.code().equals(NO_UNIT_MAILBOX)) {
            return List.of();
        }
        if (unit.code().equals(TWO_UNIT_MAILBOXES)) {
            return List.of(local + "@" + DOMAIN, "vanthu." + local + "@" + DOMAIN);
        }
        return List.of(local + "@" + DOMAIN);
    }

    private static List<DemoGroup> groups(List<DemoMailbox> personal, Random random) {
        List<String> leaders = new ArrayList<>();
        for (String unit : List.of("VP", "KHTC", "TCCB", "HTQT", "SHTT", "TDC")) {
            personal.stream().filter(m -> m.unitCode().equals(unit)).findFirst()
                    .ifPresent(m -> leaders.add(m.address()));
        }
        List<String> union = randomMembers(personal, 9, random);
        union.add(personal.get(5).address());
        List<String> youth = randomMembers(personal, 7, random);
        youth.add("doanthanhnien.most@gmail.com");
        List<String> technicians = new ArrayList<>(personal.stream().filter(m -> m.unitCode().equals("TTCNTT"))
                .limit(5).map(DemoMailbox::address).toList());
        technicians.add("quantri.cu@" + DOMAIN);
        return List.of(
                new DemoGroup("lanhdao@" + DOMAIN, "Lãnh đạo Bộ", "VP", leaders),
                new DemoGroup("congdoan@" + DOMAIN, "Công đoàn cơ quan Bộ", "VP", union),
                new DemoGroup("doanthanhnien@" + DOMAIN, "Đoàn Thanh niên cơ quan Bộ", "TCCB", youth),
                new DemoGroup("kythuat@" + DOMAIN, "Nhóm kỹ thuật Trung tâm CNTT", "TTCNTT", technicians));
    }

    private static List<String> randomMembers(List<DemoMailbox> personal, int count, Random random) {
        Set<String> members = new LinkedHashSet<>();
        while (members.size() < count) {
            members.add(personal.get(random.nextInt(personal.size())).address());
        }
        return new ArrayList<>(members);
    }

    private static DemoMailbox mailbox(String address, String name, String unitCode, MailboxKind kind,
            String employeeId, Random random, LocalDate end) {
        LocalDateTime created = officeTime(end.minusDays(200 + random.nextInt(2800)), random);
        LocalDateTime changed;
        double draw = random.nextDouble();
        if (draw < 0.04) {
            changed = NEVER;
        } else if (draw < 0.08) {
            changed = created;
        } else {
            int daysAgo = draw < 0.25 ? 91 + random.nextInt(400) : draw < 0.33 ? 78 + random.nextInt(12)
                    : 1 + random.nextInt(70);
            changed = officeTime(end.minusDays(daysAgo), random);
            if (!created.isBefore(changed)) {
                created = changed.minusDays(30 + random.nextInt(300));
            }
        }
        Long lastLogin = random.nextInt(10) == 0 ? null
                : officeTime(end.minusDays(random.nextInt(6)), random).atZone(ZONE).toEpochSecond();
        return new DemoMailbox(address, name, unitCode, kind, employeeId, true, created, changed, lastLogin, null,
                null);
    }

    private static String unique(String local, String domain, Set<String> taken) {
        String address = local + "@" + domain;
        for (int n = 2; !taken.add(address); n++) {
            address = local + n + "@" + domain;
        }
        return address;
    }

    private static String localPart(DemoMailbox mailbox) {
        return mailbox.address().substring(0, mailbox.address().indexOf('@'));
    }
}
