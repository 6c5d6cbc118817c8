-- Online payment through Stripe Checkout and PayPal Checkout replaces the generic card provider. A payment keeps the
-- provider's second reference (Stripe's PaymentIntent, PayPal's capture), which refunds and captures name, and what
-- the provider has refunded of it.
ALTER TABLE payment DROP CONSTRAINT payment_method_chk;
ALTER TABLE payment ADD CONSTRAINT payment_method_chk
    CHECK (method IN ('BANK_TRANSFER', 'CARD', 'MANUAL', 'STRIPE', 'PAYPAL'));
ALTER TABLE payment ADD COLUMN provider_payment_ref VARCHAR(120) NULL AFTER provider_reference;
ALTER TABLE payment ADD COLUMN refunded DECIMAL(15,2) NOT NULL DEFAULT 0 AFTER amount;
ALTER TABLE payment ADD CONSTRAINT payment_refunded_chk CHECK (refunded >= 0 AND refunded <= amount);
CREATE INDEX payment_provider_reference_idx ON payment (provider_code, provider_reference);
CREATE INDEX payment_provider_payment_ref_idx ON payment (provider_code, provider_payment_ref);

-- the generic card provider is gone; its past payments stay as they were
DELETE FROM payment_provider WHERE code = 'CARD';
