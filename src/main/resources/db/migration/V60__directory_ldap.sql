-- The directory itself exempts the account's password from expiry (Active Directory's "password never expires" bit):
-- listed as exempt by policy, never judged on its password.
ALTER TABLE account ADD COLUMN password_exempt BOOLEAN NOT NULL DEFAULT FALSE;

-- The mail server's own password policy as last read (Zimbra's zimbraPasswordMaxAge per class of service), shown on
-- the Method sheet beside the product's policy. Replaced by every synchronisation.
CREATE TABLE directory_source_policy (
    policy_name  VARCHAR(255)  NOT NULL PRIMARY KEY,
    policy_value VARCHAR(1000) NOT NULL
);
