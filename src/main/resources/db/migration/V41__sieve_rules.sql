-- Users' own Sieve rules (article 16): per mailbox, the last read of its active script (script NULL when it has
-- none; error when it could not be read) and the destinations its redirect actions send mail to.
CREATE TABLE sieve_read (
    address VARCHAR(320)  NOT NULL PRIMARY KEY,
    read_at DATETIME(3)   NOT NULL,
    script  VARCHAR(255)  NULL,
    error   VARCHAR(1000) NULL
);
CREATE TABLE sieve_redirect (
    address     VARCHAR(320) NOT NULL,
    destination VARCHAR(320) NOT NULL,
    PRIMARY KEY (address, destination)
);
