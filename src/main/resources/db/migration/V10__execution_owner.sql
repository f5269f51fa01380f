-- Who runs each job execution (and each scan partition a remote worker runs): the owning process's host, PID and
-- start time, and a heartbeat it renews while it runs. A STARTED execution whose owner is gone (a process killed, a
-- machine lost) is recognised by it and marked FAILED before the next run, so a crash never wedges a period.
-- heartbeat_at is the database's own clock (LOCALTIMESTAMP), so the machines' clocks need not agree.
CREATE TABLE execution_owner (
    kind               VARCHAR(8)   NOT NULL,
    execution_id       BIGINT       NOT NULL,
    host               VARCHAR(255) NOT NULL,
    pid                BIGINT       NOT NULL,
    process_started_at BIGINT       NOT NULL,
    heartbeat_at       DATETIME(3)  NOT NULL,
    PRIMARY KEY (kind, execution_id)
);
