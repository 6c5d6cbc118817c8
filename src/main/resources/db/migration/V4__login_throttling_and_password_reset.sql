-- Brute-force protection of the login and rate limits of password reset requests.

-- Attempts refused by the brute-force protection (without checking the password) are recorded too, but
-- must not count as failed password checks, or a block would extend itself for as long as someone keeps trying.
ALTER TABLE login_attempt
    ADD COLUMN throttled BOOLEAN NOT NULL DEFAULT FALSE;

-- Every "forgot password" request, for known and unknown addresses alike, so that the form can neither flood a
-- mailbox nor tell by its limits whether an address has an account.
CREATE TABLE password_reset_request (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email          VARCHAR(254) NOT NULL,
    client_address VARCHAR(64)  NULL,
    requested_at   DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    INDEX password_reset_request_email_idx (email, requested_at),
    INDEX password_reset_request_address_idx (client_address, requested_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
