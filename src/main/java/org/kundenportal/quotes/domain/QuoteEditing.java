package org.kundenportal.quotes.domain;

import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.PAYMENT_TERM;
import static org.kundenportal.db.Tables.SALE_ORDER;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.kundenportal.access.domain.RefusedException;
import org.kundenportal.base.mail.MailRecipients;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.domain.DocumentNumbers;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.domain.HistoryLog;
import org.kundenportal.documents.domain.LineKind;
import org.kundenportal.documents.domain.Totals;
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

    private final DSLContext db;
    private final QuoteRepository quotes;
    private final DocumentLines lines;
    private final DocumentNumbers numbers;
    private final HistoryLog history;
    private final QuoteMails mails;
    private final SalesSettingsService salesSettings;

    public QuoteEditing(DSLContext db, QuoteRepository quotes, DocumentLines lines, DocumentNumbers numbers,
                        HistoryLog history, QuoteMails mails, SalesSettingsService salesSettings) {
        this.db = db;
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
        Long term = db.select(PAYMENT_TERM.ID).from(PAYMENT_TERM)
                .where(PAYMENT_TERM.CODE.eq(defaults.paymentTermCode()))
                .fetchOptional(PAYMENT_TERM.ID).orElse(null);
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

    public List<PaymentTermOption> paymentTerms() {
        return db.selectFrom(PAYMENT_TERM).where(PAYMENT_TERM.ACTIVE.isTrue()).orderBy(PAYMENT_TERM.DAYS)
                .fetch(term -> new PaymentTermOption(term.getId(), term.getCode(), term.getLabelDe(), term.getLabelEn()));
    }

    /**
     * Saves the draft and returns the quote's number.
     *
     * @throws RefusedException when a value is invalid, the quote is no longer a draft or someone saved it meanwhile
     */
    @Transactional
    public String save(QuoteDraft draft, long userId) {
        validate(draft);
        Instant now = Instant.now();
        long id;
        String number;
        if (draft.isNew()) {
            number = numbers.next(DocumentNumbers.Series.QUOTE, draft.quoteDate());
            id = db.insertInto(SALE_ORDER)
                    .set(SALE_ORDER.NUMBER, number)
                    .set(SALE_ORDER.STATE, "DRAFT")
                    .set(SALE_ORDER.CUSTOMER_COMPANY_ID, draft.customerId())
                    .set(SALE_ORDER.QUOTE_DATE, draft.quoteDate())
                    .set(SALE_ORDER.RESPONSIBLE_USER_ID, userId)
                    .set(SALE_ORDER.CREATED_BY, userId)
                    .returningResult(SALE_ORDER.ID)
                    .fetchSingle(SALE_ORDER.ID);
            history.event(DocumentRef.saleOrder(id), HistoryEvent.CREATED, userId, null);
        } else {
            id = draft.id();
            number = quotes.byId(id).map(Quote::number).orElseThrow(() -> new RefusedException("quotes.refused.not-found"));
        }
        Totals totals = lines.replace(DocumentRef.saleOrder(id), draft.lines());
        int updated = db.update(SALE_ORDER)
                .set(SALE_ORDER.CUSTOMER_COMPANY_ID, draft.customerId())
                .set(SALE_ORDER.CUSTOMER_CONTACT_ID, draft.contactId())
                .set(SALE_ORDER.REFERENCE, blankToNull(draft.reference()))
                .set(SALE_ORDER.QUOTE_DATE, draft.quoteDate())
                .set(SALE_ORDER.VALID_UNTIL, draft.validUntil())
                .set(SALE_ORDER.PAYMENT_TERM_ID, draft.paymentTermId())
                .set(SALE_ORDER.REQUIRES_SIGNATURE, draft.requiresSignature())
                .set(SALE_ORDER.REQUIRES_PAYMENT, draft.requiresPayment())
                .set(SALE_ORDER.PREPAYMENT_PERCENT, draft.requiresPayment() ? draft.prepaymentPercent() : BigDecimal.valueOf(100))
                .set(SALE_ORDER.NOTE, blankToNull(draft.note()))
                .set(SALE_ORDER.AMOUNT_UNTAXED, totals.untaxed())
                .set(SALE_ORDER.AMOUNT_TAX, totals.tax())
                .set(SALE_ORDER.AMOUNT_TOTAL, totals.total())
                .set(SALE_ORDER.UPDATED_AT, now)
                .set(SALE_ORDER.VERSION, draft.isNew() ? SALE_ORDER.VERSION : SALE_ORDER.VERSION.plus(1))
                .where(SALE_ORDER.ID.eq(id), SALE_ORDER.STATE.eq("DRAFT"),
                        draft.isNew() ? SALE_ORDER.VERSION.eq(0) : SALE_ORDER.VERSION.eq(draft.version()))
                .execute();
        if (updated == 0) {
            // rolls back the lines written above as well
            throw new RefusedException("quotes.edit.stale");
        }
        return number;
    }

    private void validate(QuoteDraft draft) {
        if (draft.customerId() == null || !db.fetchExists(CONTACT, CONTACT.ID.eq(draft.customerId()),
                CONTACT.KIND.eq("COMPANY"), CONTACT.IS_CUSTOMER.isTrue())) {
            throw new RefusedException("quotes.edit.customer-required");
        }
        if (draft.contactId() != null && !db.fetchExists(CONTACT, CONTACT.ID.eq(draft.contactId()),
                CONTACT.COMPANY_ID.eq(draft.customerId()))) {
            throw new RefusedException("quotes.edit.contact-mismatch");
        }
        if (draft.quoteDate() == null) {
            throw new RefusedException("quotes.edit.date-required");
        }
        if (draft.validUntil() != null && draft.validUntil().isBefore(draft.quoteDate())) {
            throw new RefusedException("quotes.edit.valid-until-before-date");
        }
        BigDecimal percent = draft.prepaymentPercent();
        if (draft.requiresPayment() && (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new RefusedException("quotes.edit.prepayment-range");
        }
        if (draft.reference() != null && draft.reference().length() > 100) {
            throw new RefusedException("quotes.edit.reference-too-long");
        }
        boolean badLine = draft.lines().stream().anyMatch(line -> line.description() == null || line.description().isBlank()
                || line.description().length() > 2000 || line.quantity().signum() < 0 || line.unitPrice().signum() < 0
                || line.discountPercent().signum() < 0 || line.discountPercent().compareTo(BigDecimal.valueOf(100)) > 0
                || line.taxRate().signum() < 0);
        if (badLine) {
            throw new RefusedException("quotes.edit.bad-line");
        }
    }

    /**
     * DRAFT to SENT, mailed to the customer's portal users (or the contact person).
     *
     * @throws RefusedException without product lines, without any recipient, or when it is no draft any more
     */
    @Transactional
    public void send(long quoteId, long userId) {
        Quote quote = quotes.byId(quoteId).orElseThrow(() -> new RefusedException("quotes.refused.not-found"));
        if (lines.of(quote.ref()).stream().noneMatch(line -> line.kind() == LineKind.PRODUCT)) {
            throw new RefusedException("quotes.send.no-lines");
        }
        List<MailRecipients.Recipient> recipients = mails.customerRecipients(quote.customerId(), quote.contactId());
        if (recipients.isEmpty()) {
            throw new RefusedException("quotes.send.no-recipient");
        }
        if (quote.validUntil() != null && quote.validUntil().isBefore(QuoteRepository.today())) {
            throw new RefusedException("quotes.send.expired");
        }
        Instant now = Instant.now();
        int sent = db.update(SALE_ORDER)
                .set(SALE_ORDER.STATE, "SENT")
                .set(SALE_ORDER.SENT_AT, now)
                .set(SALE_ORDER.UPDATED_AT, now)
                .set(SALE_ORDER.VERSION, SALE_ORDER.VERSION.plus(1))
                .where(SALE_ORDER.ID.eq(quoteId), SALE_ORDER.STATE.eq("DRAFT"))
                .execute();
        if (sent == 0) {
            throw new RefusedException("quotes.send.not-draft");
        }
        history.event(quote.ref(), HistoryEvent.SENT, userId,
                String.join(", ", recipients.stream().map(MailRecipients.Recipient::email).toList()));
        mails.quoteSent(quote, recipients);
    }

    /** A sent quote nobody has answered goes back to draft, e.g. to correct it. */
    @Transactional
    public void backToDraft(long quoteId, long userId) {
        int reset = db.update(SALE_ORDER)
                .set(SALE_ORDER.STATE, "DRAFT")
                .set(SALE_ORDER.SENT_AT, (Instant) null)
                .set(SALE_ORDER.UPDATED_AT, Instant.now())
                .set(SALE_ORDER.VERSION, SALE_ORDER.VERSION.plus(1))
                .where(SALE_ORDER.ID.eq(quoteId), SALE_ORDER.STATE.eq("SENT"), SALE_ORDER.SIGNED_AT.isNull())
                .execute();
        if (reset == 0) {
            throw new RefusedException("quotes.draft.not-possible");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
