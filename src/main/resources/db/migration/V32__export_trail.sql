-- Access trail: every workbook exported (audit, monthly, per unit), who ran it (the OS user), when, for which range
-- and units, and the file written. Listed on the audit export's Scope sheet; kept as long as findings.
CREATE TABLE export_trail (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    exported_at DATETIME(3)   NOT NULL,
    os_user     VARCHAR(255)  NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    range_from  DATE          NOT NULL,
    range_to    DATE          NOT NULL,
    units       VARCHAR(2000) NOT NULL DEFAULT '',
    file        VARCHAR(1000) NOT NULL
);
CREATE INDEX export_trail_exported ON export_trail (exported_at);
