-- E-invoices suppliers send us (ZUGFeRD / Factur-X PDF, XRechnung in CII or UBL): the file exactly as uploaded with
-- its SHA-256, a few fields read from it for the lists (the page reads the rest from the file again), the Mustang
-- validator's findings, and what staff decided: posted as a vendor bill, or rejected with a reason the supplier sees.
CREATE TABLE received_einvoice (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    supplier_company_id BIGINT        NOT NULL,
    uploaded_by         BIGINT        NOT NULL,
    uploaded_at         DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    file_name           VARCHAR(255)  NOT NULL,
    media_type          VARCHAR(100)  NOT NULL,
    content             MEDIUMBLOB    NOT NULL,
    sha256              CHAR(64)      NOT NULL,
    invoice_number      VARCHAR(100)  NOT NULL,
    issue_date          DATE          NULL,
    currency            CHAR(3)       NOT NULL,
    total               DECIMAL(15,2) NOT NULL,
    validation_errors   TEXT          NULL,
    validation_warnings TEXT          NULL,
    state               VARCHAR(10)   NOT NULL DEFAULT 'RECEIVED',
    invoice_id          BIGINT        NULL,
    rejection_reason    VARCHAR(1000) NULL,
    decided_by          BIGINT        NULL,
    decided_at          DATETIME(3)   NULL,
    -- the supplier's number while the file counts: a rejected file frees it for a corrected one
    active_number       VARCHAR(100)  AS (CASE WHEN state <> 'REJECTED' THEN invoice_number END) PERSISTENT,
    CONSTRAINT received_einvoice_sha256_uk UNIQUE (sha256),
    CONSTRAINT received_einvoice_number_uk UNIQUE (supplier_company_id, active_number),
    CONSTRAINT received_einvoice_state_chk CHECK (state IN ('RECEIVED', 'POSTED', 'REJECTED')),
    CONSTRAINT received_einvoice_posted_chk CHECK (state <> 'POSTED' OR invoice_id IS NOT NULL),
    CONSTRAINT received_einvoice_rejected_chk CHECK (state <> 'REJECTED' OR rejection_reason IS NOT NULL),
    CONSTRAINT received_einvoice_supplier_fk FOREIGN KEY (supplier_company_id) REFERENCES contact (id),
    CONSTRAINT received_einvoice_uploaded_by_fk FOREIGN KEY (uploaded_by) REFERENCES app_user (id),
    CONSTRAINT received_einvoice_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT received_einvoice_decided_by_fk FOREIGN KEY (decided_by) REFERENCES app_user (id),
    INDEX received_einvoice_state_idx (state, uploaded_at),
    INDEX received_einvoice_uploaded_idx (uploaded_at),
    INDEX received_einvoice_supplier_idx (supplier_company_id, uploaded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

DELIMITER //

-- The file is evidence: whatever code runs, its bytes and hash never change and it is never deleted.
CREATE TRIGGER received_einvoice_file_update BEFORE UPDATE ON received_einvoice FOR EACH ROW
BEGIN
    IF NOT (NEW.content <=> OLD.content AND NEW.sha256 <=> OLD.sha256 AND NEW.file_name <=> OLD.file_name
            AND NEW.supplier_company_id <=> OLD.supplier_company_id) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a received e-invoice file cannot change';
    END IF;
END//

CREATE TRIGGER received_einvoice_file_delete BEFORE DELETE ON received_einvoice FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a received e-invoice file cannot be deleted';
END//

DELIMITER ;
