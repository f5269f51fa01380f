-- The scores each monthly report published, per period and unit ('*' = the whole organisation): the Summary's change
-- against last month and the Trend sheet read them, so a figure once published is shown again as it was.
CREATE TABLE unit_score (
    period     CHAR(7)      NOT NULL,
    unit_code  VARCHAR(64)  NOT NULL,
    unit_name  VARCHAR(255) NULL,
    mailboxes  INT          NOT NULL,
    in_breach  INT          NOT NULL,
    findings   INT          NOT NULL,
    score      DOUBLE       NULL,
    PRIMARY KEY (period, unit_code)
);
