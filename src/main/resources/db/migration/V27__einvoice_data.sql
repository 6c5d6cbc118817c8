-- What e-invoices (EN 16931: ZUGFeRD, XRechnung) need and the data lacked: the buyer reference a customer's
-- accounts payable asks for (the Leitweg-ID of German public authorities), and whether the customer wants the
-- XRechnung XML with its invoice mails.
ALTER TABLE contact ADD COLUMN buyer_reference VARCHAR(60) NULL AFTER reference;
ALTER TABLE contact ADD COLUMN wants_xrechnung BOOLEAN NOT NULL DEFAULT FALSE AFTER buyer_reference;
