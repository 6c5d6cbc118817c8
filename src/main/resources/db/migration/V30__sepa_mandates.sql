-- SEPA direct debit mandates: a customer company signed one (a signed signature request), staff register it with
-- its reference; its invoices are then collected by direct debit. A company has at most one active mandate: the
-- generated column is the company only while the mandate is not revoked, and unique (NULLs do not collide).
CREATE TABLE sepa_mandate (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    company_id           BIGINT       NOT NULL,
    reference            VARCHAR(35)  NOT NULL,
    debtor_name          VARCHAR(70)  NOT NULL,
    iban                 VARCHAR(34)  NOT NULL,
    bic                  VARCHAR(11)  NULL,
    signed_on            DATE         NOT NULL,
    signature_request_id BIGINT       NOT NULL,
    created_by_user_id   BIGINT       NULL,
    created_at           DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    revoked_at           DATETIME(3)  NULL,
    revoked_by_user_id   BIGINT       NULL,
    active_company_id    BIGINT AS (IF(revoked_at IS NULL, company_id, NULL)) PERSISTENT,
    CONSTRAINT sepa_mandate_reference_uk UNIQUE (reference),
    CONSTRAINT sepa_mandate_active_uk UNIQUE (active_company_id),
    CONSTRAINT sepa_mandate_company_fk FOREIGN KEY (company_id) REFERENCES contact (id),
    CONSTRAINT sepa_mandate_request_fk FOREIGN KEY (signature_request_id) REFERENCES signature_request (id),
    CONSTRAINT sepa_mandate_created_by_fk FOREIGN KEY (created_by_user_id) REFERENCES app_user (id),
    CONSTRAINT sepa_mandate_revoked_by_fk FOREIGN KEY (revoked_by_user_id) REFERENCES app_user (id),
    INDEX sepa_mandate_request_idx (signature_request_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The mandate an invoice is collected under, fixed when it is posted: the invoice the customer received, its PDF
-- and its e-invoice keep saying "direct debit" even if the mandate is revoked later.
ALTER TABLE invoice ADD COLUMN sepa_mandate_id BIGINT NULL AFTER payment_term_id,
    ADD CONSTRAINT invoice_sepa_mandate_fk FOREIGN KEY (sepa_mandate_id) REFERENCES sepa_mandate (id);
