-- Documents the integration API writes are addressed by the sending system's own id (the ERP's quote, order,
-- invoice, purchase order or subscription number). external_hash is the SHA-256 of the last request that wrote the
-- row: the same request again changes nothing. Quotes and sales orders share sale_order (a quote becomes an order),
-- so one external id names the document through both stages.
ALTER TABLE sale_order
    ADD COLUMN external_id   VARCHAR(100) NULL,
    ADD COLUMN external_hash CHAR(64)     NULL,
    ADD CONSTRAINT sale_order_external_uk UNIQUE (external_id);

ALTER TABLE invoice
    ADD COLUMN external_id   VARCHAR(100) NULL,
    ADD COLUMN external_hash CHAR(64)     NULL,
    ADD CONSTRAINT invoice_external_uk UNIQUE (external_id);

ALTER TABLE purchase_order
    ADD COLUMN external_id   VARCHAR(100) NULL,
    ADD COLUMN external_hash CHAR(64)     NULL,
    ADD CONSTRAINT purchase_order_external_uk UNIQUE (external_id);

ALTER TABLE subscription
    ADD COLUMN external_id   VARCHAR(100) NULL,
    ADD COLUMN external_hash CHAR(64)     NULL,
    ADD CONSTRAINT subscription_external_uk UNIQUE (external_id);
