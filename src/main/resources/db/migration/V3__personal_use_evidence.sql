-- Personal-use evidence (article 16): one row per message attributed to a personal service, headers only.
-- A message is identified by its mailbox, folder, UIDVALIDITY and UID, so a rescan never counts it twice.
-- received_at is the message's INTERNALDATE as a local time in compliance.zone.
CREATE TABLE personal_use_evidence (
    address      VARCHAR(320) NOT NULL,
    folder       VARCHAR(255) NOT NULL,
    uid_validity BIGINT       NOT NULL,
    uid          BIGINT       NOT NULL,
    service      VARCHAR(128) NOT NULL,
    category     VARCHAR(40)  NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    authenticity VARCHAR(16)  NOT NULL,
    received_at  DATETIME(3)  NULL,
    subject      VARCHAR(998) NULL,
    PRIMARY KEY (address, folder, uid_validity, uid)
);
CREATE INDEX personal_use_evidence_received ON personal_use_evidence (received_at);

-- A waiver may name a personal-use category.
ALTER TABLE waiver ADD COLUMN category VARCHAR(40) NULL;
