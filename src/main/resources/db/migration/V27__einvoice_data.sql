-- What e-invoices (EN 16931: ZUGFeRD, XRechnung) need and the data lacked: the buyer reference a customer's
-- accounts payable asks for (the Leitweg-ID of German public authorities). Staff set it on the company.
ALTER TABLE contact ADD COLUMN buyer_reference VARCHAR(60) NULL AFTER reference;
