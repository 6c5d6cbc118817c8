-- Support tickets: from the portal, from the public form (no login) or entered by staff. A public submission
-- has no company until staff link it to a contact; the requester's name and email keep who sent it.
CREATE TABLE ticket (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number             VARCHAR(30)   NOT NULL,
    company_id         BIGINT        NULL,
    contact_id         BIGINT        NULL,
    created_by_user_id BIGINT        NULL,
    requester_name     VARCHAR(200)  NULL,
    requester_email    VARCHAR(254)  NULL,
    requester_company  VARCHAR(200)  NULL,
    subject            VARCHAR(200)  NOT NULL,
    description        TEXT          NOT NULL,
    category           VARCHAR(20)   NOT NULL,
    priority           VARCHAR(10)   NOT NULL DEFAULT 'NORMAL',
    -- lets lists sort by urgency (and use an index for it) instead of by the priority's name
    priority_rank      TINYINT       AS (CASE priority WHEN 'URGENT' THEN 4 WHEN 'HIGH' THEN 3 WHEN 'NORMAL' THEN 2 ELSE 1 END) STORED,
    state              VARCHAR(25)   NOT NULL DEFAULT 'NEW',
    assigned_user_id   BIGINT        NULL,
    source             VARCHAR(12)   NOT NULL,
    created_at         DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at         DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    closed_at          DATETIME(3)   NULL,
    reopened_at        DATETIME(3)   NULL,
    version            INT           NOT NULL DEFAULT 0,
    CONSTRAINT ticket_number_uk UNIQUE (number),
    CONSTRAINT ticket_category_chk CHECK (category IN ('QUESTION', 'PROBLEM', 'FEATURE_REQUEST', 'ACCOUNT')),
    CONSTRAINT ticket_priority_chk CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    CONSTRAINT ticket_state_chk CHECK (state IN ('NEW', 'BACKLOG', 'WAITING_FOR_CUSTOMER', 'IN_PROGRESS', 'DONE')),
    CONSTRAINT ticket_source_chk CHECK (source IN ('PORTAL', 'PUBLIC_FORM', 'STAFF')),
    CONSTRAINT ticket_company_fk FOREIGN KEY (company_id) REFERENCES contact (id),
    CONSTRAINT ticket_contact_fk FOREIGN KEY (contact_id) REFERENCES contact (id),
    CONSTRAINT ticket_created_by_fk FOREIGN KEY (created_by_user_id) REFERENCES app_user (id),
    CONSTRAINT ticket_assigned_fk FOREIGN KEY (assigned_user_id) REFERENCES app_user (id),
    INDEX ticket_company_idx (company_id, state, created_at),
    INDEX ticket_queue_idx (state, priority_rank, created_at),
    INDEX ticket_assigned_idx (assigned_user_id, state, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Files sent with a ticket; the type is what the content turned out to be, not what the browser claimed.
CREATE TABLE ticket_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ticket_id    BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      LONGBLOB     NOT NULL,
    created_at   DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT ticket_attachment_size_chk CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    CONSTRAINT ticket_attachment_ticket_fk FOREIGN KEY (ticket_id) REFERENCES ticket (id) ON DELETE CASCADE,
    INDEX ticket_attachment_ticket_idx (ticket_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Submissions of the public form, counted per client address and per email for the rate limits.
CREATE TABLE ticket_submission (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email          VARCHAR(254) NOT NULL,
    client_address VARCHAR(64)  NULL,
    submitted_at   DATETIME(3)  NOT NULL,
    INDEX ticket_submission_email_idx (email, submitted_at),
    INDEX ticket_submission_address_idx (client_address, submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
