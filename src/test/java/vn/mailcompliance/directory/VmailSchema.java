package vn.mailcompliance.directory;

/** The tables of iRedMail's vmail database the product reads, with iRedMail's own column types and defaults. */
final class VmailSchema {

    static final String[] IREDMAIL = {
            """
            CREATE TABLE mailbox (
                username VARCHAR(255) NOT NULL DEFAULT '', password VARCHAR(255) NOT NULL DEFAULT '',
                name VARCHAR(255) NOT NULL DEFAULT '', language VARCHAR(5) NOT NULL DEFAULT '',
                maildir VARCHAR(255) NOT NULL DEFAULT '', quota BIGINT(20) NOT NULL DEFAULT 0,
                domain VARCHAR(255) NOT NULL DEFAULT '', department VARCHAR(255) NOT NULL DEFAULT '',
                `rank` VARCHAR(255) NOT NULL DEFAULT 'normal', employeeid VARCHAR(255) NOT NULL DEFAULT '',
                passwordlastchange DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
                created DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
                modified DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
                expired DATETIME NOT NULL DEFAULT '9999-12-31 00:00:00',
                active TINYINT(1) NOT NULL DEFAULT 1, PRIMARY KEY (username)) ENGINE=InnoDB""",
            """
            CREATE TABLE alias (
                address VARCHAR(255) NOT NULL DEFAULT '', name VARCHAR(255) NOT NULL DEFAULT '',
                accesspolicy VARCHAR(30) NOT NULL DEFAULT '', domain VARCHAR(255) NOT NULL DEFAULT '',
                created DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
                modified DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
                expired DATETIME NOT NULL DEFAULT '9999-12-31 00:00:00',
                active TINYINT(1) NOT NULL DEFAULT 1, PRIMARY KEY (address)) ENGINE=InnoDB""",
            """
            CREATE TABLE forwardings (
                id BIGINT(20) UNSIGNED AUTO_INCREMENT, address VARCHAR(255) NOT NULL DEFAULT '',
                forwarding VARCHAR(255) NOT NULL DEFAULT '', domain VARCHAR(255) NOT NULL DEFAULT '',
                dest_domain VARCHAR(255) NOT NULL DEFAULT '', is_maillist TINYINT(1) NOT NULL DEFAULT 0,
                is_list TINYINT(1) NOT NULL DEFAULT 0, is_forwarding TINYINT(1) NOT NULL DEFAULT 0,
                is_alias TINYINT(1) NOT NULL DEFAULT 0, active TINYINT(1) NOT NULL DEFAULT 1,
                PRIMARY KEY (id), UNIQUE INDEX (address, forwarding)) ENGINE=InnoDB""",
            """
            CREATE TABLE last_login (
                username VARCHAR(255) NOT NULL DEFAULT '', domain VARCHAR(255) NOT NULL DEFAULT '',
                imap INT(11) DEFAULT NULL, pop3 INT(11) DEFAULT NULL, lda INT(11) DEFAULT NULL,
                PRIMARY KEY (username)) ENGINE=InnoDB"""};

    /** A small ministry: the sentinels of passwordlastchange, a forwarding, a self-copy, a group and a bad row. */
    static final String[] MINISTRY = {
            """
            INSERT INTO mailbox (username, name, domain, department, employeeid, created, passwordlastchange, active)
            VALUES ('vanphong@most.gov.vn', 'Văn phòng Bộ', 'most.gov.vn', 'VP', '', '2025-01-05 08:00:00',
                    '2026-09-20 09:00:00', 1),
                   ('an@most.gov.vn', 'Trần An', 'most.gov.vn', 'VP', 'NV01', '2025-01-05 08:00:00',
                    '1970-01-01 01:01:01', 1),
                   ('binh@most.gov.vn', 'Lê Bình', 'most.gov.vn', 'KH', 'NV02', '2025-01-05 08:00:00',
                    '0000-00-00 00:00:00', 1),
                   ('chi@most.gov.vn', 'Phạm Chi', 'most.gov.vn', 'KH', 'NV03', '2025-03-01 10:00:00',
                    '2025-03-01 10:00:00', 1),
                   ('dung@most.gov.vn', 'Đỗ Dũng', 'most.gov.vn', 'KH', 'NV04', '2025-03-01 10:00:00',
                    '2026-05-01 10:00:00', 0),
                   ('not an address', 'Hỏng', 'most.gov.vn', 'KH', '', '2025-03-01 10:00:00',
                    '2026-05-01 10:00:00', 1)""",
            "INSERT INTO alias (address, name, domain, active) VALUES ('phongban@most.gov.vn', 'Cả phòng', 'most.gov.vn', 1)",
            """
            INSERT INTO forwardings (address, forwarding, domain, dest_domain, is_list, is_forwarding, is_alias)
            VALUES ('an@most.gov.vn', 'an@most.gov.vn', 'most.gov.vn', 'most.gov.vn', 0, 1, 0),
                   ('an@most.gov.vn', 'an.home@gmail.com', 'most.gov.vn', 'gmail.com', 0, 1, 0),
                   ('phongban@most.gov.vn', 'an@most.gov.vn', 'most.gov.vn', 'most.gov.vn', 1, 0, 0),
                   ('phongban@most.gov.vn', 'dung@most.gov.vn', 'most.gov.vn', 'most.gov.vn', 1, 0, 0),
                   ('info@most.gov.vn', 'binh@most.gov.vn', 'most.gov.vn', 'most.gov.vn', 0, 0, 1)""",
            "INSERT INTO last_login (username, domain, imap, pop3) VALUES ('an@most.gov.vn', 'most.gov.vn', 1790000000, 1790000500)"};

    private VmailSchema() {
    }
}
