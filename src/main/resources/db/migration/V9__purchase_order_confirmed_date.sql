-- The delivery date the supplier confirms when acknowledging a purchase order; the date we asked for stays in
-- expected_date, so both can be compared.
ALTER TABLE purchase_order ADD COLUMN confirmed_date DATE NULL AFTER expected_date;
