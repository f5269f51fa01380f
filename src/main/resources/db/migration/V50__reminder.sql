-- Reminders sent (or refused by the mail server) by 'notify': one row per mail, so that a reminder for the same
-- reason is not repeated within compliance.notify.repeat-after and the Method sheet counts what was sent.
-- sent_at is a local time in compliance.zone.
CREATE TABLE reminder (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind       VARCHAR(40)   NOT NULL,
    recipient  VARCHAR(320)  NOT NULL,
    about      VARCHAR(320)  NOT NULL,
    unit_code  VARCHAR(64)   NULL,
    status     VARCHAR(16)   NOT NULL,
    reason     VARCHAR(1000) NULL,
    subject    VARCHAR(998)  NULL,
    sent_at    DATETIME(3)   NOT NULL
);
CREATE INDEX reminder_reason ON reminder (kind, recipient, about, sent_at);
CREATE INDEX reminder_sent_at ON reminder (sent_at);
