package org.kundenportal.invoices.domain;

import static org.jooq.impl.DSL.inline;
import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.DOCUMENT_LINE;
import static org.kundenportal.db.Tables.INVOICE;
import static org.kundenportal.db.Tables.PAYMENT;
import static org.kundenportal.db.Tables.PAYMENT_TERM;
import static org.kundenportal.db.Tables.SALE_ORDER;
import static org.kundenportal.db.Tables.SEPA_MANDATE;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.contacts.domain.ContactKind;
import org.kundenportal.db.tables.records.InvoiceRecord;
import org.kundenportal.db.tables.records.PaymentRecord;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.documents.domain.SaleOrderState;
import org.kundenportal.documents.domain.WithLines;
import org.springframework.stereotype.Repository;

/**
 * Invoices and vendor bills with their payments. Portal reads go through {@link #visibleTo}: our invoices in the
 * user's customer scope, bills in its supplier scope, never a draft. Money moves only through the guarded
 * updates {@link #completePayment} and {@link #addPaid}.
 */
@Repository
public class InvoiceRepository {

    /** The one place the payment status is derived; lists filter and sort by it, pages show it as the badge. */
    public static final Field<String> STATUS = DSL
            .when(INVOICE.STATE.eq(InvoiceState.CANCELLED), inline(InvoicePaymentStatus.CANCELLED.name()))
            .when(INVOICE.AMOUNT_PAID.ge(INVOICE.AMOUNT_TOTAL), inline(InvoicePaymentStatus.PAID.name()))
            .when(INVOICE.DUE_DATE.lt(DSL.currentLocalDate()), inline(InvoicePaymentStatus.OVERDUE.name()))
            .when(INVOICE.AMOUNT_PAID.gt(BigDecimal.ZERO), inline(InvoicePaymentStatus.PARTIALLY_PAID.name()))
            .otherwise(inline(InvoicePaymentStatus.NOT_PAID.name()));

    /**
     * Sort keys the invoice grids may ask for; anything else is refused. The status sorts by the stored payment rank
     * (open, paid, cancelled; V19) and then by invoice date, so that the oldest open, i.e. overdue, invoices lead and
     * an index gives the order; sorting by {@link #STATUS} itself made MariaDB compute it for every invoice.
     */
    public static final Map<String, Field<?>> SORT_FIELDS = Map.of(
            "number", INVOICE.NUMBER,
            "invoiceDate", INVOICE.INVOICE_DATE,
            "dueDate", INVOICE.DUE_DATE,
            "status", INVOICE.PAYMENT_RANK,
            "total", INVOICE.AMOUNT_TOTAL,
            "amountDue", INVOICE.AMOUNT_DUE,
            "company", CONTACT.NAME);

    private static final ExternalColumns<?> EXTERNAL = new ExternalColumns<>(INVOICE.ID, INVOICE.EXTERNAL_ID,
            INVOICE.EXTERNAL_HASH);

    private final DSLContext db;

    public InvoiceRepository(DSLContext db) {
        this.db = db;
    }

    /** A customer's first outgoing invoices past the draft, oldest first. */
    public List<Long> issuedIds(long companyId, int limit) {
        return db.select(INVOICE.ID).from(INVOICE)
                .where(INVOICE.COMPANY_ID.eq(companyId).and(INVOICE.DIRECTION.eq(Direction.OUT)).and(INVOICE.STATE.ne(InvoiceState.DRAFT)))
                .orderBy(INVOICE.ID).limit(limit).fetch(INVOICE.ID);
    }

    /**
     * What a user may see: staff (in the back office) everything, a portal user our invoices to its customer
     * companies and the bills of its supplier companies, never a draft.
     */
    public static Condition visibleTo(PortalScope scope, boolean backOffice) {
        if (backOffice && scope.unrestricted()) {
            return DSL.noCondition();
        }
        return INVOICE.STATE.ne(InvoiceState.DRAFT).and(
                INVOICE.DIRECTION.eq(Direction.OUT).and(scope.customers(INVOICE.COMPANY_ID))
                        .or(INVOICE.DIRECTION.eq(Direction.IN).and(scope.suppliers(INVOICE.COMPANY_ID))));
    }

    public List<InvoiceRow> page(PortalScope scope, boolean backOffice, InvoiceFilter filter, int offset, int limit,
                                 List<SortOrders.Sort> sort) {
        return page(scope, backOffice, filter, offset, limit, sort, new ListPages());
    }

    /** A page of a grid that keeps its {@link ListPages}, so that deep pages are read by their sort key. */
    public List<InvoiceRow> page(PortalScope scope, boolean backOffice, InvoiceFilter filter, int offset, int limit,
                                 List<SortOrders.Sort> sort, ListPages pages) {
        List<SortField<?>> orderBy = SortOrders.orderBy(sort, SORT_FIELDS, INVOICE.INVOICE_DATE, INVOICE.ID);
        return pages.fetch(db, INVOICE.ID, List.of(INVOICE.ID, INVOICE.NUMBER, INVOICE.DIRECTION, INVOICE.KIND,
                                INVOICE.STATE, STATUS.as("status"), INVOICE.COMPANY_ID, CONTACT.NAME, INVOICE.INVOICE_DATE,
                                INVOICE.DUE_DATE, INVOICE.CURRENCY, INVOICE.AMOUNT_TOTAL, INVOICE.AMOUNT_PAID),
                        INVOICE.join(CONTACT).on(CONTACT.ID.eq(INVOICE.COMPANY_ID)),
                        visibleTo(scope, backOffice).and(condition(filter)), orderBy, filter, offset, limit)
                .stream()
                .map(row -> new InvoiceRow(row.get(INVOICE.ID), row.get(INVOICE.NUMBER),
                        row.get(INVOICE.DIRECTION), row.get(INVOICE.KIND),
                        row.get(INVOICE.STATE),
                        InvoicePaymentStatus.valueOf(row.get("status", String.class)), row.get(INVOICE.COMPANY_ID),
                        row.get(CONTACT.NAME), row.get(INVOICE.INVOICE_DATE), row.get(INVOICE.DUE_DATE),
                        Currency.getInstance(row.get(INVOICE.CURRENCY)), row.get(INVOICE.AMOUNT_TOTAL),
                        row.get(INVOICE.AMOUNT_PAID)))
                .toList();
    }

    public int count(PortalScope scope, boolean backOffice, InvoiceFilter filter) {
        return db.fetchCount(db.select(INVOICE.ID).from(INVOICE)
                .join(CONTACT).on(CONTACT.ID.eq(INVOICE.COMPANY_ID))
                .where(visibleTo(scope, backOffice), condition(filter)));
    }

    /**
     * The invoices {@link #STATUS} gives that status, said so that MariaDB can use an index: not yet due ones are
     * found by due date, cancelled ones by state, instead of computing the status of every invoice of the customer.
     */
    static Condition status(InvoicePaymentStatus status) {
        Condition notCancelled = INVOICE.STATE.ne(InvoiceState.CANCELLED);
        Condition open = notCancelled.and(INVOICE.AMOUNT_PAID.lt(INVOICE.AMOUNT_TOTAL));
        Condition notDue = open.and(INVOICE.DUE_DATE.ge(DSL.currentLocalDate()));
        return switch (status) {
            case CANCELLED -> INVOICE.STATE.eq(InvoiceState.CANCELLED);
            case PAID -> notCancelled.and(INVOICE.AMOUNT_PAID.ge(INVOICE.AMOUNT_TOTAL));
            case OVERDUE -> open.and(INVOICE.DUE_DATE.lt(DSL.currentLocalDate()));
            case PARTIALLY_PAID -> notDue.and(INVOICE.AMOUNT_PAID.gt(BigDecimal.ZERO));
            case NOT_PAID -> notDue.and(INVOICE.AMOUNT_PAID.le(BigDecimal.ZERO));
        };
    }

    /** Invoices the portal user still has to pay (or, as a supplier, still waits for). */
    public long countOpen(PortalScope scope) {
        return db.fetchCount(INVOICE, visibleTo(scope, false),
                STATUS.in(InvoicePaymentStatus.NOT_PAID.name(), InvoicePaymentStatus.PARTIALLY_PAID.name(),
                        InvoicePaymentStatus.OVERDUE.name()));
    }

    private static Condition condition(InvoiceFilter filter) {
        DocumentFilter<InvoicePaymentStatus> document = filter.document();
        Condition condition = DSL.noCondition();
        if (filter.direction() != null) {
            condition = condition.and(INVOICE.DIRECTION.eq(filter.direction()));
        }
        if (document.hasText()) {
            String pattern = document.likePattern();
            condition = condition.and(INVOICE.NUMBER.likeIgnoreCase(pattern, '\\')
                    .or(INVOICE.REFERENCE.likeIgnoreCase(pattern, '\\'))
                    .or(CONTACT.NAME.likeIgnoreCase(pattern, '\\'))
                    .or(DSL.exists(DSL.selectOne().from(DOCUMENT_LINE).where(
                            DOCUMENT_LINE.DOCUMENT_TYPE.eq(DocumentType.INVOICE),
                            DOCUMENT_LINE.DOCUMENT_ID.eq(INVOICE.ID),
                            DOCUMENT_LINE.DESCRIPTION.likeIgnoreCase(pattern, '\\')))));
        }
        if (document.from() != null) {
            condition = condition.and(INVOICE.INVOICE_DATE.ge(document.from()));
        }
        if (document.to() != null) {
            condition = condition.and(INVOICE.INVOICE_DATE.le(document.to()));
        }
        if (document.state() != null) {
            condition = condition.and(status(document.state()));
        }
        if (document.companyId() != null) {
            condition = condition.and(INVOICE.COMPANY_ID.eq(document.companyId()));
        }
        return condition;
    }

    /** The invoice with that number if the user may see it; empty both when it does not exist and when it is not theirs. */
    public Optional<Invoice> find(String number, PortalScope scope, boolean backOffice) {
        return find(INVOICE.NUMBER.eq(number).and(visibleTo(scope, backOffice)));
    }

    /** The stored invoice with that number for its PDF and e-invoice, if the user may see it (by {@link #visibleTo}). */
    public Optional<WithLines<InvoiceRecord>> printable(String number, PortalScope scope, boolean backOffice) {
        return db.select(INVOICE, DocumentLines.nested(DocumentType.INVOICE, INVOICE.ID)).from(INVOICE)
                .where(INVOICE.NUMBER.eq(number), visibleTo(scope, backOffice))
                .fetchOptional(Records.mapping(WithLines::new));
    }

    /** The number of the sales order an invoice was made from, printed on the invoice. */
    public Optional<String> saleOrderNumber(long saleOrderId) {
        return db.select(SALE_ORDER.NUMBER).from(SALE_ORDER).where(SALE_ORDER.ID.eq(saleOrderId))
                .fetchOptional(SALE_ORDER.NUMBER);
    }

    /** For services that act on an invoice the caller has already been allowed to see. */
    public Optional<Invoice> find(long invoiceId) {
        return find(INVOICE.ID.eq(invoiceId));
    }

    private Optional<Invoice> find(Condition condition) {
        return db.select(INVOICE.asterisk(), STATUS.as("status"), CONTACT.NAME, SALE_ORDER.NUMBER, SALE_ORDER.STATE,
                        PAYMENT_TERM.LABEL_DE, PAYMENT_TERM.LABEL_EN, SEPA_MANDATE.REFERENCE, SEPA_MANDATE.IBAN)
                .from(INVOICE)
                .join(CONTACT).on(CONTACT.ID.eq(INVOICE.COMPANY_ID))
                .leftJoin(SEPA_MANDATE).on(SEPA_MANDATE.ID.eq(INVOICE.SEPA_MANDATE_ID))
                .leftJoin(SALE_ORDER).on(SALE_ORDER.ID.eq(INVOICE.SALE_ORDER_ID))
                .leftJoin(PAYMENT_TERM).on(PAYMENT_TERM.ID.eq(INVOICE.PAYMENT_TERM_ID))
                .where(condition)
                .fetchOptional(InvoiceRepository::toInvoice);
    }

    private static Invoice toInvoice(Record row) {
        return new Invoice(row.get(INVOICE.ID), row.get(INVOICE.NUMBER), row.get(INVOICE.DIRECTION),
                row.get(INVOICE.KIND), row.get(INVOICE.STATE),
                InvoicePaymentStatus.valueOf(row.get("status", String.class)), row.get(INVOICE.COMPANY_ID), row.get(CONTACT.NAME),
                row.get(INVOICE.CONTACT_ID), row.get(INVOICE.SALE_ORDER_ID), row.get(SALE_ORDER.NUMBER),
                row.get(SALE_ORDER.STATE), row.get(INVOICE.REFERENCE), row.get(INVOICE.INVOICE_DATE),
                row.get(INVOICE.DUE_DATE), row.get(PAYMENT_TERM.LABEL_DE), row.get(PAYMENT_TERM.LABEL_EN),
                Currency.getInstance(row.get(INVOICE.CURRENCY)), row.get(INVOICE.AMOUNT_TOTAL),
                row.get(INVOICE.AMOUNT_PAID), row.get(INVOICE.SENT_AT), row.get(INVOICE.NOTE), row.get(INVOICE.VERSION),
                row.get(SEPA_MANDATE.REFERENCE) == null ? null
                        : new Invoice.DirectDebit(row.get(SEPA_MANDATE.REFERENCE), row.get(SEPA_MANDATE.IBAN)));
    }

    public List<Payment> payments(long invoiceId) {
        return db.selectFrom(PAYMENT).where(PAYMENT.INVOICE_ID.eq(invoiceId)).orderBy(PAYMENT.CREATED_AT, PAYMENT.ID)
                .fetch(InvoiceRepository::toPayment);
    }

    public Optional<Payment> payment(long paymentId) {
        return db.selectFrom(PAYMENT).where(PAYMENT.ID.eq(paymentId)).fetchOptional(InvoiceRepository::toPayment);
    }

    public Optional<Payment> paymentByKey(String idempotencyKey) {
        return db.selectFrom(PAYMENT).where(PAYMENT.IDEMPOTENCY_KEY.eq(idempotencyKey))
                .fetchOptional(InvoiceRepository::toPayment);
    }

    private static Payment toPayment(PaymentRecord row) {
        return new Payment(row.getId(), row.getInvoiceId(), PaymentMethod.valueOf(row.getMethod()), row.getProviderCode(),
                row.getState(), row.getAmount(), row.getRefunded(),
                Currency.getInstance(row.getCurrency()), row.getProviderReference(), row.getProviderPaymentRef(),
                row.getFailureReason(), row.getPaymentDate(), row.getCreatedAt(), row.getCreatedBy());
    }

    // --- changes ---

    public long insert(NewInvoice invoice) {
        return db.insertInto(INVOICE)
                .set(INVOICE.NUMBER, invoice.number())
                .set(INVOICE.DIRECTION, invoice.direction())
                .set(INVOICE.KIND, invoice.kind())
                .set(INVOICE.STATE, InvoiceState.DRAFT)
                .set(header(invoice))
                .set(INVOICE.CREATED_BY, invoice.createdBy())
                .returning(INVOICE.ID)
                .fetchSingle(INVOICE.ID);
    }

    /**
     * A prepayment invoice, posted as it is created: it asks for the share a signed quote requires before the order
     * is confirmed, so it is neither a draft nor collected by a direct-debit mandate (the customer pays it online).
     */
    public long insertPostedPrepayment(NewInvoice invoice, Long responsibleUserId) {
        return db.insertInto(INVOICE)
                .set(INVOICE.NUMBER, invoice.number())
                .set(INVOICE.DIRECTION, Direction.OUT)
                .set(INVOICE.KIND, InvoiceKind.PREPAYMENT)
                .set(INVOICE.STATE, InvoiceState.POSTED)
                .set(header(invoice))
                .set(INVOICE.RESPONSIBLE_USER_ID, responsibleUserId)
                .returning(INVOICE.ID)
                .fetchSingle(INVOICE.ID);
    }

    /** What a draft's header holds besides its number, direction, kind and state. */
    private static Map<Field<?>, Object> header(NewInvoice invoice) {
        Map<Field<?>, Object> header = new java.util.LinkedHashMap<>();
        header.put(INVOICE.COMPANY_ID, invoice.companyId());
        header.put(INVOICE.CONTACT_ID, invoice.contactId());
        header.put(INVOICE.SALE_ORDER_ID, invoice.saleOrderId());
        header.put(INVOICE.REFERENCE, invoice.reference());
        header.put(INVOICE.INVOICE_DATE, invoice.invoiceDate());
        header.put(INVOICE.DUE_DATE, invoice.dueDate());
        header.put(INVOICE.PAYMENT_TERM_ID, invoice.paymentTermId());
        header.put(INVOICE.CURRENCY, invoice.currency().getCurrencyCode());
        return header;
    }

    public void setAmounts(long invoiceId, BigDecimal untaxed, BigDecimal tax, BigDecimal total) {
        db.update(INVOICE)
                .set(INVOICE.AMOUNT_UNTAXED, untaxed)
                .set(INVOICE.AMOUNT_TAX, tax)
                .set(INVOICE.AMOUNT_TOTAL, total)
                .set(INVOICE.UPDATED_AT, Instant.now())
                .where(INVOICE.ID.eq(invoiceId))
                .execute();
    }

    /**
     * DRAFT to POSTED; false when it was not a draft (any more). A customer invoice (not a credit note) of a company
     * with an active SEPA mandate is from now on collected under that mandate: the customer receives it so, and its
     * PDF and e-invoice keep saying so even when the mandate is revoked later.
     */
    public boolean post(long invoiceId, Instant sentAt) {
        Field<Long> activeMandate = DSL.field(DSL.select(SEPA_MANDATE.ID).from(SEPA_MANDATE)
                .where(SEPA_MANDATE.ACTIVE_COMPANY_ID.eq(INVOICE.COMPANY_ID)));
        return db.update(INVOICE)
                .set(INVOICE.STATE, InvoiceState.POSTED)
                .set(INVOICE.SEPA_MANDATE_ID, DSL.when(INVOICE.DIRECTION.eq(Direction.OUT)
                        .and(INVOICE.KIND.ne(InvoiceKind.CREDIT_NOTE)), activeMandate))
                .set(INVOICE.SENT_AT, sentAt)
                .set(INVOICE.UPDATED_AT, Instant.now())
                .set(INVOICE.VERSION, INVOICE.VERSION.plus(1))
                .where(INVOICE.ID.eq(invoiceId), INVOICE.STATE.eq(InvoiceState.DRAFT))
                .execute() == 1;
    }

    /** Cancels a draft or posted invoice that has received no money; false otherwise. */
    public boolean cancel(long invoiceId, Instant at) {
        boolean cancelled = db.update(INVOICE)
                .set(INVOICE.STATE, InvoiceState.CANCELLED)
                .set(INVOICE.CANCELLED_AT, at)
                .set(INVOICE.UPDATED_AT, at)
                .set(INVOICE.VERSION, INVOICE.VERSION.plus(1))
                .where(INVOICE.ID.eq(invoiceId), INVOICE.STATE.in(InvoiceState.DRAFT, InvoiceState.POSTED),
                        INVOICE.AMOUNT_PAID.eq(BigDecimal.ZERO))
                .execute() == 1;
        if (cancelled) {
            db.update(PAYMENT).set(PAYMENT.STATE, PaymentAttemptState.CANCELLED).set(PAYMENT.COMPLETED_AT, at)
                    .where(PAYMENT.INVOICE_ID.eq(invoiceId), PAYMENT.STATE.eq(PaymentAttemptState.PENDING))
                    .execute();
        }
        return cancelled;
    }

    /**
     * Records a payment attempt. A second insert with the same idempotency key changes nothing and returns the
     * first attempt's id, so a retried request never creates a second payment.
     */
    public long insertPayment(NewPayment payment) {
        db.insertInto(PAYMENT)
                .set(PAYMENT.INVOICE_ID, payment.invoiceId())
                .set(PAYMENT.METHOD, payment.method().name())
                .set(PAYMENT.PROVIDER_CODE, payment.providerCode())
                .set(PAYMENT.STATE, PaymentAttemptState.PENDING)
                .set(PAYMENT.AMOUNT, payment.amount())
                .set(PAYMENT.CURRENCY, payment.currency().getCurrencyCode())
                .set(PAYMENT.IDEMPOTENCY_KEY, payment.idempotencyKey())
                .set(PAYMENT.PAYMENT_DATE, payment.paymentDate())
                .set(PAYMENT.NOTE, payment.note())
                .set(PAYMENT.CREATED_BY, payment.createdBy())
                .set(PAYMENT.CREATED_AT, Instant.now())
                .onDuplicateKeyIgnore()
                .execute();
        return db.select(PAYMENT.ID).from(PAYMENT).where(PAYMENT.IDEMPOTENCY_KEY.eq(payment.idempotencyKey()))
                .fetchSingle(PAYMENT.ID);
    }

    public void setProviderReference(long paymentId, String reference) {
        db.update(PAYMENT).set(PAYMENT.PROVIDER_REFERENCE, reference).where(PAYMENT.ID.eq(paymentId)).execute();
    }

    /** Keeps the provider's reference of the money (the first one it names), which its refunds are found by. */
    public void setProviderPaymentReference(long paymentId, String reference) {
        db.update(PAYMENT).set(PAYMENT.PROVIDER_PAYMENT_REF, reference)
                .where(PAYMENT.ID.eq(paymentId), PAYMENT.PROVIDER_PAYMENT_REF.isNull()).execute();
    }

    /** The attempt a provider names by its own reference (Stripe's Checkout Session, PayPal's order). */
    public Optional<Payment> paymentByProviderReference(String providerCode, String reference) {
        return db.selectFrom(PAYMENT).where(PAYMENT.PROVIDER_CODE.eq(providerCode), PAYMENT.PROVIDER_REFERENCE.eq(reference))
                .fetchOptional(InvoiceRepository::toPayment);
    }

    /** The payment a provider's refund names (Stripe's PaymentIntent, PayPal's capture). */
    public Optional<Payment> paymentByProviderPaymentReference(String providerCode, String reference) {
        return db.selectFrom(PAYMENT).where(PAYMENT.PROVIDER_CODE.eq(providerCode), PAYMENT.PROVIDER_PAYMENT_REF.eq(reference))
                .fetchOptional(InvoiceRepository::toPayment);
    }

    /**
     * The newest open attempt of the invoice with that provider and amount, started after {@code since}: paying in a
     * second tab continues it rather than opening a second checkout that could be paid too.
     */
    public Optional<Payment> openAttempt(long invoiceId, String providerCode, BigDecimal amount, Instant since) {
        return db.selectFrom(PAYMENT)
                .where(PAYMENT.INVOICE_ID.eq(invoiceId), PAYMENT.PROVIDER_CODE.eq(providerCode),
                        PAYMENT.STATE.eq(PaymentAttemptState.PENDING), PAYMENT.AMOUNT.eq(amount),
                        PAYMENT.PROVIDER_REFERENCE.isNotNull(), PAYMENT.CREATED_AT.ge(since))
                .orderBy(PAYMENT.CREATED_AT.desc(), PAYMENT.ID.desc())
                .limit(1)
                .fetchOptional(InvoiceRepository::toPayment);
    }

    /** Waits for other starts and completions of the invoice's payments, until the transaction ends. */
    public void lockForPayment(long invoiceId) {
        db.select(INVOICE.ID).from(INVOICE).where(INVOICE.ID.eq(invoiceId)).forUpdate().fetch();
    }

    /** Raises what was refunded of a payment to the provider's total; false when it was that much already. */
    public boolean raiseRefunded(long paymentId, BigDecimal refundedTotal) {
        return db.update(PAYMENT).set(PAYMENT.REFUNDED, refundedTotal)
                .where(PAYMENT.ID.eq(paymentId), PAYMENT.REFUNDED.lt(refundedTotal), PAYMENT.AMOUNT.ge(refundedTotal))
                .execute() == 1;
    }

    /** Takes refunded money off the invoice's paid amount; false when it would fall below zero. */
    public boolean subtractPaid(long invoiceId, BigDecimal amount, Instant at) {
        Field<BigDecimal> after = INVOICE.AMOUNT_PAID.minus(amount);
        return db.update(INVOICE)
                .set(INVOICE.PAID_AT, DSL.when(after.ge(INVOICE.AMOUNT_TOTAL), INVOICE.PAID_AT).otherwise(DSL.val((Instant) null, INVOICE.PAID_AT)))
                .set(INVOICE.AMOUNT_PAID, after)
                .set(INVOICE.UPDATED_AT, at)
                .set(INVOICE.VERSION, INVOICE.VERSION.plus(1))
                .where(INVOICE.ID.eq(invoiceId), after.ge(BigDecimal.ZERO))
                .execute() == 1;
    }

    /** PENDING to SUCCEEDED, exactly once: false when another request completed (or failed) it first. */
    public boolean completePayment(long paymentId, LocalDate paymentDate, Instant at) {
        return db.update(PAYMENT)
                .set(PAYMENT.STATE, PaymentAttemptState.SUCCEEDED)
                .set(PAYMENT.PAYMENT_DATE, DSL.coalesce(DSL.val(paymentDate), PAYMENT.PAYMENT_DATE, DSL.val(at.atZone(java.time.ZoneOffset.UTC).toLocalDate())))
                .set(PAYMENT.COMPLETED_AT, at)
                .where(PAYMENT.ID.eq(paymentId), PAYMENT.STATE.eq(PaymentAttemptState.PENDING))
                .execute() == 1;
    }

    /** PENDING to FAILED with the reason; false when it was no longer pending. */
    public boolean failPayment(long paymentId, String reason, Instant at) {
        return db.update(PAYMENT)
                .set(PAYMENT.STATE, PaymentAttemptState.FAILED)
                .set(PAYMENT.FAILURE_REASON, reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500))
                .set(PAYMENT.COMPLETED_AT, at)
                .where(PAYMENT.ID.eq(paymentId), PAYMENT.STATE.eq(PaymentAttemptState.PENDING))
                .execute() == 1;
    }

    /**
     * Adds money to a posted invoice, never beyond its total: false (nothing changed) when the amount exceeds what
     * is due at this moment. paid_at is set before amount_paid because MariaDB assigns left to right.
     */
    public boolean addPaid(long invoiceId, BigDecimal amount, Instant at) {
        Field<BigDecimal> after = INVOICE.AMOUNT_PAID.plus(amount);
        return db.update(INVOICE)
                .set(INVOICE.PAID_AT, DSL.when(after.ge(INVOICE.AMOUNT_TOTAL), DSL.val(at, INVOICE.PAID_AT)).otherwise(INVOICE.PAID_AT))
                .set(INVOICE.AMOUNT_PAID, after)
                .set(INVOICE.UPDATED_AT, at)
                .set(INVOICE.VERSION, INVOICE.VERSION.plus(1))
                .where(INVOICE.ID.eq(invoiceId), INVOICE.STATE.eq(InvoiceState.POSTED),
                        after.le(INVOICE.AMOUNT_TOTAL))
                .execute() == 1;
    }


    /**
     * A page of a company's confirmed sales orders to invoice from, newest first, whose number contains the text. Paged:
     * a big customer has tens of thousands of them.
     */
    public List<OrderToInvoice> confirmedOrders(long companyId, String numberPart, int offset, int limit) {
        Condition number = numberPart == null || numberPart.isBlank() ? DSL.noCondition()
                : SALE_ORDER.NUMBER.likeIgnoreCase(new DocumentFilter<InvoicePaymentStatus>(numberPart, null, null, null, null)
                .likePattern(), '\\');
        return confirmedOrders(SALE_ORDER.CUSTOMER_COMPANY_ID.eq(companyId).and(number), offset, limit);
    }

    public Optional<OrderToInvoice> confirmedOrder(long saleOrderId) {
        return confirmedOrders(SALE_ORDER.ID.eq(saleOrderId), 0, 1).stream().findFirst();
    }

    private List<OrderToInvoice> confirmedOrders(Condition condition, int offset, int limit) {
        return db.select(SALE_ORDER.ID, SALE_ORDER.NUMBER, SALE_ORDER.ORDER_DATE, SALE_ORDER.AMOUNT_TOTAL,
                        SALE_ORDER.CURRENCY, SALE_ORDER.PAYMENT_TERM_ID, SALE_ORDER.CUSTOMER_CONTACT_ID,
                        SALE_ORDER.REFERENCE, SALE_ORDER.CUSTOMER_COMPANY_ID)
                .from(SALE_ORDER)
                .where(condition, SALE_ORDER.STATE.eq(SaleOrderState.CONFIRMED))
                .orderBy(SALE_ORDER.ORDER_DATE.desc(), SALE_ORDER.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(row -> new OrderToInvoice(row.value1(), row.value2(), row.value3(), row.value4(),
                        Currency.getInstance(row.value5()), row.value6(), row.value7(), row.value8(), row.value9()));
    }

    /** The invoice or vendor bill another system knows by this id. */
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

    /** The idempotency key of each of the invoice's payments, by payment id. */
    public Map<Long, String> paymentKeys(long invoiceId) {
        return db.select(PAYMENT.ID, PAYMENT.IDEMPOTENCY_KEY).from(PAYMENT).where(PAYMENT.INVOICE_ID.eq(invoiceId))
                .fetchMap(PAYMENT.ID, PAYMENT.IDEMPOTENCY_KEY);
    }

    /** Whether the contact is a company we invoice (OUT: a customer) or that bills us (IN: a supplier). */
    public boolean isCompanyFor(long companyId, Direction direction) {
        return db.fetchExists(CONTACT, CONTACT.ID.eq(companyId), CONTACT.KIND.eq(ContactKind.COMPANY),
                direction == Direction.OUT ? CONTACT.IS_CUSTOMER.isTrue() : CONTACT.IS_SUPPLIER.isTrue());
    }

    /** Replaces a draft's header (its number stays); false when it is no draft (any more). */
    public boolean replaceDraft(long invoiceId, NewInvoice invoice) {
        return db.update(INVOICE)
                .set(header(invoice))
                .set(INVOICE.UPDATED_AT, Instant.now())
                .set(INVOICE.VERSION, INVOICE.VERSION.plus(1))
                .where(INVOICE.ID.eq(invoiceId), INVOICE.STATE.eq(InvoiceState.DRAFT))
                .execute() == 1;
    }

    /** A payment term by id, else by code; with its number of days. */
    public Optional<Term> paymentTerm(Long id, String code) {
        Condition condition = id != null ? PAYMENT_TERM.ID.eq(id) : PAYMENT_TERM.CODE.eq(code);
        return db.select(PAYMENT_TERM.ID, PAYMENT_TERM.DAYS).from(PAYMENT_TERM).where(condition)
                .fetchOptional(Records.mapping(Term::new));
    }

    /** A confirmed sales order as the invoice dialog offers it. */
    public record OrderToInvoice(long id, String number, LocalDate orderDate, BigDecimal total, Currency currency,
                                 Long paymentTermId, Long contactId, String reference, long companyId) {
    }

    public record Term(long id, int days) {
    }
}
