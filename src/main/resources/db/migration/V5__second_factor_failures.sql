-- Wrong second-factor codes of a user across login attempts. A pending login ends after five wrong codes,
-- but someone who knows the password could start over again and again; after ten wrong codes in a row the
-- code step stays closed for a while (see TwoFactorService).
ALTER TABLE app_user
    ADD COLUMN totp_failed_codes INT         NOT NULL DEFAULT 0,
    ADD COLUMN totp_failed_at    DATETIME(3) NULL;
