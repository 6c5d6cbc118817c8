package org.kundenportal.invoices.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.kundenportal.base.db.AfterCommit;
import org.kundenportal.base.db.ExternalRow;
import org.kundenportal.base.db.Upserted.Outcome;
import org.kundenportal.base.db.Upserted;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.mail.MailAttachment;
import org.kundenportal.base.mail.MailDeliveryException;
import org.kundenportal.base.mail.MailRecipients.Recipient;
import org.kundenportal.base.mail.MailRecipients;
import org.kundenportal.base.mail.MailService;
import org.kundenportal.base.mail.MailTemplate;
import org.kundenportal.base.mail.PortalLinks;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.base.validation.ConflictException;
import org.kundenportal.base.validation.InvalidInputException.Problem;
import org.kundenportal.base.validation.InvalidInputException;
import org.kundenportal.base.validation.RefusedException;
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

    private static final String API_PAYMENT = "api:";

    private final InvoiceRepository invoices;
    private final DocumentLines lines;
    private final DocumentNumbers numbers;
    private final HistoryLog history;
    private final Settings settings;
    private final MailRecipients recipients;
    private final MailService mail;
    private final PortalLinks links;
    private final InvoicePayments payments;
    private final InvoiceMailFiles mailFiles;

    InvoiceService(InvoiceRepository invoices, DocumentLines lines, DocumentNumbers numbers, HistoryLog history,
                   Settings settings, MailRecipients recipients, MailService mail, PortalLinks links,
                   InvoicePayments payments, InvoiceMailFiles mailFiles) {
        this.invoices = invoices;
        this.lines = lines;
        this.numbers = numbers;
        this.history = history;
        this.settings = settings;
        this.recipients = recipients;
        this.mail = mail;
        this.links = links;
        this.payments = payments;
        this.mailFiles = mailFiles;
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

    /** Records a supplier's bill in euros as a posted IN invoice (it needs no sending). Returns its number. */
    @Transactional
    public String createVendorBill(long supplierCompanyId, String vendorReference, LocalDate billDate, LocalDate dueDate,
                                   List<DocumentLine> billLines, long staffUserId) {
        return createVendorBill(supplierCompanyId, vendorReference, billDate, dueDate, billLines, Formats.EURO,
                staffUserId);
    }

    /** Records a supplier's bill in its currency as a posted IN invoice (it needs no sending). Returns its number. */
    @Transactional
    public String createVendorBill(long supplierCompanyId, String vendorReference, LocalDate billDate, LocalDate dueDate,
                                   List<DocumentLine> billLines, Currency currency, long staffUserId) {
        List<Problem> problems = problems(Direction.IN, vendorReference, billDate, dueDate, billLines);
        if (!problems.isEmpty()) {
            throw new RefusedException(problems.getFirst().messageKey());
        }
        String number = numbers.next(DocumentNumbers.Series.VENDOR_BILL, billDate);
        long id = invoices.insert(new NewInvoice(number, Direction.IN, InvoiceKind.INVOICE, supplierCompanyId, null, null,
                vendorReference.strip(), billDate, dueDate, null, currency, staffUserId));
        store(id, billLines);
        invoices.post(id, null);
        history.event(DocumentRef.invoice(id), HistoryEvent.CREATED, staffUserId, vendorReference.strip());
        return number;
    }

    /**
     * The prepayment invoice of a signed quote, due on its date and posted at once; the quote's page and mails lead
     * the customer to it. Returns its number.
     */
    @Transactional
    public String createPrepayment(PrepaymentRequest request) {
        String number = numbers.next(DocumentNumbers.Series.PREPAYMENT_INVOICE, request.invoiceDate());
        long id = invoices.insertPostedPrepayment(new NewInvoice(number, Direction.OUT, InvoiceKind.PREPAYMENT,
                request.companyId(), request.contactId(), request.saleOrderId(), request.quoteNumber(),
                request.invoiceDate(), request.invoiceDate(), request.paymentTermId(), request.currency(), null),
                request.responsibleUserId());
        store(id, request.lines());
        history.event(DocumentRef.invoice(id), HistoryEvent.PREPAYMENT_INVOICED, null, request.quoteNumber());
        return number;
    }

    /**
     * What the rules refuse in an invoice's header and lines: a vendor bill needs the supplier's reference, the due
     * date cannot be before the invoice date, and there must be something to pay. Fields named as the integration
     * API names them.
     */
    private static List<Problem> problems(Direction direction, String reference, LocalDate date, LocalDate dueDate,
                                          List<DocumentLine> invoiceLines) {
        List<Problem> problems = new ArrayList<>();
        if (direction == Direction.IN && (reference == null || reference.isBlank() || reference.length() > 100)) {
            problems.add(Problem.of("reference", "invoices.bill.reference-required"));
        }
        if (date == null || dueDate == null || dueDate.isBefore(date)) {
            problems.add(Problem.of("dueDate", "invoices.bill.dates-invalid"));
        }
        if (invoiceLines.stream().noneMatch(DocumentLine::hasAmount)) {
            problems.add(Problem.of("lines", "invoices.create.no-lines"));
        }
        return problems;
    }

    /**
     * Creates or replaces the invoice or vendor bill another system knows by its id, with the rules and writes of
     * the back office: a draft can be replaced, a posted or cancelled one cannot (only payments are added to it). A
     * posted OUT invoice is mailed like "post and send"; a vendor bill is posted without sending, as when recorded
     * by staff. Payments are registered like staff's "register payment", each once by its id, never removed. The
     * stored hash covers the request without its payments, so that sending them later is no change of content.
     *
     * @throws InvalidInputException naming the refused fields; nothing was written
     * @throws ConflictException     when the content of a posted or cancelled invoice would change
     */
    @Transactional
    public Upserted put(InvoiceImport invoice, long userId) {
        Optional<ExternalRow> existing = invoices.findExternal(invoice.externalId());
        long id;
        Outcome outcome;
        if (existing.isPresent() && existing.get().writtenBy(invoice.contentHash())) {
            id = existing.get().id();
            outcome = Outcome.UNCHANGED;
        } else {
            id = write(invoice, existing.map(ExternalRow::id), userId);
            outcome = existing.isPresent() ? Outcome.REPLACED : Outcome.CREATED;
        }
        for (int i = 0; i < invoice.payments().size(); i++) {
            if (registerPayment(id, invoice.payments().get(i), "payments[" + i + "]", userId)
                    && outcome == Outcome.UNCHANGED) {
                outcome = Outcome.REPLACED;
            }
        }
        return new Upserted(id, outcome);
    }

    private long write(InvoiceImport invoice, Optional<Long> existingId, long userId) {
        InvoiceRepository.Term term = invoices.paymentTerm(invoice.paymentTermId(),
                settings.get(SettingKey.DEFAULT_PAYMENT_TERM)).orElse(null);
        LocalDate dueDate = invoice.dueDate() != null || invoice.invoiceDate() == null ? invoice.dueDate()
                : invoice.invoiceDate().plusDays(term == null ? 14 : term.days());
        List<Problem> problems = problems(invoice.direction(), invoice.reference(), invoice.invoiceDate(), dueDate,
                invoice.lines());
        if (!invoices.isCompanyFor(invoice.companyId(), invoice.direction())) {
            problems.addFirst(Problem.of("company", invoice.direction() == Direction.OUT
                    ? "invoices.api.not-customer" : "invoices.api.not-supplier"));
        }
        Invoice current = existingId.flatMap(invoices::find).orElse(null);
        if (current != null && current.direction() != invoice.direction()) {
            problems.add(Problem.of("direction", "invoices.api.direction-fixed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (current != null && current.state() != InvoiceState.DRAFT) {
            throw new ConflictException("invoices.api.not-replaceable", current.number());
        }
        String reference = invoice.reference() == null || invoice.reference().isBlank() ? null : invoice.reference().strip();
        long id;
        if (current == null) {
            String number = numbers.next(invoice.direction() == Direction.OUT ? DocumentNumbers.Series.INVOICE
                    : DocumentNumbers.Series.VENDOR_BILL, invoice.invoiceDate());
            id = invoices.insert(new NewInvoice(number, invoice.direction(), InvoiceKind.INVOICE, invoice.companyId(),
                    invoice.contactId(), invoice.saleOrderId(), reference, invoice.invoiceDate(), dueDate,
                    term == null ? null : term.id(), invoice.currency(), userId));
            history.event(DocumentRef.invoice(id), HistoryEvent.CREATED, userId, reference);
        } else {
            id = current.id();
            if (!invoices.replaceDraft(id, new NewInvoice(current.number(), invoice.direction(), InvoiceKind.INVOICE,
                    invoice.companyId(), invoice.contactId(), invoice.saleOrderId(), reference, invoice.invoiceDate(),
                    dueDate, term == null ? null : term.id(), invoice.currency(), userId))) {
                throw new ConflictException("invoices.api.not-replaceable", current.number());
            }
        }
        Totals totals = current == null ? lines.addToNew(DocumentRef.invoice(id), invoice.lines())
                : lines.replace(DocumentRef.invoice(id), invoice.lines());
        invoices.setAmounts(id, totals.untaxed(), totals.tax(), totals.total());
        invoices.linkExternal(id, invoice.externalId(), invoice.contentHash());
        if (invoice.post() && invoice.direction() == Direction.OUT) {
            try {
                postAndSend(id, userId);
            } catch (RefusedException refused) {
                throw new InvalidInputException(List.of(new Problem("state", refused.messageKey(),
                        List.of(refused.arguments()))));
            }
        } else if (invoice.post()) {
            invoices.post(id, null);
        }
        return id;
    }

    /** False when the payment was registered before (by its id). */
    private boolean registerPayment(long invoiceId, InvoiceImport.PaymentImport payment, String field, long userId) {
        String key = apiPaymentKey(invoiceId, payment.id());
        if (invoices.paymentByKey(key).isPresent()) {
            return false;
        }
        try {
            payments.register(invoices.find(invoiceId).orElseThrow(), payment.amount(),
                    payment.date() == null ? LocalDate.now(Formats.ZONE) : payment.date(), payment.note(), userId, key);
        } catch (RefusedException refused) {
            String part = switch (refused.messageKey()) {
                case "invoices.payment.date-invalid" -> ".date";
                case "invoices.payment.amount-invalid", "invoices.payment.exceeds-due" -> ".amount";
                default -> "";
            };
            throw new InvalidInputException(List.of(new Problem(field + part, refused.messageKey(),
                    List.of(refused.arguments()))));
        }
        return true;
    }

    /** The idempotency key of a payment another system registered under its own id. */
    public static String apiPaymentKey(long invoiceId, String paymentId) {
        return API_PAYMENT + invoiceId + ":" + paymentId;
    }

    /** The sending system's id of a payment it registered, or null for the portal's own payments. */
    public static String apiPaymentId(long invoiceId, String idempotencyKey) {
        String prefix = API_PAYMENT + invoiceId + ":";
        return idempotencyKey != null && idempotencyKey.startsWith(prefix) ? idempotencyKey.substring(prefix.length()) : null;
    }

    /** Lines and the totals they add up to, stored together. */
    public Totals store(long invoiceId, List<DocumentLine> invoiceLines) {
        Totals totals = lines.replace(DocumentRef.invoice(invoiceId), invoiceLines);
        invoices.setAmounts(invoiceId, totals.untaxed(), totals.tax(), totals.total());
        return totals;
    }

    /**
     * Posts a draft and mails it to the company's portal users who may see invoices, else to its contact, with its
     * e-invoice files (see {@link InvoiceMailFiles}), once the posting is committed. Refused when it is no draft any
     * more (a second click, another tab).
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
            AfterCommit.run(() -> {
                Function<String, List<MailAttachment>> files = mailFiles.of(invoice);
                to.forEach(recipient -> mailInvoice(invoice, recipient, files.apply(recipient.language())));
            });
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
        history.viewed(DocumentRef.invoice(invoiceId), userId);
    }

    private void mailInvoice(Invoice invoice, Recipient recipient, List<MailAttachment> files) {
        Locale locale = Locale.of(recipient.language());
        try {
            mail.send(MailTemplate.INVOICE_SENT, recipient.email(), recipient.language(), Map.of(
                    "contact.name", recipient.name(),
                    "document.number", invoice.number(),
                    "amount", Formats.money(invoice.total(), invoice.currency(), locale),
                    "due.date", Formats.date(invoice.dueDate(), locale),
                    "link", links.to("invoices/" + invoice.number())), files);
        } catch (MailDeliveryException e) {
            // the invoice is posted and in the portal; the failed mail is logged by the mail service
        }
    }
}
