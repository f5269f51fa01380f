-- Whether the directory source tells when an account's password was last changed. PostfixAdmin without a password
-- expiry on the domain does not: such an account's password age is not evaluated.
ALTER TABLE account ADD COLUMN password_change_known BOOLEAN NOT NULL DEFAULT TRUE;

-- The job execution that last saw each unit and account in the source: whatever the latest sync did not see is gone,
-- however the evaluation instants of the runs compare (a period re-run, an earlier period run later).
ALTER TABLE unit ADD COLUMN sync_execution BIGINT NULL;
ALTER TABLE account ADD COLUMN sync_execution BIGINT NULL;
