-- E-wallets, gift cards and loyalty cards of customer companies with their transactions; the point of sale:
-- registers, the employees who work them as cashiers (with the HR setting how a receipt names them) and the
-- receipts with lines and payments. EXPIRED is not stored: an ACTIVE card whose expiry date lies in the past.

CREATE TABLE wallet_card (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    company_id      BIGINT        NOT NULL,
    type            VARCHAR(10)   NOT NULL,
    code            VARCHAR(40)   NOT NULL,
    program_name    VARCHAR(100)  NULL,
    balance         DECIMAL(15,2) NULL,
    points          INT           NULL,
    currency        CHAR(3)       NOT NULL DEFAULT 'EUR',
    expiry_date     DATE          NULL,
    state           VARCHAR(10)   NOT NULL DEFAULT 'ACTIVE',
    usable_pos      BOOLEAN       NOT NULL DEFAULT TRUE,
    usable_sales    BOOLEAN       NOT NULL DEFAULT FALSE,
    usable_web_shop BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at      DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT wallet_card_code_uk UNIQUE (code),
    CONSTRAINT wallet_card_company_fk FOREIGN KEY (company_id) REFERENCES contact (id),
    INDEX wallet_card_company_type_idx (company_id, type, expiry_date),
    INDEX wallet_card_company_expiry_idx (company_id, expiry_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- amount for e-wallets and gift cards, points for loyalty cards; negative when spent
CREATE TABLE wallet_transaction (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    card_id           BIGINT        NOT NULL,
    transaction_date  DATE          NOT NULL,
    description       VARCHAR(200)  NOT NULL,
    amount            DECIMAL(15,2) NULL,
    points            INT           NULL,
    receipt_reference VARCHAR(30)   NULL,
    CONSTRAINT wallet_transaction_card_fk FOREIGN KEY (card_id) REFERENCES wallet_card (id),
    INDEX wallet_transaction_card_date_idx (card_id, transaction_date, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- receipt_type is the HR setting "Rechnungstyp": receipts show the cashier's NAME or only the REFERENCE
CREATE TABLE employee (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    reference    VARCHAR(30)  NOT NULL,
    receipt_type VARCHAR(10)  NOT NULL DEFAULT 'NAME',
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    version      INT          NOT NULL DEFAULT 0,
    CONSTRAINT employee_reference_uk UNIQUE (reference),
    INDEX employee_name_idx (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pos_register (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code     VARCHAR(20)  NOT NULL,
    name     VARCHAR(100) NOT NULL,
    location VARCHAR(200) NULL,
    CONSTRAINT pos_register_code_uk UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pos_receipt (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number          VARCHAR(30)   NOT NULL,
    company_id      BIGINT        NOT NULL,
    register_id     BIGINT        NOT NULL,
    employee_id     BIGINT        NOT NULL,
    receipt_date    DATETIME(3)   NOT NULL,
    order_reference VARCHAR(50)   NULL,
    currency        CHAR(3)       NOT NULL DEFAULT 'EUR',
    amount_untaxed  DECIMAL(15,2) NOT NULL DEFAULT 0,
    amount_tax      DECIMAL(15,2) NOT NULL DEFAULT 0,
    amount_total    DECIMAL(15,2) NOT NULL DEFAULT 0,
    -- the method of the largest payment, for the list; all payments are in pos_receipt_payment
    payment_method  VARCHAR(10)   NOT NULL,
    CONSTRAINT pos_receipt_number_uk UNIQUE (number),
    CONSTRAINT pos_receipt_company_fk FOREIGN KEY (company_id) REFERENCES contact (id),
    CONSTRAINT pos_receipt_register_fk FOREIGN KEY (register_id) REFERENCES pos_register (id),
    CONSTRAINT pos_receipt_employee_fk FOREIGN KEY (employee_id) REFERENCES employee (id),
    INDEX pos_receipt_company_date_idx (company_id, receipt_date),
    INDEX pos_receipt_company_method_idx (company_id, payment_method, receipt_date),
    INDEX pos_receipt_company_total_idx (company_id, amount_total)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pos_receipt_line (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    receipt_id       BIGINT        NOT NULL,
    position         INT           NOT NULL,
    product_code     VARCHAR(40)   NULL,
    product          VARCHAR(200)  NOT NULL,
    quantity         DECIMAL(12,3) NOT NULL,
    unit_price       DECIMAL(15,2) NOT NULL,
    discount_percent DECIMAL(5,2)  NOT NULL DEFAULT 0,
    tax_rate         DECIMAL(5,2)  NOT NULL,
    amount           DECIMAL(15,2) NOT NULL,
    CONSTRAINT pos_receipt_line_receipt_fk FOREIGN KEY (receipt_id) REFERENCES pos_receipt (id),
    INDEX pos_receipt_line_receipt_idx (receipt_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pos_receipt_payment (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    receipt_id BIGINT        NOT NULL,
    method     VARCHAR(10)   NOT NULL,
    amount     DECIMAL(15,2) NOT NULL,
    CONSTRAINT pos_receipt_payment_receipt_fk FOREIGN KEY (receipt_id) REFERENCES pos_receipt (id),
    INDEX pos_receipt_payment_receipt_idx (receipt_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
