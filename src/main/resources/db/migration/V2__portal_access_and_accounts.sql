-- Portal access and accounts: one-time links, login attempts, two-factor authentication,
-- account deletion and revocation, larger setting values (the company logo).

ALTER TABLE app_user
    ADD COLUMN invited_at          DATETIME(3) NULL,
    ADD COLUMN access_revoked_at   DATETIME(3) NULL,
    ADD COLUMN password_changed_at DATETIME(3) NULL,
    ADD COLUMN totp_secret         VARCHAR(64) NULL,
    ADD COLUMN totp_enabled_at     DATETIME(3) NULL,
    ADD COLUMN totp_last_step      BIGINT      NULL,
    ADD COLUMN deleted_at          DATETIME(3) NULL;

-- Invitation, password reset and email change links. Only the SHA-256 of a token is stored.
CREATE TABLE auth_token (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT       NOT NULL,
    purpose    VARCHAR(20)  NOT NULL,
    token_hash CHAR(64)     NOT NULL,
    new_email  VARCHAR(254) NULL,
    created_at DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    expires_at DATETIME(3)  NOT NULL,
    used_at    DATETIME(3)  NULL,
    revoked_at DATETIME(3)  NULL,
    CONSTRAINT auth_token_hash_uk UNIQUE (token_hash),
    CONSTRAINT auth_token_purpose_chk CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET', 'EMAIL_CHANGE')),
    CONSTRAINT auth_token_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    INDEX auth_token_user_idx (user_id, purpose)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every login attempt, for the brute-force protection per account and per client address.
CREATE TABLE login_attempt (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email          VARCHAR(254) NULL,
    client_address VARCHAR(64)  NULL,
    succeeded      BOOLEAN      NOT NULL,
    attempted_at   DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    INDEX login_attempt_email_idx (email, attempted_at),
    INDEX login_attempt_address_idx (client_address, attempted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One-time recovery codes for two-factor authentication, stored as SHA-256.
CREATE TABLE recovery_code (
    id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id   BIGINT      NOT NULL,
    code_hash CHAR(64)    NOT NULL,
    used_at   DATETIME(3) NULL,
    CONSTRAINT recovery_code_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    INDEX recovery_code_user_idx (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE setting MODIFY setting_value MEDIUMTEXT NULL;
