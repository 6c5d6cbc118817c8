-- A request from the public support form belongs to no account until the sender confirms the address by the link
-- mailed to it (or staff link it): anyone can type someone else's address into the form. The link's token is kept
-- only as its SHA-256.
ALTER TABLE ticket
    ADD COLUMN requester_confirmed_at  DATETIME(3) NULL,
    ADD COLUMN confirmation_token_hash CHAR(64)    NULL,
    ADD CONSTRAINT ticket_confirmation_token_uk UNIQUE (confirmation_token_hash);

-- The confirmation mail replaces the receipt mail, whose text promised the sender a link to the ticket.
DELETE FROM email_template WHERE template_key = 'ticket-confirmation';

-- The prepayment invoice that a customer's acceptance creates is issued by the company, yet its history entries
-- (on the quote and on the invoice) named the customer who accepted as their author. Portal users never issue
-- invoices, so every such entry by a portal user is one of these.
UPDATE history_entry entry
    JOIN invoice ON invoice.kind = 'PREPAYMENT' AND invoice.sale_order_id = entry.document_id
        AND invoice.number = entry.body
    JOIN app_user author ON author.id = entry.author_user_id AND author.kind = 'PORTAL'
SET entry.event = 'PREPAYMENT_INVOICED', entry.author_user_id = NULL, entry.author_name = NULL
WHERE entry.document_type = 'SALE_ORDER' AND entry.kind = 'EVENT' AND entry.event = 'INVOICED';

UPDATE history_entry entry
    JOIN invoice ON invoice.id = entry.document_id AND invoice.kind = 'PREPAYMENT' AND invoice.sale_order_id IS NOT NULL
    JOIN app_user author ON author.id = entry.author_user_id AND author.kind = 'PORTAL'
SET entry.event = 'PREPAYMENT_INVOICED', entry.author_user_id = NULL, entry.author_name = NULL
WHERE entry.document_type = 'INVOICE' AND entry.kind = 'EVENT' AND entry.event = 'CREATED';

UPDATE invoice
    JOIN app_user author ON author.id = invoice.created_by AND author.kind = 'PORTAL'
SET invoice.created_by = NULL
WHERE invoice.kind = 'PREPAYMENT';
