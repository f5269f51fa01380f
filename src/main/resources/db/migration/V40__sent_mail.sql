-- Sent mail (article 16): one row per message of a mailbox's sent folders, headers only. A message is identified by
-- its mailbox, folder, UIDVALIDITY and UID, so a rescan never counts it twice. sent_at is the INTERNALDATE (when the
-- client saved its copy) as a local time in compliance.zone; security is how the top-level Content-Type wraps it
-- (NONE, SMIME_SIGNED, SMIME_ENCRYPTED, OPENPGP_SIGNED, OPENPGP_ENCRYPTED). external_recipients lists, comma-separated,
-- only the recipients outside the official domains; subject is kept only for mail to a free-webmail address, for the
-- auditors' export.
CREATE TABLE sent_message (
    address             VARCHAR(320)  NOT NULL,
    folder              VARCHAR(255)  NOT NULL,
    uid_validity        BIGINT        NOT NULL,
    uid                 BIGINT        NOT NULL,
    sent_at             DATETIME(3)   NULL,
    security            VARCHAR(20)   NOT NULL,
    recipients          INT           NOT NULL,
    external_recipients VARCHAR(4000) NULL,
    subject             VARCHAR(998)  NULL,
    PRIMARY KEY (address, folder, uid_validity, uid)
);
CREATE INDEX sent_message_sent_at ON sent_message (address, sent_at);

-- Per mailbox and period: messages sent, S/MIME signed, S/MIME encrypted, OpenPGP; written by the monthly job.
CREATE TABLE sent_mail_period (
    period      CHAR(7)      NOT NULL,
    address     VARCHAR(320) NOT NULL,
    unit_code   VARCHAR(64)  NULL,
    sent        INT          NOT NULL,
    signed      INT          NOT NULL,
    encrypted   INT          NOT NULL,
    open_pgp    INT          NOT NULL,
    PRIMARY KEY (period, address)
);
