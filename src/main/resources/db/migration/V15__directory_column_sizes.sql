-- Directory values as long as the sources allow: iRedMail's mailbox.employeeid is VARCHAR(255), as are its name and
-- department (already the size of account.display_name and unit.name). A longer value rejects its row, named with its
-- source and row, instead of failing the whole synchronisation.
ALTER TABLE account MODIFY employee_id VARCHAR(255) NULL;
