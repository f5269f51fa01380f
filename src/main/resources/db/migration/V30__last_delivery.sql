-- The last local delivery into a mailbox (iRedMail's last_login.lda), kept apart from the last login: mail arriving
-- is not anyone reading it.
ALTER TABLE account ADD COLUMN last_delivery_at DATETIME(3) NULL;
