-- The product's own tables. Runs unchanged on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.
-- Every local date-time is in compliance.zone.

CREATE TABLE unit (
    code          VARCHAR(64)  NOT NULL PRIMARY KEY,
    name          VARCHAR(255) NOT NULL,
    gone_at       DATETIME(3)  NULL,
    synced_at     DATETIME(3)  NOT NULL
);

CREATE TABLE account (
    address             VARCHAR(320) NOT NULL PRIMARY KEY,
    display_name        VARCHAR(255) NULL,
    unit_code           VARCHAR(64)  NULL,
    kind                VARCHAR(16)  NOT NULL,
    employee_id         VARCHAR(64)  NULL,
    active              BOOLEAN      NOT NULL,
    created_at          DATETIME(3)  NULL,
    password_changed_at DATETIME(3)  NULL,
    last_login_at       DATETIME(3)  NULL,
    left_on             DATE         NULL,
    source              VARCHAR(32)  NOT NULL,
    gone_at             DATETIME(3)  NULL,
    synced_at           DATETIME(3)  NOT NULL
);
CREATE INDEX account_unit ON account (unit_code);

CREATE TABLE group_member (
    group_address  VARCHAR(320) NOT NULL,
    member_address VARCHAR(320) NOT NULL,
    PRIMARY KEY (group_address, member_address)
);

CREATE TABLE forwarding (
    address     VARCHAR(320) NOT NULL,
    destination VARCHAR(320) NOT NULL,
    PRIMARY KEY (address, destination)
);

-- A directory row that could not be taken in, with where it came from and why.
CREATE TABLE directory_rejection (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    job_execution_id BIGINT        NOT NULL,
    source           VARCHAR(255)  NOT NULL,
    row_no           INT           NOT NULL,
    row_key          VARCHAR(320)  NULL,
    reason           VARCHAR(1000) NOT NULL
);
CREATE INDEX directory_rejection_job ON directory_rejection (job_execution_id);

-- Incremental scanning: per mailbox folder, the UIDVALIDITY and the highest UID already read.
CREATE TABLE scan_watermark (
    address      VARCHAR(320) NOT NULL,
    folder       VARCHAR(255) NOT NULL,
    uid_validity BIGINT       NOT NULL,
    last_uid     BIGINT       NOT NULL,
    scanned_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (address, folder)
);

-- Coverage: the outcome of each mailbox in each job execution.
CREATE TABLE scan_outcome (
    job_execution_id BIGINT        NOT NULL,
    address          VARCHAR(320)  NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    reason           VARCHAR(1000) NULL,
    folders          INT           NOT NULL DEFAULT 0,
    messages         INT           NOT NULL DEFAULT 0,
    malformed        INT           NOT NULL DEFAULT 0,
    attempts         INT           NOT NULL DEFAULT 1,
    started_at       DATETIME(3)   NULL,
    finished_at      DATETIME(3)   NULL,
    PRIMARY KEY (job_execution_id, address)
);

-- One row per unit mailbox per checked day (daily job).
CREATE TABLE unit_mailbox_snapshot (
    check_date       DATE         NOT NULL,
    address          VARCHAR(320) NOT NULL,
    checked_at       DATETIME(3)  NOT NULL,
    unread_count     INT          NOT NULL,
    oldest_unread_at DATETIME(3)  NULL,
    overdue_count    INT          NOT NULL,
    job_execution_id BIGINT       NOT NULL,
    PRIMARY KEY (check_date, address)
);

-- Findings of a period (YYYY-MM for monthly). A finding is identified by period, code, unit, address and subject.
CREATE TABLE finding (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    period           VARCHAR(16)   NOT NULL,
    code             VARCHAR(40)   NOT NULL,
    unit_code        VARCHAR(64)   NULL,
    address          VARCHAR(320)  NOT NULL DEFAULT '',
    subject          VARCHAR(320)  NOT NULL DEFAULT '',
    severity         VARCHAR(16)   NOT NULL,
    details          VARCHAR(4000) NOT NULL,
    first_seen       DATETIME(3)   NOT NULL,
    last_seen        DATETIME(3)   NOT NULL,
    waiver_id        VARCHAR(128)  NULL,
    job_execution_id BIGINT        NOT NULL,
    CONSTRAINT finding_identity UNIQUE (period, code, unit_code, address, subject)
);
CREATE INDEX finding_address ON finding (address, code);

-- Approved exceptions, loaded from compliance.waivers at each run (the file stays the source of truth).
CREATE TABLE waiver (
    id        VARCHAR(128)  NOT NULL PRIMARY KEY,
    mailbox   VARCHAR(320)  NULL,
    unit_code VARCHAR(64)   NULL,
    service   VARCHAR(128)  NULL,
    code      VARCHAR(40)   NULL,
    reason    VARCHAR(1000) NOT NULL,
    approver  VARCHAR(255)  NOT NULL,
    valid_until DATE        NULL
);
