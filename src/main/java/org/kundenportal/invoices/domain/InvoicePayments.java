package org.kundenportal.invoices.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.kundenportal.access.domain.AfterCommit;
import org.kundenportal.access.domain.RefusedException;
import org.kundenportal.base.events.EventData;
import org.kundenportal.base.events.EventType;
import org.kundenportal.base.events.Outbox;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.mail.MailDeliveryException;
import org.kundenportal.base.mail.MailRecipients;
import org.kundenportal.base.mail.MailRecipients.Recipient;
import org.kundenportal.base.mail.MailService;
import org.kundenportal.base.mail.MailTemplate;
import org.kundenportal.base.mail.PortalLinks;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.domain.HistoryLog;
import org.kundenportal.documents.domain.InvoicePaid;
import org.kundenportal.invoices.domain.payment.BankTransferProvider;
import org.kundenportal.invoices.domain.payment.PaymentProvider;
import org.kundenportal.invoices.domain.payment.PaymentProviderException;
import org.kundenportal.invoices.domain.payment.PaymentProviders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Paying invoices: online through a provider, announced bank transfers, and payments staff register. Every
 * payment is completed through {@link #complete}, whose SQL guards make it count exactly once and never beyond
 * the amount due, whatever retries, double clicks or second tabs do.
 */
@Service
public class InvoicePayments {

    private static final Logger log = LoggerFactory.getLogger(InvoicePayments.class);

    private final InvoiceRepository invoices;
    private final PaymentProviders providers;
    private final HistoryLog history;
    private final MailRecipients recipients;
    private final MailService mail;
    private final PortalLinks links;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Outbox outbox;

    public InvoicePayments(InvoiceRepository invoices, PaymentProviders providers, HistoryLog history, MailRecipients recipients, MailService mail,
                           PortalLinks links, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                           Outbox outbox) {
        this.invoices = invoices;
        this.providers = providers;
        this.history = history;
        this.recipients = recipients;
        this.mail = mail;
        this.links = links;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.outbox = outbox;
    }

    /**
     * The customer says they transfer the amount due: recorded once as a PENDING bank transfer for staff to
     * confirm from the bank statement. Asking again returns the same announcement.
     */
    public Payment announceBankTransfer(Invoice invoice, long userId) {
        requirePayable(invoice, BankTransferProvider.CODE);
        BigDecimal amount = invoice.amountDue();
        String key = "bank-transfer:%d:%s:%s".formatted(invoice.id(), invoice.paid().toPlainString(), amount.toPlainString());
        return tx.execute(status -> {
            boolean known = invoices.paymentByKey(key).isPresent();
            long paymentId = invoices.insertPayment(new NewPayment(invoice.id(), PaymentMethod.BANK_TRANSFER,
                    BankTransferProvider.CODE, amount, invoice.currency(), key, null, null, userId));
            Payment payment = invoices.payment(paymentId).orElseThrow();
            if (!known) {
                history.event(DocumentRef.invoice(invoice.id()), HistoryEvent.PAYMENT_STARTED, userId,
                        money(amount, invoice, Locale.GERMAN) + " · " + PaymentMethod.BANK_TRANSFER.name());
                outbox.publish(EventType.INVOICE_PAYMENT_ANNOUNCED, "invoice:" + invoice.number(), EventData.of(
                        "number", invoice.number(),
                        "company_id", invoice.companyId(),
                        "company_name", invoice.companyName(),
                        "state", invoice.status().name(),
                        "total", invoice.total(),
                        "amount_due", invoice.amountDue(),
                        "amount", amount,
                        "currency", invoice.currency().getCurrencyCode(),
                        "method", PaymentMethod.BANK_TRANSFER.name(),
                        "payment_id", paymentId,
                        "announced_at", payment.createdAt(),
                        "url", links.to("invoices/" + invoice.number())));
            }
            return payment;
        });
    }

    /**
     * Opens a hosted checkout for the amount due and returns where to send the browser. When the provider
     * cannot be reached the attempt is recorded as FAILED with the reason, and the user is told.
     */
    public String startCheckout(String providerCode, Invoice invoice, long userId) {
        PaymentProvider provider = requirePayable(invoice, providerCode);
        return startCheckout(provider, invoice, userId);
    }

    /** As {@link #startCheckout(String, Invoice, long)}, with a given provider instance (tests use a fake one). */
    public String startCheckout(PaymentProvider provider, Invoice invoice, long userId) {
        if (!invoice.payable()) {
            throw new RefusedException("invoices.pay.not-payable");
        }
        BigDecimal amount = invoice.amountDue();
        String key = provider.code().toLowerCase(Locale.ROOT) + ":" + UUID.randomUUID();
        long paymentId = tx.execute(status -> {
            long id = invoices.insertPayment(new NewPayment(invoice.id(), provider.method(), provider.code(), amount,
                    invoice.currency(), key, null, null, userId));
            history.event(DocumentRef.invoice(invoice.id()), HistoryEvent.PAYMENT_STARTED, userId,
                    money(amount, invoice, Locale.GERMAN) + " · " + provider.method().name());
            return id;
        });
        try {
            PaymentProvider.Checkout checkout = provider.start(invoice, amount, key,
                    links.to("invoices/" + invoice.number() + "/payment-return?payment=" + paymentId));
            tx.executeWithoutResult(status -> invoices.setProviderReference(paymentId, checkout.providerReference()));
            return checkout.redirectUrl();
        } catch (PaymentProviderException e) {
            log.warn("Payment {} of invoice {} could not start: {}", paymentId, invoice.number(), e.getMessage());
            fail(paymentId, e.getMessage(), userId);
            throw new RefusedException("invoices.pay.provider-failed");
        }
    }

    /**
     * The payer is back from the provider's page: asks the provider (only its answer counts) and completes or
     * fails the attempt. Returns the attempt as it stands afterwards.
     */
    public Payment checkReturn(PaymentProvider provider, long paymentId) {
        Payment payment = invoices.payment(paymentId).orElseThrow(() -> new RefusedException("invoices.pay.unknown"));
        if (payment.state() != PaymentState.PENDING || payment.providerReference() == null
                || !provider.code().equals(payment.providerCode())) {
            return payment;
        }
        PaymentProvider.CheckoutStatus status;
        try {
            status = provider.status(payment.providerReference());
        } catch (PaymentProviderException e) {
            log.warn("Status of payment {} unknown: {}", paymentId, e.getMessage());
            throw new RefusedException("invoices.pay.status-unknown");
        }
        switch (status.outcome()) {
            case PAID -> {
                if (status.amountCents() != null && status.amountCents() != payment.amount().movePointRight(2).longValue()) {
                    fail(paymentId, "Provider reports a different amount", payment.createdBy());
                } else {
                    try {
                        complete(paymentId, null, payment.createdBy());
                    } catch (RefusedException refused) {
                        // paid at the provider, but meanwhile the invoice was paid otherwise: staff must refund
                        fail(paymentId, "Paid at the provider but not due any more; refund needed", payment.createdBy());
                    }
                }
            }
            case FAILED -> fail(paymentId, status.reason(), payment.createdBy());
            case OPEN -> { }
        }
        return invoices.payment(paymentId).orElseThrow();
    }

    /**
     * Staff register money that arrived (method MANUAL, or the bank transfer a customer announced).
     *
     * @throws RefusedException when the amount is not positive or exceeds the amount due
     */
    public Payment register(Invoice invoice, BigDecimal amount, LocalDate date, String note, long staffUserId) {
        return register(invoice, amount, date, note, staffUserId, "manual:" + UUID.randomUUID());
    }

    /** As {@link #register(Invoice, BigDecimal, LocalDate, String, long)}, under the caller's idempotency key. */
    public Payment register(Invoice invoice, BigDecimal amount, LocalDate date, String note, long staffUserId,
                            String idempotencyKey) {
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new RefusedException("invoices.payment.amount-invalid");
        }
        if (date == null || date.isAfter(LocalDate.now(Formats.ZONE))) {
            throw new RefusedException("invoices.payment.date-invalid");
        }
        if (invoice.state() != InvoiceState.POSTED) {
            throw new RefusedException("invoices.payment.not-posted");
        }
        if (amount.compareTo(invoice.amountDue()) > 0) {
            throw new RefusedException("invoices.payment.exceeds-due");
        }
        return tx.execute(status -> {
            long paymentId = invoices.insertPayment(new NewPayment(invoice.id(), PaymentMethod.MANUAL, null, amount,
                    invoice.currency(), idempotencyKey, date, note, staffUserId));
            completeInTransaction(paymentId, date, staffUserId);
            return invoices.payment(paymentId).orElseThrow();
        });
    }

    /** Staff found an announced transfer on the bank statement. */
    public Payment confirm(long paymentId, LocalDate date, long staffUserId) {
        complete(paymentId, date, staffUserId);
        return invoices.payment(paymentId).orElseThrow();
    }

    /**
     * Completes a PENDING payment: the payment turns SUCCEEDED and its amount is added to the invoice, both or
     * neither. Refused when someone completed it first or when it would pay more than is due.
     */
    public void complete(long paymentId, LocalDate date, Long actorUserId) {
        tx.executeWithoutResult(status -> completeInTransaction(paymentId, date, actorUserId));
    }

    private void completeInTransaction(long paymentId, LocalDate date, Long actorUserId) {
        Instant now = Instant.now();
        Payment payment = invoices.payment(paymentId).orElseThrow(() -> new RefusedException("invoices.pay.unknown"));
        if (!invoices.completePayment(paymentId, date, now)) {
            throw new RefusedException("invoices.payment.already-completed");
        }
        if (!invoices.addPaid(payment.invoiceId(), payment.amount(), now)) {
            throw new RefusedException("invoices.payment.exceeds-due");
        }
        Invoice invoice = invoices.find(payment.invoiceId()).orElseThrow();
        boolean fullyPaid = invoice.status() == PaymentStatus.PAID;
        history.event(DocumentRef.invoice(invoice.id()), fullyPaid ? HistoryEvent.PAID : HistoryEvent.PARTIALLY_PAID,
                actorUserId, money(payment.amount(), invoice, Locale.GERMAN));
        if (invoice.direction() == Direction.OUT) {
            AfterCommit.run(() -> mailPaymentReceived(invoice, payment));
        }
        if (fullyPaid) {
            outbox.publish(EventType.INVOICE_PAID, "invoice:" + invoice.number(), EventData.of(
                    "number", invoice.number(),
                    "direction", invoice.direction().name(),
                    "company_id", invoice.companyId(),
                    "company_name", invoice.companyName(),
                    "state", invoice.status().name(),
                    "total", invoice.total(),
                    "paid", invoice.paid(),
                    "currency", invoice.currency().getCurrencyCode(),
                    "last_payment_amount", payment.amount(),
                    "last_payment_method", payment.method().name(),
                    "paid_at", now.truncatedTo(ChronoUnit.MILLIS),
                    "order_number", invoice.saleOrderNumber(),
                    "url", links.to("invoices/" + invoice.number())));
            // only the completion that reached the total gets here: the guarded update serialises them
            AfterCommit.run(() -> events.publishEvent(new InvoicePaid(invoice.id(), invoice.saleOrderId(),
                    invoice.kind() == InvoiceKind.PREPAYMENT)));
        }
    }

    /** Marks a PENDING attempt FAILED with the reason; a completed one stays as it is. */
    public void fail(long paymentId, String reason, Long actorUserId) {
        tx.executeWithoutResult(status -> {
            Payment payment = invoices.payment(paymentId).orElseThrow();
            if (invoices.failPayment(paymentId, reason, Instant.now())) {
                history.event(DocumentRef.invoice(payment.invoiceId()), HistoryEvent.PAYMENT_FAILED, actorUserId, reason);
            }
        });
    }

    private PaymentProvider requirePayable(Invoice invoice, String providerCode) {
        if (!invoice.payable()) {
            throw new RefusedException("invoices.pay.not-payable");
        }
        return providers.usable(providerCode).orElseThrow(() -> new RefusedException("invoices.pay.provider-unavailable"))
                .provider();
    }

    private void mailPaymentReceived(Invoice invoice, Payment payment) {
        Recipient payer = payment.createdBy() == null ? null
                : recipients.portalUser(payment.createdBy()).orElse(null);
        if (payer == null) {
            payer = recipients.customerUsers(invoice.companyId(), AreaPermission.INVOICES).stream().findFirst()
                    .or(() -> recipients.contactOrCompany(invoice.contactId(), invoice.companyId())).orElse(null);
        }
        if (payer == null) {
            return;
        }
        Locale locale = Locale.of(payer.language());
        try {
            mail.send(MailTemplate.PAYMENT_RECEIVED, payer.email(), payer.language(), Map.of(
                    "user.name", payer.name(),
                    "document.number", invoice.number(),
                    "amount", money(payment.amount(), invoice, locale),
                    "link", links.to("invoices/" + invoice.number())));
        } catch (MailDeliveryException e) {
            // the payment stands; the mail server's problem is logged by the mail service
        }
    }

    private static String money(BigDecimal amount, Invoice invoice, Locale locale) {
        return Formats.money(amount, invoice.currency(), locale);
    }
}
