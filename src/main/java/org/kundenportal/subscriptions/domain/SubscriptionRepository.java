package org.kundenportal.subscriptions.domain;

import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.HISTORY_ENTRY;
import static org.kundenportal.db.Tables.SUBSCRIPTION;
import static org.kundenportal.db.Tables.SUBSCRIPTION_LINE;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.kundenportal.base.db.SortOrders;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.documents.domain.HistoryEvent;
import org.springframework.stereotype.Repository;

/** Subscriptions of the companies in the user's scope; every query takes the scope. */
@Repository
public class SubscriptionRepository {

    /** Sort keys the subscription grid may ask for; anything else is refused. */
    public static final Map<String, Field<?>> SORT_FIELDS = Map.of(
            "number", SUBSCRIPTION.NUMBER,
            "customer", CONTACT.NAME,
            "plan", SUBSCRIPTION.PLAN_NAME,
            "state", SUBSCRIPTION.STATE,
            "period", SUBSCRIPTION.BILLING_PERIOD,
            "nextInvoice", SUBSCRIPTION.NEXT_INVOICE_DATE,
            "total", SUBSCRIPTION.RECURRING_TOTAL);

    private final DSLContext db;

    public SubscriptionRepository(DSLContext db) {
        this.db = db;
    }

    public List<SubscriptionRow> page(PortalScope scope, DocumentFilter<SubscriptionState> filter, int offset, int limit,
                                      List<SortOrders.Sort> sort) {
        List<SortField<?>> orderBy = new ArrayList<>(SortOrders.toSortFields(sort, SORT_FIELDS));
        orderBy.add(SUBSCRIPTION.START_DATE.desc());
        orderBy.add(SUBSCRIPTION.ID.desc());
        return db.select(SUBSCRIPTION.ID, SUBSCRIPTION.NUMBER, CONTACT.NAME, SUBSCRIPTION.PLAN_NAME,
                        SUBSCRIPTION.STATE, SUBSCRIPTION.BILLING_PERIOD, SUBSCRIPTION.NEXT_INVOICE_DATE,
                        SUBSCRIPTION.RECURRING_TOTAL, SUBSCRIPTION.CURRENCY)
                .from(SUBSCRIPTION)
                .join(CONTACT).on(CONTACT.ID.eq(SUBSCRIPTION.COMPANY_ID))
                .where(condition(scope, filter))
                .orderBy(orderBy)
                .offset(offset).limit(limit)
                .fetch(row -> new SubscriptionRow(row.get(SUBSCRIPTION.ID), row.get(SUBSCRIPTION.NUMBER),
                        row.get(CONTACT.NAME), row.get(SUBSCRIPTION.PLAN_NAME),
                        SubscriptionState.valueOf(row.get(SUBSCRIPTION.STATE)),
                        BillingPeriod.valueOf(row.get(SUBSCRIPTION.BILLING_PERIOD)),
                        row.get(SUBSCRIPTION.NEXT_INVOICE_DATE), row.get(SUBSCRIPTION.RECURRING_TOTAL),
                        Currency.getInstance(row.get(SUBSCRIPTION.CURRENCY))));
    }

    public int count(PortalScope scope, DocumentFilter<SubscriptionState> filter) {
        return db.fetchCount(SUBSCRIPTION, condition(scope, filter));
    }

    public int countActive(PortalScope scope) {
        return db.fetchCount(SUBSCRIPTION, scope.customers(SUBSCRIPTION.COMPANY_ID)
                .and(SUBSCRIPTION.STATE.eq(SubscriptionState.ACTIVE.name())));
    }

    /** The subscription with this number if it is in the user's scope; empty both when it is not and when it does not exist. */
    public Optional<Subscription> find(PortalScope scope, String number) {
        return db.select(SUBSCRIPTION.fields()).select(CONTACT.NAME)
                .from(SUBSCRIPTION)
                .join(CONTACT).on(CONTACT.ID.eq(SUBSCRIPTION.COMPANY_ID))
                .where(SUBSCRIPTION.NUMBER.eq(number).and(scope.customers(SUBSCRIPTION.COMPANY_ID)))
                .fetchOptional(this::toSubscription);
    }

    private Subscription toSubscription(Record row) {
        long id = row.get(SUBSCRIPTION.ID);
        return new Subscription(id, row.get(SUBSCRIPTION.NUMBER), row.get(SUBSCRIPTION.COMPANY_ID), row.get(CONTACT.NAME),
                row.get(SUBSCRIPTION.PLAN_NAME), SubscriptionState.valueOf(row.get(SUBSCRIPTION.STATE)),
                BillingPeriod.valueOf(row.get(SUBSCRIPTION.BILLING_PERIOD)), row.get(SUBSCRIPTION.START_DATE),
                row.get(SUBSCRIPTION.NEXT_INVOICE_DATE), row.get(SUBSCRIPTION.END_DATE),
                Currency.getInstance(row.get(SUBSCRIPTION.CURRENCY)), row.get(SUBSCRIPTION.RECURRING_TOTAL), lines(id));
    }

    private List<SubscriptionLine> lines(long subscriptionId) {
        return db.selectFrom(SUBSCRIPTION_LINE).where(SUBSCRIPTION_LINE.SUBSCRIPTION_ID.eq(subscriptionId))
                .orderBy(SUBSCRIPTION_LINE.POSITION)
                .fetch(line -> new SubscriptionLine(line.getCode(), line.getName(), line.getDescription(),
                        line.getQuantity(), line.getUnitPrice()));
    }

    /** Inserts header and lines; the caller draws the number inside its transaction. */
    public long create(String number, NewSubscription subscription, Currency currency) {
        BigDecimal total = subscription.lines().stream().map(SubscriptionLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        long id = db.insertInto(SUBSCRIPTION)
                .set(SUBSCRIPTION.NUMBER, number)
                .set(SUBSCRIPTION.COMPANY_ID, subscription.companyId())
                .set(SUBSCRIPTION.PLAN_NAME, subscription.planName())
                .set(SUBSCRIPTION.STATE, subscription.state().name())
                .set(SUBSCRIPTION.BILLING_PERIOD, subscription.period().name())
                .set(SUBSCRIPTION.START_DATE, subscription.startDate())
                .set(SUBSCRIPTION.NEXT_INVOICE_DATE, subscription.nextInvoiceDate())
                .set(SUBSCRIPTION.END_DATE, subscription.endDate())
                .set(SUBSCRIPTION.CURRENCY, currency.getCurrencyCode())
                .set(SUBSCRIPTION.RECURRING_TOTAL, total)
                .set(SUBSCRIPTION.RESPONSIBLE_USER_ID, subscription.responsibleUserId())
                .returningResult(SUBSCRIPTION.ID)
                .fetchOne(SUBSCRIPTION.ID);
        int position = 0;
        for (SubscriptionLine line : subscription.lines()) {
            db.insertInto(SUBSCRIPTION_LINE)
                    .set(SUBSCRIPTION_LINE.SUBSCRIPTION_ID, id)
                    .set(SUBSCRIPTION_LINE.POSITION, position++)
                    .set(SUBSCRIPTION_LINE.CODE, line.code())
                    .set(SUBSCRIPTION_LINE.NAME, line.name())
                    .set(SUBSCRIPTION_LINE.DESCRIPTION, line.description())
                    .set(SUBSCRIPTION_LINE.QUANTITY, line.quantity())
                    .set(SUBSCRIPTION_LINE.UNIT_PRICE, line.unitPrice())
                    .execute();
        }
        return id;
    }

    boolean viewedSince(long subscriptionId, long userId, Instant since) {
        return db.fetchExists(HISTORY_ENTRY, HISTORY_ENTRY.DOCUMENT_TYPE.eq(DocumentType.SUBSCRIPTION.name())
                .and(HISTORY_ENTRY.DOCUMENT_ID.eq(subscriptionId))
                .and(HISTORY_ENTRY.EVENT.eq(HistoryEvent.VIEWED.name()))
                .and(HISTORY_ENTRY.AUTHOR_USER_ID.eq(userId))
                .and(HISTORY_ENTRY.CREATED_AT.ge(since)));
    }

    /** The search answers "do I have module X?": it matches the plan and the name or code of any line. */
    private static Condition condition(PortalScope scope, DocumentFilter<SubscriptionState> filter) {
        Condition condition = scope.customers(SUBSCRIPTION.COMPANY_ID);
        if (filter.hasText()) {
            String pattern = filter.likePattern();
            condition = condition.and(SUBSCRIPTION.NUMBER.likeIgnoreCase(pattern, '\\')
                    .or(SUBSCRIPTION.PLAN_NAME.likeIgnoreCase(pattern, '\\'))
                    .or(DSL.exists(DSL.selectOne().from(SUBSCRIPTION_LINE)
                            .where(SUBSCRIPTION_LINE.SUBSCRIPTION_ID.eq(SUBSCRIPTION.ID))
                            .and(SUBSCRIPTION_LINE.NAME.likeIgnoreCase(pattern, '\\')
                                    .or(SUBSCRIPTION_LINE.CODE.likeIgnoreCase(pattern, '\\'))))));
        }
        if (filter.from() != null) {
            condition = condition.and(SUBSCRIPTION.START_DATE.ge(filter.from()));
        }
        if (filter.to() != null) {
            condition = condition.and(SUBSCRIPTION.START_DATE.le(filter.to()));
        }
        if (filter.state() != null) {
            condition = condition.and(SUBSCRIPTION.STATE.eq(filter.state().name()));
        }
        if (filter.companyId() != null) {
            condition = condition.and(SUBSCRIPTION.COMPANY_ID.eq(filter.companyId()));
        }
        return condition;
    }
}
