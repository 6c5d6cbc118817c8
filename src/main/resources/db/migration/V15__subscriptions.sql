-- Subscriptions of customer companies: the modules and components of a plan, billed every period. The recurring
-- total is stored on the header so that the list sorts by it in SQL; lines carry no tax (prices are net).

CREATE TABLE subscription (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number              VARCHAR(30)   NOT NULL,
    company_id          BIGINT        NOT NULL,
    plan_name           VARCHAR(200)  NOT NULL,
    state               VARCHAR(10)   NOT NULL DEFAULT 'ACTIVE',
    billing_period      VARCHAR(10)   NOT NULL,
    start_date          DATE          NOT NULL,
    next_invoice_date   DATE          NULL,
    end_date            DATE          NULL,
    currency            CHAR(3)       NOT NULL DEFAULT 'EUR',
    recurring_total     DECIMAL(15,2) NOT NULL DEFAULT 0,
    responsible_user_id BIGINT        NULL,
    version             INT           NOT NULL DEFAULT 0,
    created_at          DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT subscription_number_uk UNIQUE (number),
    CONSTRAINT subscription_company_fk FOREIGN KEY (company_id) REFERENCES contact (id),
    CONSTRAINT subscription_responsible_fk FOREIGN KEY (responsible_user_id) REFERENCES app_user (id),
    INDEX subscription_company_start_idx (company_id, start_date),
    INDEX subscription_company_state_idx (company_id, state, next_invoice_date),
    INDEX subscription_company_next_idx (company_id, next_invoice_date),
    INDEX subscription_company_total_idx (company_id, recurring_total),
    INDEX subscription_plan_idx (plan_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE subscription_line (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subscription_id BIGINT        NOT NULL,
    position        INT           NOT NULL,
    code            VARCHAR(40)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    description     VARCHAR(1000) NULL,
    quantity        DECIMAL(12,3) NOT NULL,
    unit_price      DECIMAL(15,2) NOT NULL,
    CONSTRAINT subscription_line_subscription_fk FOREIGN KEY (subscription_id) REFERENCES subscription (id),
    INDEX subscription_line_subscription_idx (subscription_id, position),
    -- "do I have module X?" searches lines by name and code
    INDEX subscription_line_name_idx (name),
    INDEX subscription_line_code_idx (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
