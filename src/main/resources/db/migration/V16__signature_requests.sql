-- Signature requests: staff upload a PDF, place fields on its pages and send it to a contact's portal user, who
-- fills the fields and signs. Positions are fractions of the page (0..1, origin top left) so they do not depend
-- on the size a page is rendered at. Once signed, a request, its fields and pages never change: the triggers at
-- the end refuse it in the database itself, whatever code tries.
CREATE TABLE signature_request (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number              VARCHAR(30)  NOT NULL,
    company_id          BIGINT       NOT NULL,
    signer_user_id      BIGINT       NOT NULL,
    title               VARCHAR(200) NOT NULL,
    message             TEXT         NULL,
    state               VARCHAR(10)  NOT NULL DEFAULT 'DRAFT',
    original_file_name  VARCHAR(255) NOT NULL,
    original_pdf        LONGBLOB     NOT NULL,
    original_sha256     CHAR(64)     NOT NULL,
    page_count          INT          NOT NULL,
    created_by_user_id  BIGINT       NULL,
    responsible_user_id BIGINT       NULL,
    created_at          DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    sent_at             DATETIME(3)  NULL,
    cancelled_at        DATETIME(3)  NULL,
    signed_at           DATETIME(3)  NULL,
    signed_by_name      VARCHAR(200) NULL,
    signer_address      VARCHAR(64)  NULL,
    signed_pdf          LONGBLOB     NULL,
    signed_sha256       CHAR(64)     NULL,
    version             INT          NOT NULL DEFAULT 0,
    CONSTRAINT signature_request_number_uk UNIQUE (number),
    CONSTRAINT signature_request_state_chk CHECK (state IN ('DRAFT', 'SENT', 'SIGNED', 'CANCELLED')),
    CONSTRAINT signature_request_signed_chk CHECK (state <> 'SIGNED' OR (signed_at IS NOT NULL AND signed_pdf IS NOT NULL
        AND signed_sha256 IS NOT NULL AND signed_by_name IS NOT NULL)),
    CONSTRAINT signature_request_company_fk FOREIGN KEY (company_id) REFERENCES contact (id),
    CONSTRAINT signature_request_signer_fk FOREIGN KEY (signer_user_id) REFERENCES app_user (id),
    CONSTRAINT signature_request_created_by_fk FOREIGN KEY (created_by_user_id) REFERENCES app_user (id),
    CONSTRAINT signature_request_responsible_fk FOREIGN KEY (responsible_user_id) REFERENCES app_user (id),
    INDEX signature_request_company_idx (company_id, state, created_at),
    INDEX signature_request_signer_idx (signer_user_id, state, created_at),
    INDEX signature_request_state_idx (state, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each page rendered once at upload, so the signing view shows images without parsing the PDF again.
CREATE TABLE signature_page (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT        NOT NULL,
    page_no     INT           NOT NULL,
    width_pt    DECIMAL(9,2)  NOT NULL,
    height_pt   DECIMAL(9,2)  NOT NULL,
    image_png   MEDIUMBLOB    NOT NULL,
    CONSTRAINT signature_page_uk UNIQUE (request_id, page_no),
    CONSTRAINT signature_page_request_fk FOREIGN KEY (request_id) REFERENCES signature_request (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE signature_field (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id   BIGINT        NOT NULL,
    position     INT           NOT NULL,
    kind         VARCHAR(10)   NOT NULL,
    label        VARCHAR(200)  NULL,
    required     BOOLEAN       NOT NULL DEFAULT TRUE,
    page_no      INT           NOT NULL,
    x            DECIMAL(6,5)  NOT NULL,
    y            DECIMAL(6,5)  NOT NULL,
    width        DECIMAL(6,5)  NOT NULL,
    height       DECIMAL(6,5)  NOT NULL,
    -- the signer's input: text, an ISO date or 'true'/'false' in text_value; a drawn PNG in image_png
    text_value   VARCHAR(1000) NULL,
    image_png    MEDIUMBLOB    NULL,
    filled_at    DATETIME(3)   NULL,
    CONSTRAINT signature_field_kind_chk CHECK (kind IN ('SIGNATURE', 'INITIALS', 'TEXT', 'DATE', 'CHECKBOX')),
    CONSTRAINT signature_field_box_chk CHECK (x >= 0 AND y >= 0 AND width > 0 AND height > 0
        AND x + width <= 1 AND y + height <= 1),
    CONSTRAINT signature_field_request_fk FOREIGN KEY (request_id) REFERENCES signature_request (id) ON DELETE CASCADE,
    INDEX signature_field_request_idx (request_id, page_no, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

DELIMITER //

-- A signed request keeps everything; only its responsible staff member (and the version that guards it) may change.
CREATE TRIGGER signature_request_signed_update BEFORE UPDATE ON signature_request FOR EACH ROW
BEGIN
    IF OLD.state = 'SIGNED' AND NOT (NEW.number <=> OLD.number AND NEW.company_id <=> OLD.company_id
            AND NEW.signer_user_id <=> OLD.signer_user_id AND NEW.title <=> OLD.title AND NEW.message <=> OLD.message
            AND NEW.state <=> OLD.state AND NEW.original_file_name <=> OLD.original_file_name
            AND NEW.original_pdf <=> OLD.original_pdf AND NEW.original_sha256 <=> OLD.original_sha256
            AND NEW.page_count <=> OLD.page_count AND NEW.created_by_user_id <=> OLD.created_by_user_id
            AND NEW.created_at <=> OLD.created_at AND NEW.sent_at <=> OLD.sent_at
            AND NEW.cancelled_at <=> OLD.cancelled_at AND NEW.signed_at <=> OLD.signed_at
            AND NEW.signed_by_name <=> OLD.signed_by_name AND NEW.signer_address <=> OLD.signer_address
            AND NEW.signed_pdf <=> OLD.signed_pdf AND NEW.signed_sha256 <=> OLD.signed_sha256) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signature request is signed and cannot change';
    END IF;
END//

CREATE TRIGGER signature_request_signed_delete BEFORE DELETE ON signature_request FOR EACH ROW
BEGIN
    IF OLD.state = 'SIGNED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signature request is signed and cannot be deleted';
    END IF;
END//

CREATE TRIGGER signature_field_signed_insert BEFORE INSERT ON signature_field FOR EACH ROW
BEGIN
    IF (SELECT state FROM signature_request WHERE id = NEW.request_id) = 'SIGNED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signature request is signed and cannot change';
    END IF;
END//

CREATE TRIGGER signature_field_signed_update BEFORE UPDATE ON signature_field FOR EACH ROW
BEGIN
    IF (SELECT state FROM signature_request WHERE id = OLD.request_id) = 'SIGNED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signature request is signed and cannot change';
    END IF;
END//

CREATE TRIGGER signature_field_signed_delete BEFORE DELETE ON signature_field FOR EACH ROW
BEGIN
    IF (SELECT state FROM signature_request WHERE id = OLD.request_id) = 'SIGNED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signature request is signed and cannot change';
    END IF;
END//

CREATE TRIGGER signature_page_signed_update BEFORE UPDATE ON signature_page FOR EACH ROW
BEGIN
    IF (SELECT state FROM signature_request WHERE id = OLD.request_id) = 'SIGNED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signature request is signed and cannot change';
    END IF;
END//

CREATE TRIGGER signature_page_signed_delete BEFORE DELETE ON signature_page FOR EACH ROW
BEGIN
    IF (SELECT state FROM signature_request WHERE id = OLD.request_id) = 'SIGNED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signature request is signed and cannot change';
    END IF;
END//

DELIMITER ;
