-- Indexes (and two stored sort columns) for the portal's document lists, measured with the benchmark suite
-- (bench/REPORT.md): a customer with
-- 30,000 invoices waited a quarter of a second for every page, first or last, because MariaDB read and sorted all of
-- them. Each index here starts with what a list is scoped and filtered by, then holds one sort order of its grid,
-- ending with the id: MariaDB then reads a page in order straight from the index and stops after it, and a page
-- deep down the list is found by its sort key (ListPages). Ties are broken in the sort's own direction
-- (SortOrders.orderBy), so one index serves a column sorted up and down. The columns after the id let a list test
-- its condition (state, derived payment or quote status) in the index, without reading the rows it skips.

-- Invoices of a company (portal: one direction, never drafts): by invoice date (the default), number, due date, total
-- and amount due, which is stored (computed by MariaDB) so that it can be indexed.
ALTER TABLE invoice ADD COLUMN amount_due DECIMAL(15,2) AS (amount_total - amount_paid) STORED AFTER amount_paid;
CREATE INDEX invoice_list_date_idx ON invoice (company_id, direction, invoice_date, id, state, amount_paid, amount_total,
                                               due_date);
CREATE INDEX invoice_list_number_idx ON invoice (company_id, direction, number, invoice_date, id, state);
CREATE INDEX invoice_list_due_date_idx ON invoice (company_id, direction, due_date, invoice_date, id, state);
CREATE INDEX invoice_list_total_idx ON invoice (company_id, direction, amount_total, invoice_date, id, state);
CREATE INDEX invoice_list_amount_due_idx ON invoice (company_id, direction, amount_due, invoice_date, id, state);
-- the new due-date index starts with the old one's columns
DROP INDEX invoice_company_due_idx ON invoice;

-- Quotes of a company (sent or cancelled, status from signature and validity): by quote date, number, validity, total.
-- Quotes and orders share the table; "state IN (SENT, CANCELLED)" cannot lead an index that keeps an order, so the
-- portal's quotes are marked by a stored column, and the quote indexes hold them apart from the orders.
ALTER TABLE sale_order ADD COLUMN portal_quote BOOLEAN AS (state IN ('SENT', 'CANCELLED')) STORED AFTER state;
CREATE INDEX sale_order_quote_list_date_idx ON sale_order (customer_company_id, portal_quote, quote_date, id, state,
                                                           signed_at, valid_until);
CREATE INDEX sale_order_quote_list_number_idx ON sale_order (customer_company_id, portal_quote, number, quote_date, id);
CREATE INDEX sale_order_quote_list_valid_idx ON sale_order (customer_company_id, portal_quote, valid_until, quote_date,
                                                            id);
CREATE INDEX sale_order_quote_list_total_idx ON sale_order (customer_company_id, portal_quote, amount_total, quote_date,
                                                            id);

-- The delivery status of a sales order was computed from its deliveries for every row a list filtered or sorted by it
-- (half a second for a big customer). It is kept on the order now, written with every change of a delivery
-- (DeliveryRepository), by the same rule as before: nothing shipped; all delivered; all shipped; partially shipped
-- (cancelled deliveries do not count).
ALTER TABLE sale_order
    ADD COLUMN delivery_status VARCHAR(20) NOT NULL DEFAULT 'NOT_SHIPPED' AFTER order_date,
    ADD CONSTRAINT sale_order_delivery_status_chk
        CHECK (delivery_status IN ('NOT_SHIPPED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'DELIVERED'));
UPDATE sale_order o
   SET delivery_status = CASE
       WHEN (SELECT COUNT(*) FROM delivery d WHERE d.sale_order_id = o.id AND d.state IN ('SHIPPED', 'DELIVERED')) = 0
           THEN 'NOT_SHIPPED'
       WHEN (SELECT COUNT(*) FROM delivery d WHERE d.sale_order_id = o.id AND d.state = 'DELIVERED')
          = (SELECT COUNT(*) FROM delivery d WHERE d.sale_order_id = o.id AND d.state <> 'CANCELLED')
           THEN 'DELIVERED'
       WHEN (SELECT COUNT(*) FROM delivery d WHERE d.sale_order_id = o.id AND d.state IN ('SHIPPED', 'DELIVERED'))
          = (SELECT COUNT(*) FROM delivery d WHERE d.sale_order_id = o.id AND d.state <> 'CANCELLED')
           THEN 'SHIPPED'
       ELSE 'PARTIALLY_SHIPPED' END
 WHERE EXISTS (SELECT 1 FROM delivery d WHERE d.sale_order_id = o.id);

-- Sales orders of a company (confirmed): by order date, number, source, delivery status, total.
CREATE INDEX sale_order_order_list_date_idx ON sale_order (customer_company_id, state, order_date, id);
CREATE INDEX sale_order_order_list_number_idx ON sale_order (customer_company_id, state, number, order_date, id);
CREATE INDEX sale_order_order_list_source_idx ON sale_order (customer_company_id, state, source, order_date, id);
CREATE INDEX sale_order_order_list_delivery_idx ON sale_order (customer_company_id, state, delivery_status, order_date,
                                                               id);
CREATE INDEX sale_order_order_list_total_idx ON sale_order (customer_company_id, state, amount_total, order_date, id);
-- the new order-date index starts with the old one's columns but the state
DROP INDEX sale_order_customer_order_idx ON sale_order;

-- POS receipts of a company: by number and total; by date and by payment method and date the indexes of V14 serve
-- (InnoDB ends every index with the id).
CREATE INDEX pos_receipt_list_number_idx ON pos_receipt (company_id, number, receipt_date, id);
CREATE INDEX pos_receipt_list_total_idx ON pos_receipt (company_id, amount_total, receipt_date, id);
DROP INDEX pos_receipt_company_total_idx ON pos_receipt;

-- Tickets of a company: by creation (the default), number (the id), subject, priority, last change; by state and
-- creation is ticket_company_idx.
CREATE INDEX ticket_list_created_idx ON ticket (company_id, created_at, id);
CREATE INDEX ticket_list_number_idx ON ticket (company_id, id);
CREATE INDEX ticket_list_subject_idx ON ticket (company_id, subject, created_at, id);
CREATE INDEX ticket_list_priority_idx ON ticket (company_id, priority_rank, created_at, id);
CREATE INDEX ticket_list_updated_idx ON ticket (company_id, updated_at, created_at, id);
