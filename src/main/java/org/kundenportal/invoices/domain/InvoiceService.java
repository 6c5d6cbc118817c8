package org.kundenportal.invoices.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kundenportal.access.domain.AfterCommit;
import org.kundenportal.access.domain.RefusedException;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.mail.MailDeliveryException;
import org.kundenportal.base.mail.MailRecipients;
import org.kundenportal.base.mail.MailRecipients.Recipient;
import org.kundenportal.base.mail.MailService;
import org.kundenportal.base.mail.MailTemplate;
import org.kundenportal.base.mail.PortalLinks;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.domain.DocumentNumbers;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.domain.HistoryLog;
import org.kundenportal.documents.domain.Totals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The back office's work on invoices: create from an order, create a vendor bill, post and send, cancel. */
@Service
public class InvoiceService {

    private final InvoiceRepository invoices;
    private final DocumentLines lines;
    private final DocumentNumbers numbers;
    private final HistoryLog history;
    private final Settings settings;
    private final MailRecipients recipients;
    private final MailService mail;
    private final PortalLinks links;

    public InvoiceService(InvoiceRepository invoices, DocumentLines lines, DocumentNumbers numbers, HistoryLog history,
                          Settings settings, MailRecipients recipients, MailService mail, PortalLinks links) {
        this.invoices = invoices;
        this.lines = lines;
        this.numbers = numbers;
        this.history = history;
        this.settings = settings;
        this.recipients = recipients;
        this.mail = mail;
        this.links = links;
    }

    /**
     * Creates a draft invoice with the lines of a confirmed sales order; due after the order's payment term (or
     * the default one). Returns the new invoice's number.
     */
    @Transactional
    public String createFromOrder(long saleOrderId, LocalDate invoiceDate, long staffUserId) {
        InvoiceRepository.OrderToInvoice order = invoices.confirmedOrder(saleOrderId)
                .orElseThrow(() -> new RefusedException("invoices.create.order-not-confirmed"));
        List<DocumentLine> orderLines = lines.of(DocumentRef.saleOrder(order.id()));
        if (orderLines.stream().noneMatch(DocumentLine::hasAmount)) {
            throw new RefusedException("invoices.create.no-lines");
        }
        InvoiceRepository.Term term = invoices.paymentTerm(order.paymentTermId(), settings.get(SettingKey.DEFAULT_PAYMENT_TERM))
                .orElse(null);
        LocalDate dueDate = invoiceDate.plusDays(term == null ? 14 : term.days());
        String number = numbers.next(DocumentNumbers.Series.INVOICE, invoiceDate);
        long id = invoices.insert(new NewInvoice(number, Direction.OUT, InvoiceKind.INVOICE, order.companyId(),
                order.contactId(), order.id(), order.reference() == null ? order.number() : order.reference(), invoiceDate,
                dueDate, term == null ? null : term.id(), order.currency(), staffUserId));
        store(id, orderLines);
        history.event(DocumentRef.invoice(id), HistoryEvent.CREATED, staffUserId, order.number());
        history.event(DocumentRef.saleOrder(order.id()), HistoryEvent.INVOICED, staffUserId, number);
        return number;
    }

    /** Records a supplier's bill as a posted IN invoice (it needs no sending). Returns its number. */
    @Transactional
    public String createVendorBill(long supplierCompanyId, String vendorReference, LocalDate billDate, LocalDate dueDate,
                                   List<DocumentLine> billLines, long staffUserId) {
        if (vendorReference == null || vendorReference.isBlank() || vendorReference.length() > 100) {
            throw new RefusedException("invoices.bill.reference-required");
        }
        if (billDate == null || dueDate == null || dueDate.isBefore(billDate)) {
            throw new RefusedException("invoices.bill.dates-invalid");
        }
        if (billLines.stream().noneMatch(DocumentLine::hasAmount)) {
            throw new RefusedException("invoices.create.no-lines");
        }
        String number = numbers.next(DocumentNumbers.Series.VENDOR_BILL, billDate);
        long id = invoices.insert(new NewInvoice(number, Direction.IN, InvoiceKind.INVOICE, supplierCompanyId, null, null,
                vendorReference.strip(), billDate, dueDate, null, Formats.EURO, staffUserId));
        store(id, billLines);
        invoices.post(id, null);
        history.event(DocumentRef.invoice(id), HistoryEvent.CREATED, staffUserId, vendorReference.strip());
        return number;
    }

    /** Lines and the totals they add up to, stored together. */
    public Totals store(long invoiceId, List<DocumentLine> invoiceLines) {
        Totals totals = lines.replace(DocumentRef.invoice(invoiceId), invoiceLines);
        invoices.setAmounts(invoiceId, totals.untaxed(), totals.tax(), totals.total());
        return totals;
    }

    /**
     * Posts a draft and mails it to the company's portal users who may see invoices, else to its contact.
     * Refused when it is no draft any more (a second click, another tab).
     */
    @Transactional
    public void postAndSend(long invoiceId, long staffUserId) {
        Invoice invoice = invoices.find(invoiceId).orElseThrow();
        if (invoice.total().signum() <= 0) {
            throw new RefusedException("invoices.post.empty");
        }
        if (!invoices.post(invoiceId, Instant.now())) {
            throw new RefusedException("invoices.post.not-draft");
        }
        history.event(DocumentRef.invoice(invoiceId), HistoryEvent.SENT, staffUserId, null);
        if (invoice.direction() == Direction.OUT) {
            List<Recipient> users = recipients.customerUsers(invoice.companyId(), AreaPermission.INVOICES);
            List<Recipient> to = users.isEmpty()
                    ? recipients.contactOrCompany(invoice.contactId(), invoice.companyId()).stream().toList() : users;
            AfterCommit.run(() -> to.forEach(recipient -> mailInvoice(invoice, recipient)));
        }
    }

    /** Cancels an invoice that has received no money; refused otherwise. */
    @Transactional
    public void cancel(long invoiceId, long staffUserId) {
        if (!invoices.cancel(invoiceId, Instant.now())) {
            throw new RefusedException("invoices.cancel.refused");
        }
        history.event(DocumentRef.invoice(invoiceId), HistoryEvent.CANCELLED, staffUserId, null);
    }

    /** A portal user opened the invoice: recorded at most once per user and day, so the history stays readable. */
    @Transactional
    public void viewed(long invoiceId, long userId) {
        Instant startOfDay = LocalDate.now(Formats.ZONE).atStartOfDay(Formats.ZONE).toInstant();
        if (!invoices.viewedSince(invoiceId, userId, startOfDay)) {
            history.event(DocumentRef.invoice(invoiceId), HistoryEvent.VIEWED, userId, null);
        }
    }

    private void mailInvoice(Invoice invoice, Recipient recipient) {
        Locale locale = Locale.of(recipient.language());
        try {
            mail.send(MailTemplate.INVOICE_SENT, recipient.email(), recipient.language(), Map.of(
                    "contact.name", recipient.name(),
                    "document.number", invoice.number(),
                    "amount", Formats.money(invoice.total(), invoice.currency(), locale),
                    "due.date", Formats.date(invoice.dueDate(), locale),
                    "link", links.to("invoices/" + invoice.number())));
        } catch (MailDeliveryException e) {
            // the invoice is posted and in the portal; the failed mail is logged by the mail service
        }
    }
}
