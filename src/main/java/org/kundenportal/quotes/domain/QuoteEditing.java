package org.kundenportal.quotes.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kundenportal.base.db.ExternalRow;
import org.kundenportal.base.db.Upserted;
import org.kundenportal.base.db.Upserted.Outcome;
import org.kundenportal.base.mail.MailRecipients;
import org.kundenportal.base.validation.ConflictException;
import org.kundenportal.base.validation.InvalidInputException;
import org.kundenportal.base.validation.InvalidInputException.Problem;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.domain.DocumentNumbers;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.domain.HistoryLog;
import org.kundenportal.documents.domain.LineKind;
import org.kundenportal.documents.domain.SaleOrderState;
import org.kundenportal.documents.domain.Totals;
import org.kundenportal.settings.domain.PaymentTerm;
import org.kundenportal.settings.domain.PaymentTermRepository;
import org.kundenportal.settings.domain.SalesSettings;
import org.kundenportal.settings.domain.SalesSettingsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's side of a quote: drafting, saving (optimistically locked by its version), sending and
 * taking a sent quote back to draft. Only drafts can be edited.
 */
@Service
public class QuoteEditing {

    private final ContactRepository contacts;
    private final QuoteRepository quotes;
    private final DocumentLines lines;
    private final DocumentNumbers numbers;
    private final HistoryLog history;
    private final QuoteMails mails;
    private final SalesSettingsService salesSettings;
    private final PaymentTermRepository paymentTerms;

    public QuoteEditing(ContactRepository contacts, QuoteRepository quotes, DocumentLines lines, DocumentNumbers numbers,
                        HistoryLog history, QuoteMails mails, SalesSettingsService salesSettings, PaymentTermRepository paymentTerms) {
        this.paymentTerms = paymentTerms;
        this.contacts = contacts;
        this.quotes = quotes;
        this.lines = lines;
        this.numbers = numbers;
        this.history = history;
        this.mails = mails;
        this.salesSettings = salesSettings;
    }

    /** A new quote with today's date and the defaults from the sales settings. */
    public QuoteDraft newDraft() {
        LocalDate today = QuoteRepository.today();
        SalesSettings defaults = salesSettings.load();
        Long term = paymentTerms.idOf(defaults.paymentTermCode()).orElse(null);
        return new QuoteDraft(null, 0, null, null, null, today, today.plusDays(defaults.quoteValidityDays()), term,
                defaults.requiresSignature(), defaults.requiresPayment(), new BigDecimal(defaults.prepaymentPercent()),
                null, List.of());
    }

    public QuoteDraft draftOf(Quote quote) {
        return new QuoteDraft(quote.id(), quote.version(), quote.customerId(), quote.contactId(), quote.reference(),
                quote.quoteDate(), quote.validUntil(), quote.paymentTermId(), quote.requiresSignature(),
                quote.requiresPayment(), quote.prepaymentPercent(), quote.note(), lines.of(quote.ref()));
    }

    /** The tax rate of a new product line, from the sales settings. */
    public BigDecimal defaultTaxRate() {
        return salesSettings.load().defaultTaxRate();
    }

    public List<PaymentTerm> paymentTerms() {
        return paymentTerms.active();
    }

    /**
     * Saves the draft and returns the quote's number.
     *
     * @throws RefusedException when a value is invalid, the quote is no longer a draft or someone saved it meanwhile
     */
    @Transactional
    public String save(QuoteDraft draft, long userId) {
        List<Problem> problems = problems(draft);
        if (!problems.isEmpty()) {
            throw new RefusedException(problems.getFirst().messageKey(), problems.getFirst().arguments().toArray());
        }
        return write(draft, DocumentNumbers.Series.QUOTE, userId).number();
    }

    /**
     * Creates or replaces the quote another system knows by {@code externalId}, through the same rules and writes as
     * {@link #save} and {@link #send}. A sent quote nobody has answered goes back to draft, is replaced and, when
     * {@code send} says so, sent (and mailed) again; an answered, cancelled or confirmed one cannot be replaced.
     *
     * @param content the quote's content; its id and version are ignored
     * @throws InvalidInputException naming the refused fields; nothing was written
     * @throws ConflictException when the quote can no longer be replaced
     */
    @Transactional
    public Upserted put(String externalId, String requestHash, QuoteDraft content, boolean send, long userId) {
        Optional<ExternalRow> existing = quotes.findExternal(externalId);
        if (existing.isPresent() && existing.get().writtenBy(requestHash)) {
            return new Upserted(existing.get().id(), Outcome.UNCHANGED);
        }
        List<Problem> problems = problems(content);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int version = 0;
        if (existing.isPresent()) {
            Quote quote = quotes.byId(existing.get().id()).orElseThrow();
            if (quote.state() == SaleOrderState.SENT && !quote.answered()) {
                backToDraft(quote.id(), userId);
                quote = quotes.byId(quote.id()).orElseThrow();
            }
            if (quote.state() != SaleOrderState.DRAFT) {
                throw new ConflictException("quotes.api.not-replaceable", quote.number());
            }
            version = quote.version();
        }
        Long id = existing.map(ExternalRow::id).orElse(null);
        Saved saved = write(new QuoteDraft(id, version, content.customerId(), content.contactId(), content.reference(),
                content.quoteDate(), content.validUntil(), content.paymentTermId(), content.requiresSignature(),
                content.requiresPayment(), content.prepaymentPercent(), content.note(), content.lines()),
                DocumentNumbers.Series.QUOTE, userId);
        quotes.linkExternal(saved.id(), externalId, requestHash);
        if (send) {
            Quote quote = quotes.byId(saved.id()).orElseThrow();
            List<Problem> sendProblems = sendProblems(quote);
            if (!sendProblems.isEmpty()) {
                throw new InvalidInputException(sendProblems);
            }
            send(saved.id(), userId);
        }
        return new Upserted(saved.id(), existing.isPresent() ? Outcome.REPLACED : Outcome.CREATED);
    }

    private record Saved(long id, String number) {
    }

    /**
     * An order placed elsewhere (the web shop, the ERP) and so agreed already: written with a quote's rules and
     * writes and confirmed at once. Web shop orders are numbered in their own series.
     *
     * @param content the order's content; its id and version are ignored
     * @throws InvalidInputException naming the refused fields; nothing was written
     * @return the new order's id
     */
    @Transactional
    public long placeOrder(QuoteDraft content, boolean webShop, long userId) {
        List<Problem> problems = problems(content);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        QuoteDraft draft = new QuoteDraft(null, 0, content.customerId(), content.contactId(), content.reference(),
                content.quoteDate(), null, content.paymentTermId(), false, false, BigDecimal.valueOf(100), content.note(),
                content.lines());
        Saved saved = write(draft, webShop ? DocumentNumbers.Series.WEB_SHOP_ORDER : DocumentNumbers.Series.QUOTE, userId);
        quotes.confirmPlacedOrder(saved.id(), webShop ? "WEB_SHOP" : "BACK_OFFICE", content.quoteDate(), Instant.now());
        history.event(DocumentRef.saleOrder(saved.id()), HistoryEvent.CONFIRMED, userId, null);
        return saved.id();
    }

    private Saved write(QuoteDraft draft, DocumentNumbers.Series series, long userId) {
        Instant now = Instant.now();
        long id;
        String number;
        if (draft.isNew()) {
            number = numbers.next(series, draft.quoteDate());
            id = quotes.insertDraft(number, draft.customerId(), draft.quoteDate(), userId);
            history.event(DocumentRef.saleOrder(id), HistoryEvent.CREATED, userId, null);
        } else {
            id = draft.id();
            number = quotes.byId(id).map(Quote::number).orElseThrow(() -> new RefusedException("quotes.refused.not-found"));
        }
        Totals totals = lines.replace(DocumentRef.saleOrder(id), draft.lines());
        if (!quotes.updateDraft(id, draft, totals, now)) {
            // rolls back the lines written above as well
            throw new RefusedException("quotes.edit.stale");
        }
        return new Saved(id, number);
    }

    /**
     * What the rules refuse in a draft, in the order the editor reports them; fields named as the integration API
     * names them.
     */
    private List<Problem> problems(QuoteDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.customerId() == null || !contacts.isCustomerCompany(draft.customerId())) {
            problems.add(Problem.of("company", "quotes.edit.customer-required"));
        } else if (draft.contactId() != null && !contacts.isPersonOf(draft.contactId(), draft.customerId())) {
            problems.add(Problem.of("contact", "quotes.edit.contact-mismatch"));
        }
        if (draft.quoteDate() == null) {
            problems.add(Problem.of("date", "quotes.edit.date-required"));
        } else if (draft.validUntil() != null && draft.validUntil().isBefore(draft.quoteDate())) {
            problems.add(Problem.of("validUntil", "quotes.edit.valid-until-before-date"));
        }
        BigDecimal percent = draft.prepaymentPercent();
        if (draft.requiresPayment() && (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            problems.add(Problem.of("prepaymentPercent", "quotes.edit.prepayment-range"));
        }
        if (draft.reference() != null && draft.reference().length() > 100) {
            problems.add(Problem.of("reference", "quotes.edit.reference-too-long"));
        }
        for (int i = 0; i < draft.lines().size(); i++) {
            DocumentLine line = draft.lines().get(i);
            if (line.description() == null || line.description().isBlank()
                    || line.description().length() > 2000 || line.quantity().signum() < 0 || line.unitPrice().signum() < 0
                    || line.discountPercent().signum() < 0 || line.discountPercent().compareTo(BigDecimal.valueOf(100)) > 0
                    || line.taxRate().signum() < 0) {
                problems.add(Problem.of("lines[" + i + "]", "quotes.edit.bad-line"));
            }
        }
        return problems;
    }

    /**
     * DRAFT to SENT, mailed to the customer's portal users (or the contact person).
     *
     * @throws RefusedException without product lines, without any recipient, or when it is no draft any more
     */
    @Transactional
    public void send(long quoteId, long userId) {
        Quote quote = quotes.byId(quoteId).orElseThrow(() -> new RefusedException("quotes.refused.not-found"));
        List<Problem> problems = sendProblems(quote);
        if (!problems.isEmpty()) {
            throw new RefusedException(problems.getFirst().messageKey());
        }
        List<MailRecipients.Recipient> recipients = mails.customerRecipients(quote.customerId(), quote.contactId());
        if (!quotes.markSent(quoteId, Instant.now())) {
            throw new RefusedException("quotes.send.not-draft");
        }
        history.event(quote.ref(), HistoryEvent.SENT, userId,
                String.join(", ", recipients.stream().map(MailRecipients.Recipient::email).toList()));
        mails.quoteSent(quote, recipients);
    }

    /** Why the quote cannot be sent yet: no product lines, nobody to receive it, past its validity. */
    private List<Problem> sendProblems(Quote quote) {
        List<Problem> problems = new ArrayList<>();
        if (lines.of(quote.ref()).stream().noneMatch(line -> line.kind() == LineKind.PRODUCT)) {
            problems.add(Problem.of("lines", "quotes.send.no-lines"));
        }
        if (mails.customerRecipients(quote.customerId(), quote.contactId()).isEmpty()) {
            problems.add(Problem.of("contact", "quotes.send.no-recipient"));
        }
        if (quote.validUntil() != null && quote.validUntil().isBefore(QuoteRepository.today())) {
            problems.add(Problem.of("validUntil", "quotes.send.expired"));
        }
        return problems;
    }

    /** A sent quote nobody has answered goes back to draft, e.g. to correct it. */
    @Transactional
    public void backToDraft(long quoteId, long userId) {
        if (!quotes.backToDraft(quoteId, Instant.now())) {
            throw new RefusedException("quotes.draft.not-possible");
        }
    }

}
