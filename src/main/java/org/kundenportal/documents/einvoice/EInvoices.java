package org.kundenportal.documents.einvoice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA1;
import org.springframework.stereotype.Service;

/**
 * Writes an invoice as e-invoice with the Mustang library: ZUGFeRD 2 / Factur-X (profile EN 16931) by attaching the
 * CII XML to our PDF/A-1b invoice, which becomes PDF/A-3; and XRechnung (CII syntax, current XRechnung version) as
 * XML of its own.
 */
@Service
public class EInvoices {

    private static final String PRODUCER = "Kundenportal";

    /** The invoice PDF with its EN 16931 XML inside: one file that people read and accounting software books. */
    public byte[] zugferd(byte[] pdfA1, EInvoiceData invoice) {
        // our renderer writes PDF/A-1b (the tests check it with veraPDF); checking it again on every download would
        // double the time a PDF takes
        try (ZUGFeRDExporterFromA1 exporter = new ZUGFeRDExporterFromA1()) {
            exporter.ignorePDFAErrors();
            exporter.setProducer(PRODUCER).setCreator(invoice.seller().name())
                    .setProfile(Profiles.getByName("EN16931"))
                    .load(pdfA1);
            exporter.setTransaction(invoice.toMustang());
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdfA1.length + 16 * 1024);
            exporter.export(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the ZUGFeRD PDF of " + invoice.number(), e);
        }
    }

    /** The XRechnung of the invoice (CII), for public-sector customers and whoever books XML only. */
    public byte[] xrechnung(EInvoiceData invoice) {
        ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
        provider.setProfile(Profiles.getByName("XRECHNUNG"));
        provider.generateXML(invoice.toMustang());
        return provider.getXML();
    }
}
