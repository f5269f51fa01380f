-- Current staff of the HR roster without an active personal mailbox (article 12.3b): rows without a mailbox, or
-- whose personal mailbox is not on the mail server or disabled. Replaced at every synchronisation.
CREATE TABLE staff_without_mailbox (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    source      VARCHAR(1000) NOT NULL,
    row_no      INT           NOT NULL,
    unit_code   VARCHAR(64)   NOT NULL,
    full_name   VARCHAR(255)  NULL,
    employee_id VARCHAR(64)   NULL,
    mailbox     VARCHAR(320)  NULL,
    reason      VARCHAR(32)   NOT NULL
);
