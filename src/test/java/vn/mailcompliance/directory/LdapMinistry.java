package vn.mailcompliance.directory;

import static java.util.stream.Collectors.joining;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One small ministry written as each LDAP kind stores it (Zimbra, Active Directory with Exchange, OpenLDAP with the
 * password-policy overlay), with every case the checks judge, evaluated for October 2026:
 * <ul>
 *   <li>{@code an}: the password issued was never changed (Zimbra {@code zimbraPasswordMustChange}, AD
 *       {@code pwdLastSet=0}, ppolicy {@code pwdReset});</li>
 *   <li>{@code binh}: expired (changed 2026-05-01); has an alias {@code binh.le} on Zimbra and Exchange;</li>
 *   <li>{@code chi}: forwards to {@code chi.home@gmail.com};</li>
 *   <li>{@code svc-saoluu}: a service account with an old password, exempt (AD: "password never expires");</li>
 *   <li>{@code em}: disabled, with an old password;</li>
 *   <li>{@code giang}: left on 2026-08-31 (the roster says so), mailbox still active;</li>
 *   <li>{@code vanphong}: the unit mailbox; {@code phongban}: a group with {@code an}, {@code binh} (through its
 *       alias where the kind has aliases) and an outside member {@code ban.cu@gmail.com};</li>
 *   <li>one bad entry per kind, rejected with its DN, and {@code bulk} more accounts {@code nv0001…} to prove that
 *       the read pages past a 1,000-entry size limit.</li>
 * </ul>
 */
final class LdapMinistry {

    static final String SUFFIX = "dc=most,dc=gov,dc=vn";
    static final String DOMAIN = "most.gov.vn";
    static final String ROSTER = """
            unit_code,unit_name,full_name,employee_id,mailbox,mailbox_kind,left_on
            VP,Văn phòng Bộ,Văn phòng,,vanphong@most.gov.vn,unit,
            VP,Văn phòng Bộ,Trần An,NV001,an@most.gov.vn,personal,
            VP,Văn phòng Bộ,Lê Bình,NV002,binh@most.gov.vn,personal,
            KHTC,Vụ Kế hoạch - Tài chính,Phạm Chi,NV003,chi@most.gov.vn,personal,
            KHTC,Vụ Kế hoạch - Tài chính,Đỗ Em,NV004,em@most.gov.vn,personal,
            KHTC,Vụ Kế hoạch - Tài chính,Ngô Giang,NV005,giang@most.gov.vn,personal,2026-08-31
            VP,Văn phòng Bộ,Sao lưu (dịch vụ),,svc-saoluu@most.gov.vn,personal,
            VP,Văn phòng Bộ,Phòng ban,,phongban@most.gov.vn,group,
            """;

    static final Instant CREATED = Instant.parse("2025-01-01T01:00:00Z");
    static final Instant EXPIRED_CHANGE = Instant.parse("2026-05-01T02:00:00Z");
    static final Instant RECENT_CHANGE = Instant.parse("2026-10-01T02:00:00Z");
    static final Instant LAST_LOGIN = Instant.parse("2026-10-20T03:00:00Z");

    private static final DateTimeFormatter GENERALIZED =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

    private LdapMinistry() {
    }

    static String generalized(Instant instant) {
        return GENERALIZED.format(instant);
    }

    /** Windows FILETIME: 100-nanosecond intervals since 1601-01-01 UTC. */
    static long fileTime(Instant instant) {
        return (instant.getEpochSecond() + 11_644_473_600L) * 10_000_000L;
    }

    // ------------------------------------------------------------------------------------------------ Zimbra

    static String zimbra(int bulk) {
        StringBuilder ldif = new StringBuilder("""
                dn: cn=zimbra,%1$s
                objectClass: organizationalRole
                cn: zimbra

                dn: cn=cos,cn=zimbra,%1$s
                objectClass: organizationalRole
                cn: cos

                dn: cn=default,cn=cos,cn=zimbra,%1$s
                objectClass: zimbraCOS
                cn: default
                zimbraId: e00428a1-0c00-11d9-836a-000d93afea2a
                zimbraPasswordMaxAge: 90

                dn: cn=lanhdao,cn=cos,cn=zimbra,%1$s
                objectClass: zimbraCOS
                cn: lanhdao
                zimbraId: 3b1f2c6e-0c00-11d9-836a-000d93afea2b
                zimbraPasswordMaxAge: 0

                dn: ou=people,%1$s
                objectClass: organizationalUnit
                ou: people

                """.formatted(SUFFIX));
        ldif.append(zimbraAccount("an", "Trần An", "active", CREATED, "zimbraPasswordMustChange: TRUE\n"));
        ldif.append(zimbraAccount("binh", "Lê Bình", "active", EXPIRED_CHANGE,
                "zimbraMailAlias: binh.le@" + DOMAIN + "\n"));
        ldif.append(zimbraAccount("chi", "Phạm Chi", "active", RECENT_CHANGE,
                "zimbraPrefMailForwardingAddress: chi.home@gmail.com\n"));
        ldif.append(zimbraAccount("svc-saoluu", "Sao lưu", "active", CREATED.plusSeconds(86_400), ""));
        ldif.append(zimbraAccount("em", "Đỗ Em", "closed", EXPIRED_CHANGE, ""));
        ldif.append(zimbraAccount("giang", "Ngô Giang", "active", RECENT_CHANGE, ""));
        ldif.append(zimbraAccount("vanphong", "Văn phòng", "active", RECENT_CHANGE, ""));
        ldif.append(zimbraAccount("hoa", "Lý Hoa", "frozen", RECENT_CHANGE, ""));
        ldif.append("""
                dn: uid=spam.x1,ou=people,%1$s
                objectClass: inetOrgPerson
                objectClass: zimbraAccount
                uid: spam.x1
                cn: spam
                sn: spam
                zimbraId: 5b1d8e6a-spam
                mail: spam.x1@%2$s
                zimbraMailDeliveryAddress: spam.x1@%2$s
                zimbraAccountStatus: active
                zimbraIsSystemResource: TRUE

                dn: uid=khongthu,ou=people,%1$s
                objectClass: inetOrgPerson
                objectClass: zimbraAccount
                uid: khongthu
                cn: Không thư
                sn: thu
                zimbraId: 5b1d8e6a-nomail
                zimbraAccountStatus: active

                dn: uid=phongban,ou=people,%1$s
                objectClass: zimbraDistributionList
                objectClass: zimbraMailRecipient
                uid: phongban
                zimbraId: 7c2e9f7b-dl
                mail: phongban@%2$s
                displayName: Phòng ban
                zimbraMailStatus: enabled
                zimbraCreateTimestamp: %3$s
                zimbraMailForwardingAddress: an@%2$s
                zimbraMailForwardingAddress: binh.le@%2$s
                zimbraMailForwardingAddress: ban.cu@gmail.com

                """.formatted(SUFFIX, DOMAIN, generalized(CREATED)));
        for (int i = 1; i <= bulk; i++) {
            ldif.append(zimbraAccount(bulkName(i), "Nhân viên " + i, "active", RECENT_CHANGE, ""));
        }
        return ldif.toString();
    }

    private static String zimbraAccount(String uid, String name, String status, Instant changed, String extra) {
        return """
                dn: uid=%1$s,ou=people,%2$s
                objectClass: inetOrgPerson
                objectClass: zimbraAccount
                uid: %1$s
                cn: %3$s
                sn: %3$s
                displayName: %3$s
                mail: %1$s@%4$s
                zimbraMailDeliveryAddress: %1$s@%4$s
                zimbraId: id-%1$s
                zimbraCOSId: e00428a1-0c00-11d9-836a-000d93afea2a
                zimbraAccountStatus: %5$s
                zimbraCreateTimestamp: %6$s
                zimbraPasswordModifiedTime: %7$s
                zimbraLastLogonTimestamp: %8$s
                ou: KHTC
                %9$s
                """.formatted(uid, SUFFIX, name, DOMAIN, status, generalized(CREATED), generalized(changed),
                generalized(LAST_LOGIN), extra);
    }

    // ------------------------------------------------------------------------------------------------ AD

    static String activeDirectory(int bulk) {
        StringBuilder ldif = new StringBuilder("""
                dn: cn=Users,%1$s
                objectClass: organizationalRole
                cn: Users

                dn: cn=Ban Cu,cn=Users,%1$s
                objectClass: contact
                objectClass: mailRecipient
                cn: Ban Cu
                sn: Cu
                mail: ban.cu@gmail.com
                targetAddress: SMTP:ban.cu@gmail.com

                dn: cn=Chi Home,cn=Users,%1$s
                objectClass: contact
                objectClass: mailRecipient
                cn: Chi Home
                sn: Home
                targetAddress: SMTP:chi.home@gmail.com

                """.formatted(SUFFIX));
        ldif.append(adUser("an", "Trần An", 512, "0", ""));
        ldif.append(adUser("binh", "Lê Bình", 512, String.valueOf(fileTime(EXPIRED_CHANGE)),
                "proxyAddresses: smtp:binh.le@" + DOMAIN + "\n"));
        ldif.append(adUser("chi", "Phạm Chi", 512, String.valueOf(fileTime(RECENT_CHANGE)),
                "altRecipient: cn=Chi Home,cn=Users," + SUFFIX + "\n"));
        ldif.append(adUser("svc-saoluu", "Sao lưu", 512 | 0x10000, String.valueOf(fileTime(CREATED.plusSeconds(86_400))),
                ""));
        ldif.append(adUser("em", "Đỗ Em", 512 | 0x2, String.valueOf(fileTime(EXPIRED_CHANGE)), ""));
        ldif.append(adUser("giang", "Ngô Giang", 512, String.valueOf(fileTime(RECENT_CHANGE)), ""));
        ldif.append(adUser("vanphong", "Văn phòng", 512, String.valueOf(fileTime(RECENT_CHANGE)), ""));
        ldif.append(adUser("hoa", "Lý Hoa", 512, "-5", ""));
        ldif.append("""
                dn: cn=Administrator,cn=Users,%1$s
                objectClass: user
                cn: Administrator
                sn: Administrator
                instanceType: 4
                nTSecurityDescriptor: AQ==
                objectCategory: cn=Person,cn=Schema,cn=Configuration,%1$s
                userAccountControl: 512
                pwdLastSet: %3$s

                dn: cn=PC-01,cn=Users,%1$s
                objectClass: computer
                cn: PC-01
                sn: PC-01
                instanceType: 4
                nTSecurityDescriptor: AQ==
                objectCategory: cn=Computer,cn=Schema,cn=Configuration,%1$s
                userAccountControl: 4096
                pwdLastSet: 0
                mail: pc-01@%2$s

                dn: cn=Phong Ban,cn=Users,%1$s
                objectClass: group
                cn: Phong Ban
                instanceType: 4
                nTSecurityDescriptor: AQ==
                objectCategory: cn=Group,cn=Schema,cn=Configuration,%1$s
                groupType: 8
                displayName: Phòng ban
                mail: phongban@%2$s
                proxyAddresses: SMTP:phongban@%2$s
                whenCreated: %4$s
                member: cn=an,cn=Users,%1$s
                member: cn=binh,cn=Users,%1$s
                member: cn=Ban Cu,cn=Users,%1$s

                """.formatted(SUFFIX, DOMAIN, fileTime(CREATED), generalized(CREATED).replace("Z", ".0Z")));
        for (int i = 1; i <= bulk; i++) {
            ldif.append(adUser(bulkName(i), "Nhân viên " + i, 512, String.valueOf(fileTime(RECENT_CHANGE)), ""));
        }
        return ldif.toString();
    }

    private static String adUser(String name, String display, int control, String pwdLastSet, String extra) {
        return """
                dn: cn=%1$s,cn=Users,%2$s
                objectClass: user
                objectClass: mailRecipient
                cn: %1$s
                sn: %3$s
                displayName: %3$s
                instanceType: 4
                nTSecurityDescriptor: AQ==
                objectCategory: cn=Person,cn=Schema,cn=Configuration,%2$s
                userPrincipalName: %1$s@ad.%4$s
                mail: %1$s@%4$s
                proxyAddresses: SMTP:%1$s@%4$s
                department: KHTC
                userAccountControl: %5$d
                pwdLastSet: %6$s
                lastLogonTimestamp: %7$d
                whenCreated: %8$s
                %9$s
                """.formatted(name, SUFFIX, display, DOMAIN, control, pwdLastSet, fileTime(LAST_LOGIN),
                generalized(CREATED).replace("Z", ".0Z"), extra);
    }

    // ------------------------------------------------------------------------------------------------ ppolicy

    static String openLdap(int bulk) {
        StringBuilder ldif = new StringBuilder("""
                dn: ou=people,%1$s
                objectClass: organizationalUnit
                ou: people

                dn: ou=groups,%1$s
                objectClass: organizationalUnit
                ou: groups

                """.formatted(SUFFIX));
        ldif.append(person("an", "Trần An", RECENT_CHANGE, "pwdReset: TRUE\n"));
        ldif.append(person("binh", "Lê Bình", EXPIRED_CHANGE, ""));
        ldif.append(person("chi", "Phạm Chi", RECENT_CHANGE,
                "objectClass: inetLocalMailRecipient\nmailRoutingAddress: chi.home@gmail.com\n"));
        ldif.append(person("svc-saoluu", "Sao lưu", CREATED.plusSeconds(86_400), ""));
        ldif.append(person("em", "Đỗ Em", EXPIRED_CHANGE, "pwdAccountLockedTime: 000001010000Z\n"));
        ldif.append(person("giang", "Ngô Giang", RECENT_CHANGE, ""));
        ldif.append(person("vanphong", "Văn phòng", RECENT_CHANGE, ""));
        ldif.append(person("hoa", "Lý Hoa", null, ""));
        ldif.append("""
                dn: cn=phongban,ou=groups,%1$s
                objectClass: groupOfNames
                objectClass: extensibleObject
                cn: phongban
                mail: phongban@%2$s
                createTimestamp: %3$s
                member: uid=an,ou=people,%1$s
                member: uid=binh,ou=people,%1$s
                member: cn=Ban Cu,ou=people,%1$s

                dn: cn=Ban Cu,ou=people,%1$s
                objectClass: organizationalPerson
                objectClass: extensibleObject
                cn: Ban Cu
                sn: Cu
                mail: ban.cu@gmail.com

                """.formatted(SUFFIX, DOMAIN, generalized(CREATED)));
        for (int i = 1; i <= bulk; i++) {
            ldif.append(person(bulkName(i), "Nhân viên " + i, RECENT_CHANGE, ""));
        }
        return ldif.toString();
    }

    private static String person(String uid, String name, Instant changed, String extra) {
        return """
                dn: uid=%1$s,ou=people,%2$s
                objectClass: inetOrgPerson
                objectClass: extensibleObject
                %7$suid: %1$s
                cn: %3$s
                sn: %3$s
                mail: %1$s@%4$s
                ou: KHTC
                employeeNumber: E-%1$s
                userPassword: initial-%1$s
                createTimestamp: %5$s
                %6$s%8$s
                """.formatted(uid, SUFFIX, name, DOMAIN, generalized(CREATED),
                changed == null ? "" : "pwdChangedTime: " + generalized(changed) + "\n",
                extra.lines().filter(l -> l.startsWith("objectClass:")).map(l -> l + "\n").collect(joining()),
                extra.lines().filter(l -> !l.startsWith("objectClass:")).map(l -> l + "\n").collect(joining()));
    }

    static String bulkName(int i) {
        return "nv%04d".formatted(i);
    }
}
