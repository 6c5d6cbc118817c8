package org.kundenportal.invoices.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kundenportal.base.db.AfterCommit;
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
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.domain.HistoryLog;
import org.kundenportal.documents.domain.InvoicePaid;
import org.kundenportal.invoices.domain.payment.BankTransferProvider;
import org.kundenportal.invoices.domain.payment.Cents;
import org.kundenportal.invoices.domain.payment.PaymentProvider;
import org.kundenportal.invoices.domain.payment.PaymentProviderException;
import org.kundenportal.invoices.domain.payment.PaymentProviders;
import org.kundenportal.invoices.domain.payment.ProviderNotice;
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
    /** Checkout Sessions live 24 hours at Stripe; PayPal orders wait three hours for approval and stay capturable. */
    private static final Duration REUSE_WITHIN = Duration.ofHours(23);

    private final InvoiceRepository invoices;
    private final PaymentProviders providers;
    private final HistoryLog history;
    private final MailRecipients recipients;
    private final MailService mail;
    private final PortalLinks links;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Outbox outbox;
    private final Settings settings;

    public InvoicePayments(InvoiceRepository invoices, PaymentProviders providers, HistoryLog history, MailRecipients recipients, MailService mail,
                           PortalLinks links, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                           Outbox outbox, Settings settings) {
        this.invoices = invoices;
        this.providers = providers;
        this.history = history;
        this.recipients = recipients;
        this.mail = mail;
        this.links = links;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.outbox = outbox;
        this.settings = settings;
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
     * Opens a hosted checkout for the amount due (or the part of it the payer chose, where partial payment is
     * allowed) and returns where to send the browser. An attempt still open at the provider for the same amount is
     * continued instead, so that two tabs pay through one checkout. When the provider cannot be reached the attempt
     * is recorded as FAILED with the reason, and the user is told.
     */
    public String startCheckout(String providerCode, Invoice invoice, BigDecimal amount, long userId) {
        PaymentProvider provider = requirePayable(invoice, providerCode);
        return startCheckout(provider, invoice, amount, userId);
    }

    /** As {@link #startCheckout(String, Invoice, BigDecimal, long)}, with a given provider instance. */
    public String startCheckout(PaymentProvider provider, Invoice invoice, BigDecimal amount, long userId) {
        if (!invoice.payable()) {
            throw new RefusedException("invoices.pay.not-payable");
        }
        requireOnlineAmount(invoice, amount);
        Instant now = Instant.now();
        String key = provider.code().toLowerCase(Locale.ROOT) + ":" + UUID.randomUUID();
        Attempt attempt = tx.execute(status -> {
            invoices.lockForPayment(invoice.id());
            Optional<Payment> open = invoices.openAttempt(invoice.id(), provider.code(), amount, now.minus(REUSE_WITHIN));
            if (open.isPresent()) {
                return new Attempt(open.get().id(), open.get().providerReference());
            }
            long id = invoices.insertPayment(new NewPayment(invoice.id(), provider.method(), provider.code(), amount,
                    invoice.currency(), key, null, null, userId));
            history.event(DocumentRef.invoice(invoice.id()), HistoryEvent.PAYMENT_STARTED, userId,
                    money(amount, invoice, Locale.GERMAN) + " · " + provider.method().name());
            return new Attempt(id, null);
        });
        if (attempt.providerReference() != null) {
            Optional<String> resumed = resume(provider, attempt);
            if (resumed.isPresent()) {
                return resumed.get();
            }
            return startCheckout(provider, invoices.find(invoice.id()).orElseThrow(), amount, userId);
        }
        Recipient payer = recipients.portalUser(userId).orElse(null);
        String back = "invoices/" + invoice.number() + "/payment-return?payment=" + attempt.paymentId();
        try {
            PaymentProvider.Checkout checkout = provider.start(new PaymentProvider.CheckoutRequest(invoice, amount, key,
                    links.to(back), links.to(back + "&cancelled=true"), payer == null ? null : payer.email(),
                    Locale.of(payer == null ? "de" : payer.language())));
            tx.executeWithoutResult(status -> invoices.setProviderReference(attempt.paymentId(), checkout.providerReference()));
            return checkout.redirectUrl();
        } catch (PaymentProviderException e) {
            log.warn("Payment {} of invoice {} could not start: {}", attempt.paymentId(), invoice.number(), e.getMessage());
            fail(attempt.paymentId(), e.getMessage(), userId);
            throw new RefusedException("invoices.pay.provider-failed");
        }
    }

    /** The open checkout of an earlier attempt; an attempt the provider no longer takes money for is closed. */
    private Optional<String> resume(PaymentProvider provider, Attempt attempt) {
        try {
            Optional<String> url = provider.resume(attempt.providerReference());
            if (url.isEmpty()) {
                settle(provider, invoices.payment(attempt.paymentId()).orElseThrow(), provider.status(attempt.providerReference()));
                Payment after = invoices.payment(attempt.paymentId()).orElseThrow();
                if (after.state() == PaymentAttemptState.PENDING) {
                    // paid and on its way (a SEPA debit): a second checkout could collect the money twice
                    throw new RefusedException("invoices.pay.in-progress");
                }
            }
            return url;
        } catch (PaymentProviderException e) {
            log.warn("Payment {} could not be continued: {}", attempt.paymentId(), e.getMessage());
            throw new RefusedException("invoices.pay.provider-failed");
        }
    }

    /**
     * The payer is back from the provider's page: asks the provider (only its answer counts) and completes or
     * fails the attempt. Returns the attempt as it stands afterwards.
     */
    public Payment checkReturn(PaymentProvider provider, long paymentId) {
        Payment payment = invoices.payment(paymentId).orElseThrow(() -> new RefusedException("invoices.pay.unknown"));
        if (payment.state() != PaymentAttemptState.PENDING || payment.providerReference() == null
                || !provider.code().equals(payment.providerCode())) {
            return payment;
        }
        try {
            settle(provider, payment, provider.status(payment.providerReference()));
        } catch (PaymentProviderException e) {
            log.warn("Status of payment {} unknown: {}", paymentId, e.getMessage());
            throw new RefusedException("invoices.pay.status-unknown");
        }
        return invoices.payment(paymentId).orElseThrow();
    }

    /**
     * What a provider's verified webhook says: an attempt paid, failed or still on its way, or a refund. A notice
     * about an attempt or payment we do not know (another shop on the same provider account) changes nothing.
     *
     * @return whether it concerned one of our payments
     */
    public boolean apply(PaymentProvider provider, ProviderNotice notice) {
        switch (notice.kind()) {
            case STATUS -> {
                Optional<Payment> payment = notice.providerReference() == null ? Optional.empty()
                        : invoices.paymentByProviderReference(provider.code(), notice.providerReference());
                payment.ifPresent(found -> settle(provider, found,
                        notice.status() != null ? notice.status() : provider.status(found.providerReference())));
                return payment.isPresent();
            }
            case REFUNDED -> {
                Optional<Payment> payment = notice.providerPaymentReference() == null || notice.refundedCents() == null
                        ? Optional.empty()
                        : invoices.paymentByProviderPaymentReference(provider.code(), notice.providerPaymentReference());
                payment.ifPresent(found -> recordRefund(found, Cents.toAmount(notice.refundedCents())));
                return payment.isPresent();
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * Completes or fails a PENDING attempt by what its provider said. Money that arrives when nothing is due any more
     * (a second tab paid as well) is given back through the provider at once.
     */
    private void settle(PaymentProvider provider, Payment payment, PaymentProvider.CheckoutStatus status) {
        if (status.providerPaymentReference() != null) {
            tx.executeWithoutResult(s -> invoices.setProviderPaymentReference(payment.id(), status.providerPaymentReference()));
        }
        if (payment.state() != PaymentAttemptState.PENDING) {
            return;
        }
        switch (status.outcome()) {
            case PAID -> {
                if (status.amountCents() != null && status.amountCents() != Cents.of(payment.amount())) {
                    fail(payment.id(), "Provider reports a different amount", payment.createdBy());
                    return;
                }
                try {
                    complete(payment.id(), null, payment.createdBy());
                } catch (RefusedException refused) {
                    if (invoices.payment(payment.id()).orElseThrow().state() == PaymentAttemptState.PENDING) {
                        refundSurplus(provider, payment, status.providerPaymentReference());
                    }
                }
            }
            case FAILED -> fail(payment.id(), status.reason(), payment.createdBy());
            case OPEN -> { }
        }
    }

    private void refundSurplus(PaymentProvider provider, Payment payment, String providerPaymentReference) {
        try {
            provider.refund(providerPaymentReference, Cents.of(payment.amount()), payment.currency().getCurrencyCode(),
                    "surplus-refund:" + payment.id());
            tx.executeWithoutResult(s -> invoices.raiseRefunded(payment.id(), payment.amount()));
            fail(payment.id(), "Paid when nothing was due any more; refunded automatically", payment.createdBy());
        } catch (PaymentProviderException e) {
            log.warn("Payment {} paid when nothing was due; refund failed: {}", payment.id(), e.getMessage());
            fail(payment.id(), "Paid when nothing was due any more; refund it at the provider", payment.createdBy());
        }
    }

    /**
     * The provider has given back {@code refundedTotal} of a payment in all: what is new of it comes off the
     * invoice's paid amount, once, and shows in its history.
     */
    public void recordRefund(Payment payment, BigDecimal refundedTotal) {
        tx.executeWithoutResult(status -> {
            invoices.lockForPayment(payment.invoiceId());
            Payment now = invoices.payment(payment.id()).orElseThrow();
            BigDecimal added = refundedTotal.min(now.amount()).subtract(now.refunded());
            if (added.signum() <= 0 || !invoices.raiseRefunded(now.id(), now.refunded().add(added))) {
                return;
            }
            if (now.state() != PaymentAttemptState.SUCCEEDED) {
                return;
            }
            Instant at = Instant.now();
            if (!invoices.subtractPaid(now.invoiceId(), added, at)) {
                throw new IllegalStateException("Refund of payment " + now.id() + " exceeds what its invoice has been paid");
            }
            Invoice invoice = invoices.find(now.invoiceId()).orElseThrow();
            history.event(DocumentRef.invoice(invoice.id()), HistoryEvent.REFUNDED, null,
                    money(added, invoice, Locale.GERMAN) + " · " + now.method().name());
            Map<String, Object> data = paymentEventData(invoice);
            data.putAll(EventData.of(
                    "refund_amount", added,
                    "payment_method", now.method().name(),
                    "refunded_at", at.truncatedTo(ChronoUnit.MILLIS),
                    "url", links.to("invoices/" + invoice.number())));
            outbox.publish(EventType.INVOICE_REFUNDED, "invoice:" + invoice.number(), data);
        });
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
        boolean fullyPaid = invoice.status() == InvoicePaymentStatus.PAID;
        history.event(DocumentRef.invoice(invoice.id()), fullyPaid ? HistoryEvent.PAID : HistoryEvent.PARTIALLY_PAID,
                actorUserId, money(payment.amount(), invoice, Locale.GERMAN));
        if (invoice.direction() == Direction.OUT) {
            AfterCommit.run(() -> mailPaymentReceived(invoice, payment));
        }
        if (fullyPaid) {
            Map<String, Object> data = paymentEventData(invoice);
            data.putAll(EventData.of(
                    "last_payment_amount", payment.amount(),
                    "last_payment_method", payment.method().name(),
                    "paid_at", now.truncatedTo(ChronoUnit.MILLIS),
                    "order_number", invoice.saleOrderNumber(),
                    "url", links.to("invoices/" + invoice.number())));
            outbox.publish(EventType.INVOICE_PAID, "invoice:" + invoice.number(), data);
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

    /** What a payer may pay online now: the amount due, or a part of it where the settings allow partial payment. */
    private void requireOnlineAmount(Invoice invoice, BigDecimal amount) {
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new RefusedException("invoices.payment.amount-invalid");
        }
        if (amount.compareTo(invoice.amountDue()) > 0) {
            throw new RefusedException("invoices.payment.exceeds-due");
        }
        if (amount.compareTo(invoice.amountDue()) < 0 && !settings.getBoolean(SettingKey.PARTIAL_ONLINE_PAYMENT)) {
            throw new RefusedException("invoices.pay.partial-not-allowed");
        }
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

    /** What invoice.paid and invoice.refunded both say about the invoice, in their order on the wire. */
    private static Map<String, Object> paymentEventData(Invoice invoice) {
        return EventData.of(
                "number", invoice.number(),
                "direction", invoice.direction().name(),
                "company_id", invoice.companyId(),
                "company_name", invoice.companyName(),
                "state", invoice.status().name(),
                "total", invoice.total(),
                "paid", invoice.paid(),
                "currency", invoice.currency().getCurrencyCode());
    }

    private record Attempt(long paymentId, String providerReference) {
    }

    private static String money(BigDecimal amount, Invoice invoice, Locale locale) {
        return Formats.money(amount, invoice.currency(), locale);
    }
}
