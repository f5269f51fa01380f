-- Directory query for compliance.directory.kind: sql (compliance.directory.query points here).
-- Write one SELECT on the mail server's database that returns these columns (names exactly; values may be NULL):
--   address             the mailbox address
--   display_name        the owner's or mailbox's name
--   unit_code           the unit (department) code
--   unit_name           the unit's name (NULL: the code is shown)
--   kind                personal, unit or group (NULL: personal)
--   employee_id         the staff member's id (used to find several mailboxes of one person)
--   active              1 enabled, 0 disabled
--   created_at          DATETIME the mailbox was created (local time in compliance.zone)
--   password_changed_at DATETIME of the last password change; NULL = the initial password was never changed
--   last_login_at       DATETIME of the owner's last IMAP or POP3 login (never a delivery), NULL if unknown
--   left_on             DATE the owner left the organisation, NULL while still working
-- A row with an invalid address, a duplicate address, an unknown kind or an unparseable date is rejected and listed
-- on the report's Coverage sheet; a missing column stops the run (exit status 2).
SELECT username            AS address,
       name                AS display_name,
       department          AS unit_code,
       department          AS unit_name,
       'personal'          AS kind,
       employeeid          AS employee_id,
       active              AS active,
       created             AS created_at,
       passwordlastchange  AS password_changed_at,
       NULL                AS last_login_at,
       NULL                AS left_on
FROM mailbox
