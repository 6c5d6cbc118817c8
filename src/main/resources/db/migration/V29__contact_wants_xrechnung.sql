-- Companies (public authorities above all) that want the XRechnung XML with each invoice mail, beside the ZUGFeRD PDF
-- every invoice mail carries. Staff tick it on the company; the integration API sets it with "eInvoice".
ALTER TABLE contact ADD COLUMN wants_xrechnung BOOLEAN NOT NULL DEFAULT FALSE AFTER buyer_reference;
