package org.kundenportal.quotes.domain;

import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.DOCUMENT_LINE;
import static org.kundenportal.db.Tables.INVOICE;
import static org.kundenportal.db.Tables.PAYMENT_TERM;
import static org.kundenportal.db.Tables.SALE_ORDER;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.kundenportal.base.db.ExternalColumns;
import org.kundenportal.base.db.ExternalRow;
import org.kundenportal.base.db.ListPages;
import org.kundenportal.base.db.SortOrders;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.db.tables.AppUser;
import org.kundenportal.db.tables.Contact;
import org.kundenportal.db.tables.records.SaleOrderRecord;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.documents.domain.SaleOrderState;
import org.kundenportal.documents.domain.Totals;
import org.kundenportal.documents.domain.WithLines;
import org.kundenportal.invoices.domain.InvoiceKind;
import org.kundenportal.invoices.domain.InvoiceState;
import org.springframework.stereotype.Repository;

/**
 * Reads quotes: the portal's (scoped, never drafts, never orders) and the back office's (all of them). Every
 * portal read takes the user's {@link PortalScope}, so a quote out of scope is simply not found.
 */
@Repository
public class QuoteRepository {

    private static final Contact CUSTOMER = CONTACT.as("customer");
    private static final Contact PERSON = CONTACT.as("person");
    private static final AppUser RESPONSIBLE = APP_USER.as("responsible");

    /** Sort keys the quote grids may ask for; anything else is refused. */
    public static final Map<String, Field<?>> SORT_FIELDS = Map.of(
            "number", SALE_ORDER.NUMBER,
            "quoteDate", SALE_ORDER.QUOTE_DATE,
            "validUntil", SALE_ORDER.VALID_UNTIL,
            "total", SALE_ORDER.AMOUNT_TOTAL,
            "customer", CUSTOMER.NAME);

    /** Which quotes a list or a look-up covers. */
    public enum Audience {
        /** Portal users and the customer preview: sent or cancelled quotes of the scope's companies. */
        PORTAL,
        /** The back office: every quote and order. */
        STAFF
    }

    private static final ExternalColumns<?> EXTERNAL = new ExternalColumns<>(SALE_ORDER.ID, SALE_ORDER.EXTERNAL_ID,
            SALE_ORDER.EXTERNAL_HASH);

    private final DSLContext db;

    public QuoteRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * For the demo data: a quote entered by staff on a past day, with the payment term's id from its code.
     *
     * @param source BACK_OFFICE or WEB_SHOP
     */
    public long insertBackdated(String number, String source, long companyId, Long contactId, String reference,
                                LocalDate quoteDate, String paymentTermCode, long staffUserId) {
        Long term = db.select(PAYMENT_TERM.ID).from(PAYMENT_TERM).where(PAYMENT_TERM.CODE.eq(paymentTermCode)).fetchOne(PAYMENT_TERM.ID);
        return db.insertInto(SALE_ORDER)
                .set(SALE_ORDER.NUMBER, number)
                .set(SALE_ORDER.SOURCE, source)
                .set(SALE_ORDER.CUSTOMER_COMPANY_ID, companyId)
                .set(SALE_ORDER.CUSTOMER_CONTACT_ID, contactId)
                .set(SALE_ORDER.REFERENCE, reference)
                .set(SALE_ORDER.QUOTE_DATE, quoteDate)
                .set(SALE_ORDER.PAYMENT_TERM_ID, term)
                .set(SALE_ORDER.RESPONSIBLE_USER_ID, staffUserId)
                .set(SALE_ORDER.CREATED_BY, staffUserId)
                .set(SALE_ORDER.CREATED_AT, quoteDate.atTime(9, 0).toInstant(ZoneOffset.UTC))
                .returningResult(SALE_ORDER.ID)
                .fetchSingle(SALE_ORDER.ID);
    }

    /** How a demo quote ended up over the weeks after its date: sent, declined or signed and confirmed. */
    public record BackdatedOutcome(SaleOrderState state, LocalDate validUntil, boolean requiresSignature,
                                   BigDecimal prepaymentPercent, Instant sentAt, Instant declinedAt, String declineReason,
                                   LocalDate orderDate, Instant confirmedAt, String signedName, Instant signedAt,
                                   String signedAddress, byte[] signaturePng) {
    }

    /** For the demo data: writes the outcome a quote reached in the past, without the steps that led there. */
    public void backdateOutcome(long id, BackdatedOutcome outcome, Totals totals) {
        db.update(SALE_ORDER)
                .set(SALE_ORDER.STATE, outcome.state())
                .set(SALE_ORDER.VALID_UNTIL, outcome.validUntil())
                .set(SALE_ORDER.REQUIRES_SIGNATURE, outcome.requiresSignature())
                .set(SALE_ORDER.REQUIRES_PAYMENT, outcome.prepaymentPercent() != null)
                .set(SALE_ORDER.PREPAYMENT_PERCENT, outcome.prepaymentPercent() == null ? BigDecimal.valueOf(100) : outcome.prepaymentPercent())
                .set(SALE_ORDER.AMOUNT_UNTAXED, totals.untaxed())
                .set(SALE_ORDER.AMOUNT_TAX, totals.tax())
                .set(SALE_ORDER.AMOUNT_TOTAL, totals.total())
                .set(SALE_ORDER.SENT_AT, outcome.sentAt())
                .set(SALE_ORDER.DECLINED_AT, outcome.declinedAt())
                .set(SALE_ORDER.DECLINE_REASON, outcome.declineReason())
                .set(SALE_ORDER.ORDER_DATE, outcome.orderDate())
                .set(SALE_ORDER.CONFIRMED_AT, outcome.confirmedAt())
                .set(SALE_ORDER.SIGNED_NAME, outcome.signedName())
                .set(SALE_ORDER.SIGNED_AT, outcome.signedAt())
                .set(SALE_ORDER.SIGNED_ADDRESS, outcome.signedAddress())
                .set(SALE_ORDER.SIGNATURE_PNG, outcome.signaturePng())
                .where(SALE_ORDER.ID.eq(id))
                .execute();
    }

    /** For the demo data: a web shop order confirmed on a past day. */
    public void backdateWebShopOrder(long id, LocalDate orderDate, Instant confirmedAt, Totals totals) {
        db.update(SALE_ORDER)
                .set(SALE_ORDER.STATE, SaleOrderState.CONFIRMED)
                .set(SALE_ORDER.ORDER_DATE, orderDate)
                .set(SALE_ORDER.CONFIRMED_AT, confirmedAt)
                .set(SALE_ORDER.AMOUNT_UNTAXED, totals.untaxed())
                .set(SALE_ORDER.AMOUNT_TAX, totals.tax())
                .set(SALE_ORDER.AMOUNT_TOTAL, totals.total())
                .where(SALE_ORDER.ID.eq(id))
                .execute();
    }

    /** A company's first quotes and orders past the draft, oldest first. */
    public List<Long> issuedIds(long companyId, int limit) {
        return db.select(SALE_ORDER.ID).from(SALE_ORDER)
                .where(SALE_ORDER.CUSTOMER_COMPANY_ID.eq(companyId).and(SALE_ORDER.STATE.ne(SaleOrderState.DRAFT)))
                .orderBy(SALE_ORDER.ID).limit(limit).fetch(SALE_ORDER.ID);
    }

    public static LocalDate today() {
        return LocalDate.now(Formats.ZONE);
    }

    /**
     * What a user may see of quotes and the orders they become: staff in the back office every one, a portal user
     * those of its customer companies, never a draft. The quote pages narrow this to quotes, the order pages to
     * confirmed ones.
     */
    public static Condition visibleTo(PortalScope scope, boolean backOffice) {
        if (backOffice && scope.unrestricted()) {
            return DSL.noCondition();
        }
        return SALE_ORDER.STATE.ne(SaleOrderState.DRAFT).and(scope.customers(SALE_ORDER.CUSTOMER_COMPANY_ID));
    }

    /**
     * The stored quote (or, with {@code order}, the confirmed order) with that number for its PDF, if the user may see
     * it. Each kind answers only under its own number, so a number never prints as both.
     */
    public Optional<WithLines<SaleOrderRecord>> printable(String number, boolean order, PortalScope scope, boolean backOffice) {
        Condition kind = order ? SALE_ORDER.STATE.eq(SaleOrderState.CONFIRMED)
                : SALE_ORDER.STATE.ne(SaleOrderState.CONFIRMED);
        return db.select(SALE_ORDER, DocumentLines.nested(DocumentType.SALE_ORDER, SALE_ORDER.ID)).from(SALE_ORDER)
                .where(SALE_ORDER.NUMBER.eq(number), kind, visibleTo(scope, backOffice))
                .fetchOptional(Records.mapping(WithLines::new));
    }

    public List<QuoteRow> page(Audience audience, PortalScope scope, DocumentFilter<QuoteStatus> filter, int offset,
                               int limit, List<SortOrders.Sort> sort) {
        return page(audience, scope, filter, offset, limit, sort, new ListPages());
    }

    /** A page of a grid that keeps its {@link ListPages}, so that deep pages are read by their sort key. */
    public List<QuoteRow> page(Audience audience, PortalScope scope, DocumentFilter<QuoteStatus> filter, int offset,
                               int limit, List<SortOrders.Sort> sort, ListPages pages) {
        List<SortField<?>> orderBy = SortOrders.orderBy(sort, SORT_FIELDS, SALE_ORDER.QUOTE_DATE, SALE_ORDER.ID);
        LocalDate today = today();
        return pages.fetch(db, SALE_ORDER.ID, List.of(SALE_ORDER.ID, SALE_ORDER.NUMBER, SALE_ORDER.QUOTE_DATE,
                                SALE_ORDER.VALID_UNTIL, SALE_ORDER.STATE, SALE_ORDER.SIGNED_AT, SALE_ORDER.AMOUNT_TOTAL,
                                SALE_ORDER.CURRENCY, SALE_ORDER.CUSTOMER_COMPANY_ID, CUSTOMER.NAME),
                        SALE_ORDER.join(CUSTOMER).on(CUSTOMER.ID.eq(SALE_ORDER.CUSTOMER_COMPANY_ID)),
                        condition(audience, scope, filter, today), orderBy, filter, offset, limit)
                .stream()
                .map(row -> new QuoteRow(row.get(SALE_ORDER.ID), row.get(SALE_ORDER.NUMBER),
                        row.get(SALE_ORDER.QUOTE_DATE), row.get(SALE_ORDER.VALID_UNTIL),
                        QuoteStatus.of(row.get(SALE_ORDER.STATE), row.get(SALE_ORDER.SIGNED_AT) != null,
                                row.get(SALE_ORDER.VALID_UNTIL), today),
                        row.get(SALE_ORDER.AMOUNT_TOTAL), Currency.getInstance(row.get(SALE_ORDER.CURRENCY)),
                        row.get(SALE_ORDER.CUSTOMER_COMPANY_ID), row.get(CUSTOMER.NAME)))
                .toList();
    }

    public int count(Audience audience, PortalScope scope, DocumentFilter<QuoteStatus> filter) {
        return db.fetchCount(db.selectOne().from(SALE_ORDER)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(SALE_ORDER.CUSTOMER_COMPANY_ID))
                .where(condition(audience, scope, filter, today())));
    }

    /** Open quotes of the scope, for the home card. */
    public long countOpen(PortalScope scope) {
        return db.fetchCount(SALE_ORDER, visibleTo(scope, false).and(QuoteStatus.OPEN.condition(today())));
    }

    private static Condition condition(Audience audience, PortalScope scope, DocumentFilter<QuoteStatus> filter,
                                       LocalDate today) {
        Condition condition = audienceCondition(audience, scope);
        if (filter.state() != null) {
            condition = condition.and(filter.state().condition(today));
        }
        if (filter.from() != null) {
            condition = condition.and(SALE_ORDER.QUOTE_DATE.ge(filter.from()));
        }
        if (filter.to() != null) {
            condition = condition.and(SALE_ORDER.QUOTE_DATE.le(filter.to()));
        }
        if (filter.companyId() != null) {
            condition = condition.and(SALE_ORDER.CUSTOMER_COMPANY_ID.eq(filter.companyId()));
        }
        if (filter.hasText()) {
            String pattern = filter.likePattern();
            condition = condition.and(SALE_ORDER.NUMBER.likeIgnoreCase(pattern, '\\')
                    .or(SALE_ORDER.REFERENCE.likeIgnoreCase(pattern, '\\'))
                    .or(DSL.exists(DSL.selectOne().from(DOCUMENT_LINE)
                            .where(DOCUMENT_LINE.DOCUMENT_TYPE.eq(DocumentType.SALE_ORDER),
                                    DOCUMENT_LINE.DOCUMENT_ID.eq(SALE_ORDER.ID),
                                    DOCUMENT_LINE.DESCRIPTION.likeIgnoreCase(pattern, '\\')
                                            .or(DOCUMENT_LINE.PRODUCT_CODE.likeIgnoreCase(pattern, '\\'))))));
        }
        return condition;
    }

    private static Condition audienceCondition(Audience audience, PortalScope scope) {
        return switch (audience) {
            // sent or cancelled, as a stored column that leads the quote lists' indexes (V18)
            case PORTAL -> SALE_ORDER.PORTAL_QUOTE.isTrue().and(visibleTo(scope, false));
            case STAFF -> scope.unrestricted() ? DSL.trueCondition() : DSL.falseCondition();
        };
    }

    /** The quote with this number if the audience and scope may see it; empty otherwise, whether it exists or not. */
    public Optional<Quote> find(Audience audience, PortalScope scope, String number) {
        return fetch(audienceCondition(audience, scope).and(SALE_ORDER.NUMBER.eq(number)));
    }

    /** The quote with this id if the user may see it (by {@link #visibleTo}); empty otherwise, whether it exists or not. */
    public Optional<Quote> byId(PortalScope scope, long id) {
        return fetch(SALE_ORDER.ID.eq(id).and(visibleTo(scope, true)));
    }

    /** For the service, which has already checked access. */
    public Optional<Quote> byId(long id) {
        return fetch(SALE_ORDER.ID.eq(id));
    }

    private Optional<Quote> fetch(Condition condition) {
        LocalDate today = today();
        return db.select(SALE_ORDER.asterisk(), CUSTOMER.NAME, PERSON.NAME, RESPONSIBLE.DISPLAY_NAME,
                        PAYMENT_TERM.LABEL_DE, PAYMENT_TERM.LABEL_EN)
                .from(SALE_ORDER)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(SALE_ORDER.CUSTOMER_COMPANY_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(SALE_ORDER.CUSTOMER_CONTACT_ID))
                .leftJoin(RESPONSIBLE).on(RESPONSIBLE.ID.eq(SALE_ORDER.RESPONSIBLE_USER_ID))
                .leftJoin(PAYMENT_TERM).on(PAYMENT_TERM.ID.eq(SALE_ORDER.PAYMENT_TERM_ID))
                .where(condition)
                .fetchOptional(row -> toQuote(row, today));
    }

    private static Quote toQuote(Record row, LocalDate today) {
        var order = row.into(SALE_ORDER);
        return new Quote(order.getId(), order.getNumber(), order.getState(),
                QuoteStatus.of(order.getState(), order.getSignedAt() != null, order.getValidUntil(), today),
                order.getCustomerCompanyId(), row.get(CUSTOMER.NAME), order.getCustomerContactId(), row.get(PERSON.NAME),
                order.getReference(), order.getQuoteDate(), order.getValidUntil(), order.getPaymentTermId(),
                row.get(PAYMENT_TERM.LABEL_DE), row.get(PAYMENT_TERM.LABEL_EN), Currency.getInstance(order.getCurrency()),
                order.getAmountTotal(), order.getRequiresSignature(), order.getRequiresPayment(),
                order.getPrepaymentPercent(), order.getNote(), order.getResponsibleUserId(),
                row.get(RESPONSIBLE.DISPLAY_NAME), order.getSentAt(), order.getSignedName(), order.getSignaturePng(),
                order.getSignedAt(), order.getDeclinedAt(), order.getDeclineReason(), order.getCancelledAt(),
                order.getCancelReason(), order.getFeedbackRating() == null ? null : order.getFeedbackRating().intValue(),
                order.getFeedbackText(), order.getFeedbackAt(), order.getVersion());
    }

    /** The quote (or the order it became) another system knows by this id. */
    public Optional<ExternalRow> findExternal(String externalId) {
        return EXTERNAL.find(db, externalId);
    }

    public String externalId(long id) {
        return EXTERNAL.externalIdOf(db, id);
    }

    /** Records which request of which system wrote it last. */
    public void linkExternal(long id, String externalId, String externalHash) {
        EXTERNAL.link(db, id, externalId, externalHash);
    }

    /** The number of the quote's prepayment invoice, once it has one. */
    public Optional<String> prepaymentInvoiceNumber(long quoteId) {
        return db.select(INVOICE.NUMBER).from(INVOICE)
                .where(INVOICE.SALE_ORDER_ID.eq(quoteId), INVOICE.KIND.eq(InvoiceKind.PREPAYMENT), INVOICE.STATE.ne(InvoiceState.CANCELLED))
                .orderBy(INVOICE.ID.desc())
                .limit(1)
                .fetchOptional(INVOICE.NUMBER);
    }
    // --- the customer's answers: each one guarded UPDATE, false when the quote was no longer open for it ---

    /** Sent, not yet answered, still valid, and the user's company's. */
    private static Condition answerable(PortalScope scope, long quoteId, LocalDate today) {
        return SALE_ORDER.ID.eq(quoteId)
                .and(SALE_ORDER.STATE.eq(SaleOrderState.SENT))
                .and(SALE_ORDER.SIGNED_AT.isNull())
                .and(SALE_ORDER.VALID_UNTIL.isNull().or(SALE_ORDER.VALID_UNTIL.ge(today)))
                .and(visibleTo(scope, false));
    }

    /** @param signaturePng null when the quote asks for no drawn signature */
    boolean accept(PortalScope scope, long quoteId, LocalDate today, Acceptance acceptance) {
        return db.update(SALE_ORDER)
                .set(SALE_ORDER.SIGNED_NAME, acceptance.signerName())
                .set(SALE_ORDER.SIGNATURE_PNG, acceptance.signaturePng())
                .set(SALE_ORDER.SIGNED_AT, acceptance.at())
                .set(SALE_ORDER.SIGNED_ADDRESS, acceptance.clientAddress())
                .set(SALE_ORDER.SIGNED_BY_USER_ID, acceptance.userId())
                .set(SALE_ORDER.UPDATED_AT, acceptance.at())
                .set(SALE_ORDER.VERSION, SALE_ORDER.VERSION.plus(1))
                .where(answerable(scope, quoteId, today))
                .execute() == 1;
    }

    /** Who accepted, when and from where, with the signature image if the quote asks for one. */
    record Acceptance(String signerName, byte[] signaturePng, Instant at, String clientAddress, long userId) {
    }

    boolean decline(PortalScope scope, long quoteId, LocalDate today, String reason, Instant at) {
        return db.update(SALE_ORDER)
                .set(SALE_ORDER.STATE, SaleOrderState.CANCELLED)
                .set(SALE_ORDER.DECLINED_AT, at)
                .set(SALE_ORDER.DECLINE_REASON, reason)
                .set(SALE_ORDER.UPDATED_AT, at)
                .set(SALE_ORDER.VERSION, SALE_ORDER.VERSION.plus(1))
                .where(answerable(scope, quoteId, today))
                .execute() == 1;
    }

    /** Once per quote, and only after it was accepted or declined. */
    boolean saveFeedback(PortalScope scope, long quoteId, int rating, String comment, Instant at) {
        return db.update(SALE_ORDER)
                .set(SALE_ORDER.FEEDBACK_RATING, (byte) rating)
                .set(SALE_ORDER.FEEDBACK_TEXT, comment.isEmpty() ? null : comment)
                .set(SALE_ORDER.FEEDBACK_AT, at)
                .where(SALE_ORDER.ID.eq(quoteId), SALE_ORDER.FEEDBACK_AT.isNull(),
                        SALE_ORDER.SIGNED_AT.isNotNull().or(SALE_ORDER.DECLINED_AT.isNotNull()),
                        visibleTo(scope, false))
                .execute() == 1;
    }

    /**
     * SENT to CONFIRMED: the quote becomes a sales order dated today.
     *
     * @param signedOnly only a quote already signed (one that waited for its prepayment)
     */
    boolean confirm(long quoteId, boolean signedOnly, Instant at) {
        return db.update(SALE_ORDER)
                .set(SALE_ORDER.STATE, SaleOrderState.CONFIRMED)
                .set(SALE_ORDER.ORDER_DATE, today())
                .set(SALE_ORDER.CONFIRMED_AT, at)
                .set(SALE_ORDER.UPDATED_AT, at)
                .set(SALE_ORDER.VERSION, SALE_ORDER.VERSION.plus(1))
                .where(SALE_ORDER.ID.eq(quoteId), SALE_ORDER.STATE.eq(SaleOrderState.SENT),
                        signedOnly ? SALE_ORDER.SIGNED_AT.isNotNull() : DSL.noCondition())
                .execute() == 1;
    }
    // --- the back office's writes of a quote ---

    long insertDraft(String number, long customerId, LocalDate quoteDate, long userId) {
        return db.insertInto(SALE_ORDER)
                .set(SALE_ORDER.NUMBER, number)
                .set(SALE_ORDER.STATE, SaleOrderState.DRAFT)
                .set(SALE_ORDER.CUSTOMER_COMPANY_ID, customerId)
                .set(SALE_ORDER.QUOTE_DATE, quoteDate)
                .set(SALE_ORDER.RESPONSIBLE_USER_ID, userId)
                .set(SALE_ORDER.CREATED_BY, userId)
                .returningResult(SALE_ORDER.ID)
                .fetchSingle(SALE_ORDER.ID);
    }

    /** The draft's header and totals; false when it is no draft any more or someone saved it meanwhile. */
    boolean updateDraft(long id, QuoteDraft draft, Totals totals, Instant at) {
        return db.update(SALE_ORDER)
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
                .set(SALE_ORDER.UPDATED_AT, at)
                .set(SALE_ORDER.VERSION, draft.isNew() ? SALE_ORDER.VERSION : SALE_ORDER.VERSION.plus(1))
                .where(SALE_ORDER.ID.eq(id), SALE_ORDER.STATE.eq(SaleOrderState.DRAFT),
                        draft.isNew() ? SALE_ORDER.VERSION.eq(0) : SALE_ORDER.VERSION.eq(draft.version()))
                .execute() == 1;
    }

    /** An order placed elsewhere, written as a draft a moment ago, confirmed at once. */
    void confirmPlacedOrder(long id, String source, LocalDate orderDate, Instant at) {
        db.update(SALE_ORDER)
                .set(SALE_ORDER.STATE, SaleOrderState.CONFIRMED)
                .set(SALE_ORDER.SOURCE, source)
                .set(SALE_ORDER.ORDER_DATE, orderDate)
                .set(SALE_ORDER.CONFIRMED_AT, at)
                .set(SALE_ORDER.UPDATED_AT, at)
                .set(SALE_ORDER.VERSION, SALE_ORDER.VERSION.plus(1))
                .where(SALE_ORDER.ID.eq(id), SALE_ORDER.STATE.eq(SaleOrderState.DRAFT))
                .execute();
    }

    /** DRAFT to SENT; false when it is no draft any more. */
    boolean markSent(long quoteId, Instant at) {
        return db.update(SALE_ORDER)
                .set(SALE_ORDER.STATE, SaleOrderState.SENT)
                .set(SALE_ORDER.SENT_AT, at)
                .set(SALE_ORDER.UPDATED_AT, at)
                .set(SALE_ORDER.VERSION, SALE_ORDER.VERSION.plus(1))
                .where(SALE_ORDER.ID.eq(quoteId), SALE_ORDER.STATE.eq(SaleOrderState.DRAFT))
                .execute() == 1;
    }

    /** SENT and unanswered back to DRAFT; false otherwise. */
    boolean backToDraft(long quoteId, Instant at) {
        return db.update(SALE_ORDER)
                .set(SALE_ORDER.STATE, SaleOrderState.DRAFT)
                .set(SALE_ORDER.SENT_AT, (Instant) null)
                .set(SALE_ORDER.UPDATED_AT, at)
                .set(SALE_ORDER.VERSION, SALE_ORDER.VERSION.plus(1))
                .where(SALE_ORDER.ID.eq(quoteId), SALE_ORDER.STATE.eq(SaleOrderState.SENT), SALE_ORDER.SIGNED_AT.isNull())
                .execute() == 1;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
