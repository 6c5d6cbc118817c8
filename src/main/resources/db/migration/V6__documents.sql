-- Sales and purchase documents: quotes and sales orders (one table: a quote becomes an order), deliveries with
-- tracking, purchase orders, invoices and vendor bills, payments, and what every document shares: lines,
-- history (messages, attachments, events, internal notes) and staff time entries.
-- Money is DECIMAL with a currency per document; dates are DATE, moments DATETIME(3) in UTC.

-- Document numbers per kind and year ("AN-2026-00042"), handed out under a row lock.
CREATE TABLE document_sequence (
    name       VARCHAR(20) NOT NULL,
    year       INT         NOT NULL,
    next_value INT         NOT NULL,
    PRIMARY KEY (name, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE payment_term (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code     VARCHAR(20)  NOT NULL,
    days     INT          NOT NULL,
    label_de VARCHAR(100) NOT NULL,
    label_en VARCHAR(100) NOT NULL,
    active   BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT payment_term_code_uk UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO payment_term (code, days, label_de, label_en) VALUES
    ('IMMEDIATE', 0, 'Sofort fällig ohne Abzug', 'Due immediately'),
    ('NET14', 14, '14 Tage netto', '14 days net'),
    ('NET30', 30, '30 Tage netto', '30 days net'),
    ('NET60', 60, '60 Tage netto', '60 days net');

-- A quote while DRAFT/SENT/CANCELLED, a sales order once CONFIRMED. EXPIRED is not stored: a SENT quote whose
-- valid_until lies in the past. A web shop order comes in CONFIRMED with source WEB_SHOP.
CREATE TABLE sale_order (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number               VARCHAR(30)   NOT NULL,
    source               VARCHAR(12)   NOT NULL DEFAULT 'BACK_OFFICE',
    state                VARCHAR(10)   NOT NULL DEFAULT 'DRAFT',
    customer_company_id  BIGINT        NOT NULL,
    customer_contact_id  BIGINT        NULL,
    reference            VARCHAR(100)  NULL,
    quote_date           DATE          NOT NULL,
    valid_until          DATE          NULL,
    order_date           DATE          NULL,
    payment_term_id      BIGINT        NULL,
    currency             CHAR(3)       NOT NULL DEFAULT 'EUR',
    amount_untaxed       DECIMAL(15,2) NOT NULL DEFAULT 0,
    amount_tax           DECIMAL(15,2) NOT NULL DEFAULT 0,
    amount_total         DECIMAL(15,2) NOT NULL DEFAULT 0,
    requires_signature   BOOLEAN       NOT NULL DEFAULT FALSE,
    requires_payment     BOOLEAN       NOT NULL DEFAULT FALSE,
    prepayment_percent   DECIMAL(5,2)  NOT NULL DEFAULT 100,
    note                 TEXT          NULL,
    responsible_user_id  BIGINT        NULL,
    sent_at              DATETIME(3)   NULL,
    signed_name          VARCHAR(200)  NULL,
    signature_png        MEDIUMBLOB    NULL,
    signed_at            DATETIME(3)   NULL,
    signed_address       VARCHAR(64)   NULL,
    signed_by_user_id    BIGINT        NULL,
    declined_at          DATETIME(3)   NULL,
    decline_reason       TEXT          NULL,
    cancelled_at         DATETIME(3)   NULL,
    cancel_reason        TEXT          NULL,
    confirmed_at         DATETIME(3)   NULL,
    feedback_rating      TINYINT       NULL,
    feedback_text        TEXT          NULL,
    feedback_at          DATETIME(3)   NULL,
    created_by           BIGINT        NULL,
    created_at           DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at           DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version              INT           NOT NULL DEFAULT 0,
    CONSTRAINT sale_order_number_uk UNIQUE (number),
    CONSTRAINT sale_order_source_chk CHECK (source IN ('BACK_OFFICE', 'WEB_SHOP')),
    CONSTRAINT sale_order_state_chk CHECK (state IN ('DRAFT', 'SENT', 'CONFIRMED', 'CANCELLED')),
    CONSTRAINT sale_order_customer_fk FOREIGN KEY (customer_company_id) REFERENCES contact (id),
    CONSTRAINT sale_order_contact_fk FOREIGN KEY (customer_contact_id) REFERENCES contact (id),
    CONSTRAINT sale_order_payment_term_fk FOREIGN KEY (payment_term_id) REFERENCES payment_term (id),
    CONSTRAINT sale_order_responsible_fk FOREIGN KEY (responsible_user_id) REFERENCES app_user (id),
    INDEX sale_order_customer_quote_idx (customer_company_id, state, quote_date),
    INDEX sale_order_customer_order_idx (customer_company_id, order_date),
    INDEX sale_order_state_idx (state, quote_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE purchase_order (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number               VARCHAR(30)   NOT NULL,
    state                VARCHAR(12)   NOT NULL DEFAULT 'DRAFT',
    supplier_company_id  BIGINT        NOT NULL,
    supplier_contact_id  BIGINT        NULL,
    reference            VARCHAR(100)  NULL,
    order_date           DATE          NOT NULL,
    expected_date        DATE          NULL,
    payment_term_id      BIGINT        NULL,
    currency             CHAR(3)       NOT NULL DEFAULT 'EUR',
    amount_untaxed       DECIMAL(15,2) NOT NULL DEFAULT 0,
    amount_tax           DECIMAL(15,2) NOT NULL DEFAULT 0,
    amount_total         DECIMAL(15,2) NOT NULL DEFAULT 0,
    note                 TEXT          NULL,
    responsible_user_id  BIGINT        NULL,
    sent_at              DATETIME(3)   NULL,
    acknowledged_at      DATETIME(3)   NULL,
    acknowledged_by      BIGINT        NULL,
    received_at          DATETIME(3)   NULL,
    cancelled_at         DATETIME(3)   NULL,
    created_by           BIGINT        NULL,
    created_at           DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at           DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version              INT           NOT NULL DEFAULT 0,
    CONSTRAINT purchase_order_number_uk UNIQUE (number),
    CONSTRAINT purchase_order_state_chk CHECK (state IN ('DRAFT', 'SENT', 'ACKNOWLEDGED', 'RECEIVED', 'CANCELLED')),
    CONSTRAINT purchase_order_supplier_fk FOREIGN KEY (supplier_company_id) REFERENCES contact (id),
    CONSTRAINT purchase_order_contact_fk FOREIGN KEY (supplier_contact_id) REFERENCES contact (id),
    CONSTRAINT purchase_order_payment_term_fk FOREIGN KEY (payment_term_id) REFERENCES payment_term (id),
    CONSTRAINT purchase_order_responsible_fk FOREIGN KEY (responsible_user_id) REFERENCES app_user (id),
    INDEX purchase_order_supplier_idx (supplier_company_id, state, order_date),
    INDEX purchase_order_state_idx (state, order_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Customer invoices (OUT) and vendor bills (IN). Payment status is derived from state, amounts and due date.
CREATE TABLE invoice (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number               VARCHAR(30)   NOT NULL,
    direction            VARCHAR(3)    NOT NULL,
    kind                 VARCHAR(12)   NOT NULL DEFAULT 'INVOICE',
    state                VARCHAR(10)   NOT NULL DEFAULT 'DRAFT',
    company_id           BIGINT        NOT NULL,
    contact_id           BIGINT        NULL,
    sale_order_id        BIGINT        NULL,
    purchase_order_id    BIGINT        NULL,
    reference            VARCHAR(100)  NULL,
    invoice_date         DATE          NOT NULL,
    due_date             DATE          NOT NULL,
    payment_term_id      BIGINT        NULL,
    currency             CHAR(3)       NOT NULL DEFAULT 'EUR',
    amount_untaxed       DECIMAL(15,2) NOT NULL DEFAULT 0,
    amount_tax           DECIMAL(15,2) NOT NULL DEFAULT 0,
    amount_total         DECIMAL(15,2) NOT NULL DEFAULT 0,
    amount_paid          DECIMAL(15,2) NOT NULL DEFAULT 0,
    paid_at              DATETIME(3)   NULL,
    note                 TEXT          NULL,
    responsible_user_id  BIGINT        NULL,
    sent_at              DATETIME(3)   NULL,
    cancelled_at         DATETIME(3)   NULL,
    created_by           BIGINT        NULL,
    created_at           DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at           DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version              INT           NOT NULL DEFAULT 0,
    CONSTRAINT invoice_number_uk UNIQUE (number),
    CONSTRAINT invoice_direction_chk CHECK (direction IN ('OUT', 'IN')),
    CONSTRAINT invoice_kind_chk CHECK (kind IN ('INVOICE', 'PREPAYMENT', 'CREDIT_NOTE')),
    CONSTRAINT invoice_state_chk CHECK (state IN ('DRAFT', 'POSTED', 'CANCELLED')),
    CONSTRAINT invoice_paid_chk CHECK (amount_paid >= 0),
    CONSTRAINT invoice_company_fk FOREIGN KEY (company_id) REFERENCES contact (id),
    CONSTRAINT invoice_contact_fk FOREIGN KEY (contact_id) REFERENCES contact (id),
    CONSTRAINT invoice_sale_order_fk FOREIGN KEY (sale_order_id) REFERENCES sale_order (id),
    CONSTRAINT invoice_purchase_order_fk FOREIGN KEY (purchase_order_id) REFERENCES purchase_order (id),
    CONSTRAINT invoice_payment_term_fk FOREIGN KEY (payment_term_id) REFERENCES payment_term (id),
    CONSTRAINT invoice_responsible_fk FOREIGN KEY (responsible_user_id) REFERENCES app_user (id),
    INDEX invoice_company_idx (company_id, direction, state, invoice_date),
    INDEX invoice_company_due_idx (company_id, direction, due_date),
    INDEX invoice_sale_order_idx (sale_order_id),
    INDEX invoice_state_idx (state, invoice_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Lines of sales orders, purchase orders and invoices. A SECTION or NOTE line carries only a description.
CREATE TABLE document_line (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_type    VARCHAR(20)   NOT NULL,
    document_id      BIGINT        NOT NULL,
    position         INT           NOT NULL,
    kind             VARCHAR(10)   NOT NULL DEFAULT 'PRODUCT',
    product_code     VARCHAR(40)   NULL,
    description      VARCHAR(2000) NOT NULL,
    quantity         DECIMAL(12,3) NOT NULL DEFAULT 0,
    unit             VARCHAR(20)   NULL,
    unit_price       DECIMAL(15,2) NOT NULL DEFAULT 0,
    discount_percent DECIMAL(5,2)  NOT NULL DEFAULT 0,
    tax_rate         DECIMAL(5,2)  NOT NULL DEFAULT 0,
    amount_net       DECIMAL(15,2) NOT NULL DEFAULT 0,
    expected_date    DATE          NULL,
    CONSTRAINT document_line_kind_chk CHECK (kind IN ('PRODUCT', 'SECTION', 'NOTE')),
    CONSTRAINT document_line_type_chk CHECK (document_type IN ('SALE_ORDER', 'PURCHASE_ORDER', 'INVOICE')),
    INDEX document_line_document_idx (document_type, document_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE carrier (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code         VARCHAR(20)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    -- {tracking} stands for the tracking number
    tracking_url VARCHAR(500) NOT NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT carrier_code_uk UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO carrier (code, name, tracking_url) VALUES
    ('DHL', 'DHL', 'https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={tracking}'),
    ('DPD', 'DPD', 'https://tracking.dpd.de/status/de_DE/parcel/{tracking}'),
    ('UPS', 'UPS', 'https://www.ups.com/track?tracknum={tracking}'),
    ('GLS', 'GLS', 'https://gls-group.com/DE/de/paketverfolgung?match={tracking}'),
    ('HERMES', 'Hermes', 'https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation#{tracking}');

CREATE TABLE delivery (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number         VARCHAR(30)  NOT NULL,
    sale_order_id  BIGINT       NOT NULL,
    state          VARCHAR(10)  NOT NULL DEFAULT 'WAITING',
    scheduled_date DATE         NULL,
    shipped_date   DATE         NULL,
    delivered_date DATE         NULL,
    note           VARCHAR(1000) NULL,
    created_at     DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT delivery_number_uk UNIQUE (number),
    CONSTRAINT delivery_state_chk CHECK (state IN ('WAITING', 'READY', 'SHIPPED', 'DELIVERED', 'CANCELLED')),
    CONSTRAINT delivery_order_fk FOREIGN KEY (sale_order_id) REFERENCES sale_order (id),
    INDEX delivery_order_idx (sale_order_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE delivery_line (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    delivery_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    description VARCHAR(2000) NOT NULL,
    quantity    DECIMAL(12,3) NOT NULL,
    unit        VARCHAR(20)   NULL,
    CONSTRAINT delivery_line_delivery_fk FOREIGN KEY (delivery_id) REFERENCES delivery (id) ON DELETE CASCADE,
    INDEX delivery_line_delivery_idx (delivery_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE delivery_tracking (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    delivery_id     BIGINT      NOT NULL,
    carrier_id      BIGINT      NOT NULL,
    tracking_number VARCHAR(60) NOT NULL,
    CONSTRAINT delivery_tracking_delivery_fk FOREIGN KEY (delivery_id) REFERENCES delivery (id) ON DELETE CASCADE,
    CONSTRAINT delivery_tracking_carrier_fk FOREIGN KEY (carrier_id) REFERENCES carrier (id),
    INDEX delivery_tracking_delivery_idx (delivery_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Payment providers admins configure and enable; secrets (API keys) stay in the environment, not here.
CREATE TABLE payment_provider (
    code         VARCHAR(20)  NOT NULL PRIMARY KEY,
    enabled      BOOLEAN      NOT NULL DEFAULT FALSE,
    display_name VARCHAR(100) NOT NULL,
    settings     TEXT         NULL,
    updated_at   DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_by   BIGINT       NULL,
    CONSTRAINT payment_provider_updated_by_fk FOREIGN KEY (updated_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per attempt. The idempotency key makes a retried attempt find its first row instead of paying twice.
CREATE TABLE payment (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    invoice_id         BIGINT        NOT NULL,
    method             VARCHAR(20)   NOT NULL,
    provider_code      VARCHAR(20)   NULL,
    state              VARCHAR(10)   NOT NULL DEFAULT 'PENDING',
    amount             DECIMAL(15,2) NOT NULL,
    currency           CHAR(3)       NOT NULL DEFAULT 'EUR',
    idempotency_key    VARCHAR(80)   NOT NULL,
    provider_reference VARCHAR(120)  NULL,
    failure_reason     VARCHAR(500)  NULL,
    payment_date       DATE          NULL,
    note               VARCHAR(500)  NULL,
    created_by         BIGINT        NULL,
    created_at         DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    completed_at       DATETIME(3)   NULL,
    CONSTRAINT payment_idempotency_uk UNIQUE (idempotency_key),
    CONSTRAINT payment_method_chk CHECK (method IN ('BANK_TRANSFER', 'CARD', 'MANUAL')),
    CONSTRAINT payment_state_chk CHECK (state IN ('PENDING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    CONSTRAINT payment_amount_chk CHECK (amount > 0),
    CONSTRAINT payment_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    INDEX payment_invoice_idx (invoice_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The history every document shares between customer and staff. NOTE entries are internal: never shown to
-- portal users, not even in the customer preview.
CREATE TABLE history_entry (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_type  VARCHAR(20)  NOT NULL,
    document_id    BIGINT       NOT NULL,
    kind           VARCHAR(10)  NOT NULL,
    event          VARCHAR(30)  NULL,
    author_user_id BIGINT       NULL,
    author_name    VARCHAR(200) NULL,
    body           TEXT         NULL,
    created_at     DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT history_entry_kind_chk CHECK (kind IN ('MESSAGE', 'NOTE', 'EVENT')),
    CONSTRAINT history_entry_author_fk FOREIGN KEY (author_user_id) REFERENCES app_user (id),
    INDEX history_entry_document_idx (document_type, document_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE history_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entry_id     BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      LONGBLOB     NOT NULL,
    created_at   DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT history_attachment_entry_fk FOREIGN KEY (entry_id) REFERENCES history_entry (id) ON DELETE CASCADE,
    INDEX history_attachment_entry_idx (entry_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE time_entry (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_type VARCHAR(20)  NOT NULL,
    document_id   BIGINT       NOT NULL,
    user_id       BIGINT       NOT NULL,
    work_date     DATE         NOT NULL,
    minutes       INT          NOT NULL,
    description   VARCHAR(500) NOT NULL,
    created_at    DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT time_entry_minutes_chk CHECK (minutes > 0 AND minutes <= 1440),
    CONSTRAINT time_entry_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id),
    INDEX time_entry_document_idx (document_type, document_id, work_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
