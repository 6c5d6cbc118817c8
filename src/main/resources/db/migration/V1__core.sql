-- Core schema: contacts (companies and persons), users with roles and area permissions,
-- settings, email templates, audit log. Feature areas add their own tables in later migrations.
-- All DATETIME columns hold UTC (every connection sets time_zone = '+00:00').

CREATE TABLE contact (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(10)  NOT NULL,
    company_id   BIGINT       NULL,
    name         VARCHAR(200) NOT NULL,
    email        VARCHAR(254) NULL,
    phone        VARCHAR(50)  NULL,
    mobile       VARCHAR(50)  NULL,
    job_title    VARCHAR(100) NULL,
    street       VARCHAR(200) NULL,
    zip          VARCHAR(20)  NULL,
    city         VARCHAR(100) NULL,
    country_code CHAR(2)      NULL,
    vat_id       VARCHAR(30)  NULL,
    reference    VARCHAR(40)  NULL,
    language     VARCHAR(5)   NOT NULL DEFAULT 'de',
    is_customer  BOOLEAN      NOT NULL DEFAULT FALSE,
    is_supplier  BOOLEAN      NOT NULL DEFAULT FALSE,
    is_partner   BOOLEAN      NOT NULL DEFAULT FALSE,
    partner_id   BIGINT       NULL,
    created_at   DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at   DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version      INT          NOT NULL DEFAULT 0,
    CONSTRAINT contact_kind_chk CHECK (kind IN ('COMPANY', 'PERSON')),
    CONSTRAINT contact_company_only_for_persons_chk CHECK (kind = 'PERSON' OR company_id IS NULL),
    CONSTRAINT contact_company_fk FOREIGN KEY (company_id) REFERENCES contact (id),
    CONSTRAINT contact_partner_fk FOREIGN KEY (partner_id) REFERENCES contact (id),
    INDEX contact_company_idx (company_id, name),
    INDEX contact_partner_idx (partner_id),
    INDEX contact_name_idx (name),
    INDEX contact_email_idx (email),
    INDEX contact_city_idx (city),
    INDEX contact_vat_idx (vat_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contact_address (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contact_id   BIGINT       NOT NULL,
    type         VARCHAR(10)  NOT NULL,
    name         VARCHAR(200) NULL,
    street       VARCHAR(200) NULL,
    zip          VARCHAR(20)  NULL,
    city         VARCHAR(100) NULL,
    country_code CHAR(2)      NULL,
    created_at   DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT contact_address_type_chk CHECK (type IN ('INVOICE', 'DELIVERY', 'OTHER')),
    CONSTRAINT contact_address_contact_fk FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE,
    INDEX contact_address_contact_idx (contact_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(255) NULL,
    kind            VARCHAR(10)  NOT NULL,
    contact_id      BIGINT       NULL,
    language        VARCHAR(5)   NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    locked_until    DATETIME(3)  NULL,
    failed_logins   INT          NOT NULL DEFAULT 0,
    last_login_at   DATETIME(3)  NULL,
    created_at      DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at      DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT app_user_email_uk UNIQUE (email),
    CONSTRAINT app_user_contact_uk UNIQUE (contact_id),
    CONSTRAINT app_user_kind_chk CHECK (kind IN ('PORTAL', 'INTERNAL')),
    CONSTRAINT app_user_contact_fk FOREIGN KEY (contact_id) REFERENCES contact (id),
    INDEX app_user_kind_idx (kind, display_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT user_role_chk CHECK (role IN ('CUSTOMER', 'PARTNER', 'SUPPLIER', 'STAFF', 'ADMIN')),
    CONSTRAINT user_role_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_area_permission (
    user_id    BIGINT      NOT NULL,
    area       VARCHAR(20) NOT NULL,
    granted_by BIGINT      NULL,
    granted_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (user_id, area),
    CONSTRAINT user_area_permission_chk CHECK (area IN ('QUOTES', 'ORDERS', 'INVOICES', 'SUBSCRIPTIONS')),
    CONSTRAINT user_area_permission_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT user_area_permission_granted_by_fk FOREIGN KEY (granted_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE setting (
    setting_key   VARCHAR(100) NOT NULL PRIMARY KEY,
    setting_value TEXT         NULL,
    updated_at    DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_by    BIGINT       NULL,
    CONSTRAINT setting_updated_by_fk FOREIGN KEY (updated_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE email_template (
    template_key VARCHAR(60)  NOT NULL,
    language     VARCHAR(5)   NOT NULL,
    subject      VARCHAR(300) NOT NULL,
    body         TEXT         NOT NULL,
    updated_at   DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_by   BIGINT       NULL,
    PRIMARY KEY (template_key, language),
    CONSTRAINT email_template_updated_by_fk FOREIGN KEY (updated_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_log (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    actor_user_id  BIGINT       NULL,
    actor_email    VARCHAR(254) NULL,
    action         VARCHAR(60)  NOT NULL,
    target_type    VARCHAR(40)  NULL,
    target_id      BIGINT       NULL,
    details        TEXT         NULL,
    client_address VARCHAR(64)  NULL,
    INDEX audit_log_occurred_idx (occurred_at),
    INDEX audit_log_actor_idx (actor_user_id, occurred_at),
    INDEX audit_log_action_idx (action, occurred_at),
    INDEX audit_log_target_idx (target_type, target_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
