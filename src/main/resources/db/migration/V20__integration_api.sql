-- The integration API: clients (the company's ERP, POS, web shop) authenticate with a bearer token stored only as
-- its SHA-256. Each client acts in the domain services as a technical internal user that can never log in, so
-- audit log and history name it like any other actor.
CREATE TABLE api_client (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    user_id      BIGINT       NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    -- the token's first characters, so admins recognise which token a client holds
    token_hint   VARCHAR(16)  NOT NULL,
    -- space-separated, e.g. "read receipts:write"
    scopes       VARCHAR(300) NOT NULL,
    created_at   DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    rotated_at   DATETIME(3)  NULL,
    revoked_at   DATETIME(3)  NULL,
    last_used_at DATETIME(3)  NULL,
    CONSTRAINT api_client_token_uk UNIQUE (token_hash),
    CONSTRAINT api_client_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id),
    INDEX api_client_name_idx (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Rows the API writes are addressed by the sending system's own id. external_hash is the SHA-256 of the last
-- request that wrote the row: the same request again changes nothing.
ALTER TABLE contact
    ADD COLUMN external_id   VARCHAR(100) NULL,
    ADD COLUMN external_hash CHAR(64)     NULL,
    ADD CONSTRAINT contact_external_uk UNIQUE (external_id);

ALTER TABLE employee
    ADD COLUMN external_id   VARCHAR(100) NULL,
    ADD COLUMN external_hash CHAR(64)     NULL,
    ADD CONSTRAINT employee_external_uk UNIQUE (external_id);

ALTER TABLE pos_receipt
    ADD COLUMN external_id   VARCHAR(100) NULL,
    ADD COLUMN external_hash CHAR(64)     NULL,
    ADD CONSTRAINT pos_receipt_external_uk UNIQUE (external_id);

ALTER TABLE wallet_card
    ADD COLUMN external_id   VARCHAR(100) NULL,
    ADD COLUMN external_hash CHAR(64)     NULL,
    ADD CONSTRAINT wallet_card_external_uk UNIQUE (external_id);

-- a transaction the sending system books twice (a retry) is booked once
ALTER TABLE wallet_transaction
    ADD COLUMN external_id VARCHAR(100) NULL,
    ADD CONSTRAINT wallet_transaction_external_uk UNIQUE (card_id, external_id);
