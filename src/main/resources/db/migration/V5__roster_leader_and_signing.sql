-- The HR roster's unit leader (who receives the unit's workbook and reminders) and signing duty (article 16).
ALTER TABLE unit ADD COLUMN leader_email VARCHAR(320) NULL;
ALTER TABLE account ADD COLUMN signs_mail BOOLEAN NOT NULL DEFAULT FALSE;
