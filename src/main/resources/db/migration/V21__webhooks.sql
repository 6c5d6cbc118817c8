-- Outgoing webhooks (Standard Webhooks). Domain services write an event into the outbox in the transaction of the
-- change; a worker fans each event out into one delivery per enabled endpoint subscribed to its type and sends
-- the deliveries, in order per (endpoint, subject), with retries. Everything the worker needs is in these tables,
-- so a restart loses nothing and several app nodes can share the work.

-- The outbox. The body is the exact JSON every endpoint receives, written once when the event is published.
CREATE TABLE webhook_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- the webhook-id header: the same for every attempt, so receivers can drop duplicates
    message_id  VARCHAR(40)  NOT NULL,
    event_type  VARCHAR(60)  NOT NULL,
    -- the document the event is about ("quote:AN-2026-00012"); deliveries keep its order per endpoint
    subject     VARCHAR(100) NOT NULL,
    body        MEDIUMTEXT   NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    fanned_out  BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT webhook_event_message_uk UNIQUE (message_id),
    -- the fan-out reads the oldest events not fanned out yet
    INDEX webhook_event_fan_out_idx (fanned_out, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Receivers. The secret signs every delivery, so it is kept as it is (shown to the admin once, at creation).
CREATE TABLE webhook_endpoint (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    url           VARCHAR(2000) NOT NULL,
    secret        VARCHAR(100)  NOT NULL,
    description   VARCHAR(500)  NULL,
    enabled       BOOLEAN       NOT NULL DEFAULT TRUE,
    -- the first failed attempt since the last success; failing for 24 h disables the endpoint
    failing_since DATETIME(3)   NULL,
    disabled_at   DATETIME(3)   NULL,
    created_at    DATETIME(3)   NOT NULL,
    created_by    BIGINT        NULL,
    CONSTRAINT webhook_endpoint_created_by_fk FOREIGN KEY (created_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The event types an endpoint subscribed to; the fan-out joins events to endpoints through it.
CREATE TABLE webhook_endpoint_event (
    event_type  VARCHAR(60) NOT NULL,
    endpoint_id BIGINT      NOT NULL,
    PRIMARY KEY (event_type, endpoint_id),
    CONSTRAINT webhook_endpoint_event_endpoint_fk FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoint (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One event for one endpoint. PENDING until it is DELIVERED (2xx) or FAILED for good (retries used up).
CREATE TABLE webhook_delivery (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id           BIGINT        NOT NULL,
    endpoint_id        BIGINT        NOT NULL,
    -- copied from the event: deliveries of one endpoint and subject go out one after the other, by id
    subject            VARCHAR(100)  NOT NULL,
    state              VARCHAR(10)   NOT NULL DEFAULT 'PENDING',
    attempts           INT           NOT NULL DEFAULT 0,
    -- when a worker may (try to) send it; a worker that takes it moves this past its lease, so a worker that
    -- dies mid-send leaves it to be sent again when the lease ends; NULL while the endpoint is disabled
    next_attempt_at    DATETIME(3)   NULL,
    last_attempt_at    DATETIME(3)   NULL,
    last_response_code INT           NULL,
    last_error         VARCHAR(1000) NULL,
    created_at         DATETIME(3)   NOT NULL,
    delivered_at       DATETIME(3)   NULL,
    CONSTRAINT webhook_delivery_state_chk CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED')),
    CONSTRAINT webhook_delivery_event_fk FOREIGN KEY (event_id) REFERENCES webhook_event (id),
    CONSTRAINT webhook_delivery_endpoint_fk FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoint (id)
        ON DELETE CASCADE,
    -- the worker's claim: due PENDING deliveries, oldest due first
    INDEX webhook_delivery_due_idx (state, next_attempt_at),
    -- the order per endpoint and subject: the earlier PENDING delivery and the next one after a delivery
    INDEX webhook_delivery_order_idx (endpoint_id, subject, state, id),
    -- the delivery log, newest first, all or by state
    INDEX webhook_delivery_log_idx (state, id),
    INDEX webhook_delivery_event_idx (event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per job that only one node may do at a time; a node takes it with SELECT ... FOR UPDATE SKIP LOCKED.
CREATE TABLE webhook_worker_lock (
    name VARCHAR(40) NOT NULL PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO webhook_worker_lock (name) VALUES ('fan-out');
