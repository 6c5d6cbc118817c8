package org.kundenportal.quotes.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kundenportal.base.events.EventData;
import org.kundenportal.base.events.EventType;
import org.kundenportal.base.events.Outbox;
import org.kundenportal.base.i18n.TranslationProvider;
import org.kundenportal.base.mail.PortalLinks;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.signature.SignatureImages;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.domain.HistoryLog;
import org.kundenportal.documents.domain.InvoicePaid;
import org.kundenportal.documents.domain.Totals;
import org.kundenportal.invoices.domain.InvoiceService;
import org.kundenportal.invoices.domain.PrepaymentRequest;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's answers to a quote: accept (and sign), decline with a reason, leave feedback, and the
 * confirmation that follows acceptance or the prepayment. Each answer is one guarded UPDATE, so a double click
 * or a second tab finds the quote already answered and changes nothing.
 */
@Service
public class QuoteService {

    public static final int MIN_REASON = 5;
    public static final int MAX_REASON = 2000;
    public static final int MAX_FEEDBACK = 2000;
    public static final int MAX_SIGNER_NAME = 200;

    private final QuoteRepository quotes;
    private final DocumentLines lines;
    private final ContactRepository contacts;
    private final InvoiceService invoices;
    private final HistoryLog history;
    private final QuoteMails mails;
    private final Outbox outbox;
    private final PortalLinks links;
    private final TranslationProvider translations;

    public QuoteService(QuoteRepository quotes, DocumentLines lines, ContactRepository contacts, InvoiceService invoices,
                        HistoryLog history, QuoteMails mails, Outbox outbox, PortalLinks links,
                        TranslationProvider translations) {
        this.quotes = quotes;
        this.lines = lines;
        this.contacts = contacts;
        this.invoices = invoices;
        this.history = history;
        this.mails = mails;
        this.outbox = outbox;
        this.links = links;
        this.translations = translations;
    }

    /**
     * Accepts the quote for the user. A quote that requires a signature needs a usable drawn or typed signature
     * image; without one the name alone is recorded.
     *
     * @throws RefusedException when the input is bad or the quote can no longer be accepted; nothing changed
     */
    @Transactional
    public AcceptOutcome accept(PortalScope scope, long quoteId, long userId, String signerName, byte[] signaturePng,
                                String clientAddress) {
        Quote quote = inScope(scope, quoteId);
        String name = signerName == null ? "" : signerName.strip();
        if (name.isEmpty() || name.length() > MAX_SIGNER_NAME) {
            throw new RefusedException("quotes.accept.name-required");
        }
        if (quote.requiresSignature() && !SignatureImages.isUsable(signaturePng)) {
            throw new RefusedException("quotes.accept.signature-required");
        }
        Instant now = Instant.now();
        LocalDate today = QuoteRepository.today();
        boolean accepted = quotes.accept(scope, quoteId, today, new QuoteRepository.Acceptance(name,
                quote.requiresSignature() ? signaturePng : null, now, clientAddress, userId));
        if (!accepted) {
            throw refusalFor(quoteId, today);
        }
        DocumentRef ref = quote.ref();
        history.event(ref, quote.requiresSignature() ? HistoryEvent.SIGNED : HistoryEvent.ACCEPTED, userId, name);
        mails.quoteAccepted(quote, name);
        AcceptOutcome outcome;
        if (!quote.requiresPayment()) {
            confirm(quoteId, userId);
            outcome = new AcceptOutcome(quote.number(), null);
        } else {
            String invoiceNumber = createPrepaymentInvoice(quote, today);
            // the company issues the invoice, not the customer who accepted: the entry names no person
            history.event(ref, HistoryEvent.PREPAYMENT_INVOICED, null, invoiceNumber);
            outcome = new AcceptOutcome(quote.number(), invoiceNumber);
        }
        publishAccepted(quote, name, now, outcome);
        return outcome;
    }

    /**
     * The portal serves no image of a quote's signature on its own: the quote's page and its PDF (which carries the
     * signature) are what the receiver can open.
     */
    private void publishAccepted(Quote quote, String signerName, Instant signedAt, AcceptOutcome outcome) {
        String page = links.to("quotes/" + quote.number());
        outbox.publish(EventType.QUOTE_ACCEPTED, "quote:" + quote.number(), EventData.of(
                "number", quote.number(),
                "company_id", quote.customerId(),
                "company_name", quote.customerName(),
                "state", outcome.confirmed() ? "CONFIRMED" : "WAITING_FOR_PREPAYMENT",
                "total", quote.total(),
                "currency", quote.currency().getCurrencyCode(),
                "signer_name", signerName,
                "signed_at", signedAt.truncatedTo(ChronoUnit.MILLIS),
                "signature_image", quote.requiresSignature(),
                "signature_url", page,
                "pdf_url", links.to("documents/quote/" + quote.number() + ".pdf"),
                "url", page,
                "prepayment_invoice_number", outcome.prepaymentInvoiceNumber()));
    }

    /** @throws RefusedException when the reason is too short or long, or the quote is no longer open */
    @Transactional
    public void decline(PortalScope scope, long quoteId, long userId, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.length() < MIN_REASON || text.length() > MAX_REASON) {
            throw new RefusedException("quotes.decline.reason-length", MIN_REASON, MAX_REASON);
        }
        Quote quote = inScope(scope, quoteId);
        Instant now = Instant.now();
        LocalDate today = QuoteRepository.today();
        if (!quotes.decline(scope, quoteId, today, text, now)) {
            throw refusalFor(quoteId, today);
        }
        history.event(quote.ref(), HistoryEvent.DECLINED, userId, text);
        mails.quoteDeclined(quote, text);
        outbox.publish(EventType.QUOTE_DECLINED, "quote:" + quote.number(), EventData.of(
                "number", quote.number(),
                "company_id", quote.customerId(),
                "company_name", quote.customerName(),
                "state", "DECLINED",
                "total", quote.total(),
                "currency", quote.currency().getCurrencyCode(),
                "declined_at", now.truncatedTo(ChronoUnit.MILLIS),
                "reason", text,
                "url", links.to("quotes/" + quote.number())));
    }

    /** Once per quote, after it was accepted or declined. */
    @Transactional
    public void feedback(PortalScope scope, long quoteId, long userId, int rating, String text) {
        String comment = text == null ? "" : text.strip();
        if (rating < 1 || rating > 5 || comment.length() > MAX_FEEDBACK) {
            throw new RefusedException("quotes.feedback.invalid", MAX_FEEDBACK);
        }
        if (!quotes.saveFeedback(scope, quoteId, rating, comment, Instant.now())) {
            throw new RefusedException("quotes.feedback.already-given");
        }
        history.event(DocumentRef.saleOrder(quoteId), HistoryEvent.FEEDBACK, userId,
                "★".repeat(rating) + (comment.isEmpty() ? "" : " " + comment));
    }

    /** Records that a portal user opened the quote, at most once per user and day so the history stays readable. */
    @Transactional
    public void recordView(long quoteId, long userId) {
        history.viewed(DocumentRef.saleOrder(quoteId), userId);
    }

    /** A paid prepayment invoice turns its signed quote into an order, once. */
    @EventListener
    @Transactional
    public void onInvoicePaid(InvoicePaid paid) {
        if (paid.prepayment() && paid.saleOrderId() != null) {
            confirmIfSigned(paid.saleOrderId());
        }
    }

    /** True when this call confirmed the quote; false when it was not waiting for its prepayment. */
    @Transactional
    public boolean confirmIfSigned(long quoteId) {
        boolean confirmed = quotes.confirm(quoteId, true, Instant.now());
        if (confirmed) {
            history.event(DocumentRef.saleOrder(quoteId), HistoryEvent.CONFIRMED, null, null);
        }
        return confirmed;
    }

    private void confirm(long quoteId, long userId) {
        quotes.confirm(quoteId, false, Instant.now());
        history.event(DocumentRef.saleOrder(quoteId), HistoryEvent.CONFIRMED, userId, null);
    }

    private Quote inScope(PortalScope scope, long quoteId) {
        return quotes.byId(scope, quoteId)
                .orElseThrow(() -> new RefusedException("quotes.refused.not-found"));
    }


    private RefusedException refusalFor(long quoteId, LocalDate today) {
        return quotes.byId(quoteId)
                .filter(quote -> quote.status() == QuoteStatus.EXPIRED)
                .map(expired -> new RefusedException("quotes.refused.expired"))
                .orElseGet(() -> new RefusedException("quotes.refused.already-answered"));
    }

    /** One line per tax rate: the prepayment share of that rate's net amount, due at once. */
    private String createPrepaymentInvoice(Quote quote, LocalDate today) {
        Totals totals = Totals.of(lines.of(quote.ref()));
        BigDecimal percent = quote.prepaymentPercent();
        // the invoice is the customer's: its line reads in the language of the contact it is addressed to
        Locale language = translations.supported(contacts.language(quote.contactId()).map(Locale::forLanguageTag)
                .orElse(null));
        List<DocumentLine> prepayment = new ArrayList<>();
        for (Totals.TaxSubtotal rate : totals.taxes()) {
            BigDecimal share = rate.base().multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            prepayment.add(DocumentLine.product(null, translations.getTranslation("quotes.prepayment.line", language,
                            percent.stripTrailingZeros().toPlainString(), quote.number(), rate.rate().toPlainString()),
                    BigDecimal.ONE, null, share, BigDecimal.ZERO, rate.rate()));
        }
        return invoices.createPrepayment(new PrepaymentRequest(quote.id(), quote.number(), quote.customerId(),
                quote.contactId(), quote.responsibleUserId(), today, quote.paymentTermId(), quote.currency(), prepayment));
    }
}
