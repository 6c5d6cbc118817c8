package org.kundenportal.invoices.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kundenportal.base.mail.MailAttachment;
import org.kundenportal.contacts.domain.ContactService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What an invoice mail carries: the ZUGFeRD PDF in the recipient's language, and the XRechnung too for a company
 * that wants it. Made once the posting is committed, from the stored invoice. A file that cannot be made is left
 * out and the failure logged as an error: the mail still tells the customer of the invoice, which the portal offers
 * in every form, whereas holding the mail back would hide a posted invoice from its customer.
 */
@Component
class InvoiceMailFiles {

    private static final Logger log = LoggerFactory.getLogger(InvoiceMailFiles.class);

    private final EInvoiceFiles files;
    private final ContactService contacts;

    InvoiceMailFiles(EInvoiceFiles files, ContactService contacts) {
        this.files = files;
        this.contacts = contacts;
    }

    /** The invoice's files by the recipient's language; each language's are made once, for all who read it. */
    Function<String, List<MailAttachment>> of(Invoice invoice) {
        boolean xrechnung = contacts.eInvoice(invoice.companyId()).wantsXRechnung();
        Map<String, List<MailAttachment>> byLanguage = new HashMap<>();
        return language -> byLanguage.computeIfAbsent(language, ignored -> make(invoice.number(), Locale.of(language),
                xrechnung));
    }

    private List<MailAttachment> make(String number, Locale locale, boolean withXRechnung) {
        List<MailAttachment> attachments = new ArrayList<>();
        attach(attachments, number + ".pdf", "application/pdf", () -> files.zugferdPdf(number, locale));
        if (withXRechnung) {
            attach(attachments, number + ".xml", "application/xml", () -> files.xrechnung(number, locale));
        }
        return attachments;
    }

    private static void attach(List<MailAttachment> attachments, String fileName, String mediaType,
                               Supplier<Optional<byte[]>> file) {
        try {
            file.get().ifPresentOrElse(content -> attachments.add(new MailAttachment(fileName, mediaType, content)),
                    () -> log.warn("Invoice mail: {} is no posted customer invoice any more; sent without it", fileName));
        } catch (RuntimeException failure) {
            log.error("Invoice mail: {} could not be made; the mail goes without it", fileName, failure);
        }
    }
}
