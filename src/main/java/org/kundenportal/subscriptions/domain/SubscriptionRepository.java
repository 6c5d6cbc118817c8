package org.kundenportal.subscriptions.domain;

import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.SUBSCRIPTION;
import static org.kundenportal.db.Tables.SUBSCRIPTION_LINE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.UpdateSetMoreStep;
import org.jooq.impl.DSL;
import org.kundenportal.base.db.ExternalColumns;
import org.kundenportal.base.db.ExternalRow;
import org.kundenportal.base.db.SortOrders;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.db.tables.records.SubscriptionRecord;
import org.kundenportal.documents.domain.DocumentFilter;
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

    private static final ExternalColumns<?> EXTERNAL = new ExternalColumns<>(SUBSCRIPTION.ID,
            SUBSCRIPTION.EXTERNAL_ID, SUBSCRIPTION.EXTERNAL_HASH);

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
                        row.get(SUBSCRIPTION.STATE),
                        BillingPeriod.valueOf(row.get(SUBSCRIPTION.BILLING_PERIOD)),
                        row.get(SUBSCRIPTION.NEXT_INVOICE_DATE), row.get(SUBSCRIPTION.RECURRING_TOTAL),
                        Currency.getInstance(row.get(SUBSCRIPTION.CURRENCY))));
    }

    public int count(PortalScope scope, DocumentFilter<SubscriptionState> filter) {
        return db.fetchCount(db.selectOne().from(SUBSCRIPTION).join(CONTACT).on(CONTACT.ID.eq(SUBSCRIPTION.COMPANY_ID))
                .where(condition(scope, filter)));
    }

    public int countActive(PortalScope scope) {
        return db.fetchCount(SUBSCRIPTION, visibleTo(scope)
                .and(SUBSCRIPTION.STATE.eq(SubscriptionState.ACTIVE)));
    }

    /** The subscription with this number if it is in the user's scope; empty both when it is not and when it does not exist. */
    public Optional<Subscription> find(PortalScope scope, String number) {
        return db.select(SUBSCRIPTION.fields()).select(CONTACT.NAME)
                .from(SUBSCRIPTION)
                .join(CONTACT).on(CONTACT.ID.eq(SUBSCRIPTION.COMPANY_ID))
                .where(SUBSCRIPTION.NUMBER.eq(number).and(visibleTo(scope)))
                .fetchOptional(this::toSubscription);
    }

    /** Any subscription, for the back office and the service; portal pages use {@link #find(PortalScope, String)}. */
    public Optional<Subscription> find(long id) {
        return db.select(SUBSCRIPTION.fields()).select(CONTACT.NAME)
                .from(SUBSCRIPTION)
                .join(CONTACT).on(CONTACT.ID.eq(SUBSCRIPTION.COMPANY_ID))
                .where(SUBSCRIPTION.ID.eq(id))
                .fetchOptional(this::toSubscription);
    }

    private Subscription toSubscription(Record row) {
        long id = row.get(SUBSCRIPTION.ID);
        return new Subscription(id, row.get(SUBSCRIPTION.NUMBER), row.get(SUBSCRIPTION.COMPANY_ID), row.get(CONTACT.NAME),
                row.get(SUBSCRIPTION.PLAN_NAME), row.get(SUBSCRIPTION.STATE),
                BillingPeriod.valueOf(row.get(SUBSCRIPTION.BILLING_PERIOD)), row.get(SUBSCRIPTION.START_DATE),
                row.get(SUBSCRIPTION.NEXT_INVOICE_DATE), row.get(SUBSCRIPTION.END_DATE),
                Currency.getInstance(row.get(SUBSCRIPTION.CURRENCY)), row.get(SUBSCRIPTION.RECURRING_TOTAL), lines(id),
                row.get(SUBSCRIPTION.RESPONSIBLE_USER_ID), row.get(SUBSCRIPTION.VERSION));
    }

    private List<SubscriptionLine> lines(long subscriptionId) {
        return db.selectFrom(SUBSCRIPTION_LINE).where(SUBSCRIPTION_LINE.SUBSCRIPTION_ID.eq(subscriptionId))
                .orderBy(SUBSCRIPTION_LINE.POSITION)
                .fetch(line -> new SubscriptionLine(line.getCode(), line.getName(), line.getDescription(),
                        line.getQuantity(), line.getUnitPrice()));
    }

    /** The subscription another system knows by this id. */
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

    /** Inserts header and lines; the caller draws the number inside its transaction. */
    public long create(String number, NewSubscription subscription, Currency currency) {
        long id = db.insertInto(SUBSCRIPTION)
                .set(SUBSCRIPTION.NUMBER, number)
                .set(SUBSCRIPTION.COMPANY_ID, subscription.companyId())
                .set(SUBSCRIPTION.PLAN_NAME, subscription.planName())
                .set(SUBSCRIPTION.STATE, subscription.state())
                .set(SUBSCRIPTION.BILLING_PERIOD, subscription.period().name())
                .set(SUBSCRIPTION.START_DATE, subscription.startDate())
                .set(SUBSCRIPTION.NEXT_INVOICE_DATE, subscription.nextInvoiceDate())
                .set(SUBSCRIPTION.END_DATE, subscription.endDate())
                .set(SUBSCRIPTION.CURRENCY, currency.getCurrencyCode())
                .set(SUBSCRIPTION.RECURRING_TOTAL, total(subscription.lines()))
                .set(SUBSCRIPTION.RESPONSIBLE_USER_ID, subscription.responsibleUserId())
                .returningResult(SUBSCRIPTION.ID)
                .fetchOne(SUBSCRIPTION.ID);
        insertLines(id, subscription.lines());
        return id;
    }

    /**
     * Writes the draft over the subscription if nobody changed it since its version was read and it is still open
     * (active or paused); then replaces its lines. False, with nothing written, otherwise.
     */
    public boolean update(SubscriptionDraft draft) {
        int updated = db.update(SUBSCRIPTION)
                .set(SUBSCRIPTION.COMPANY_ID, draft.companyId())
                .set(SUBSCRIPTION.PLAN_NAME, draft.planName())
                .set(SUBSCRIPTION.BILLING_PERIOD, draft.period().name())
                .set(SUBSCRIPTION.START_DATE, draft.startDate())
                .set(SUBSCRIPTION.NEXT_INVOICE_DATE, draft.nextInvoiceDate())
                .set(SUBSCRIPTION.END_DATE, draft.endDate())
                .set(SUBSCRIPTION.CURRENCY, draft.currency())
                .set(SUBSCRIPTION.RECURRING_TOTAL, total(draft.lines()))
                .set(SUBSCRIPTION.RESPONSIBLE_USER_ID, draft.responsibleUserId())
                .set(SUBSCRIPTION.VERSION, SUBSCRIPTION.VERSION.plus(1))
                .where(SUBSCRIPTION.ID.eq(draft.id()), SUBSCRIPTION.VERSION.eq(draft.version()),
                        SUBSCRIPTION.STATE.in(names(SubscriptionState.OPEN)))
                .execute();
        if (updated == 0) {
            return false;
        }
        db.deleteFrom(SUBSCRIPTION_LINE).where(SUBSCRIPTION_LINE.SUBSCRIPTION_ID.eq(draft.id())).execute();
        insertLines(draft.id(), draft.lines());
        return true;
    }

    /*
     * The state changes: each moves the subscription only out of the states it names, in one statement, so two
     * clicks (or two people) cannot both do it, and bumps the version, so an editor opened before is refused.
     * False when the subscription was in none of those states (nothing changed).
     */

    /** ACTIVE to PAUSED; a paused subscription is not invoiced, so it has no next invoice date. */
    public boolean pause(long id) {
        return moveTo(SubscriptionState.PAUSED).set(SUBSCRIPTION.NEXT_INVOICE_DATE, (LocalDate) null)
                .where(SUBSCRIPTION.ID.eq(id), SUBSCRIPTION.STATE.eq(SubscriptionState.ACTIVE))
                .execute() == 1;
    }

    /** PAUSED to ACTIVE, invoiced again from the given date. */
    public boolean resume(long id, LocalDate nextInvoiceDate) {
        return moveTo(SubscriptionState.ACTIVE).set(SUBSCRIPTION.NEXT_INVOICE_DATE, nextInvoiceDate)
                .where(SUBSCRIPTION.ID.eq(id), SUBSCRIPTION.STATE.eq(SubscriptionState.PAUSED))
                .execute() == 1;
    }

    /** ACTIVE or PAUSED to CANCELLED: it ends on the given date and is not invoiced any more. */
    public boolean cancel(long id, LocalDate endDate) {
        return moveTo(SubscriptionState.CANCELLED).set(SUBSCRIPTION.END_DATE, endDate)
                .set(SUBSCRIPTION.NEXT_INVOICE_DATE, (LocalDate) null)
                .where(SUBSCRIPTION.ID.eq(id), SUBSCRIPTION.STATE.in(names(SubscriptionState.OPEN)))
                .execute() == 1;
    }

    private UpdateSetMoreStep<SubscriptionRecord> moveTo(SubscriptionState state) {
        return db.update(SUBSCRIPTION).set(SUBSCRIPTION.STATE, state)
                .set(SUBSCRIPTION.VERSION, SUBSCRIPTION.VERSION.plus(1));
    }


    private static BigDecimal total(List<SubscriptionLine> lines) {
        return lines.stream().map(SubscriptionLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<String> names(Set<SubscriptionState> states) {
        return states.stream().map(Enum::name).toList();
    }

    private void insertLines(long id, List<SubscriptionLine> lines) {
        int position = 0;
        for (SubscriptionLine line : lines) {
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
    }


    /**
     * The search answers "do I have module X?": it matches the plan and the name or code of any line, and the
     * customer's name (which the back office searches by; queries using it join the customer as CONTACT).
     */
    /** What a user may see: the subscriptions of the companies in its scope; staff see all. The one visibility rule of subscriptions. */
    public static Condition visibleTo(PortalScope scope) {
        return scope.customers(SUBSCRIPTION.COMPANY_ID);
    }

    private static Condition condition(PortalScope scope, DocumentFilter<SubscriptionState> filter) {
        Condition condition = visibleTo(scope);
        if (filter.hasText()) {
            String pattern = filter.likePattern();
            condition = condition.and(SUBSCRIPTION.NUMBER.likeIgnoreCase(pattern, '\\')
                    .or(SUBSCRIPTION.PLAN_NAME.likeIgnoreCase(pattern, '\\'))
                    .or(CONTACT.NAME.likeIgnoreCase(pattern, '\\'))
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
            condition = condition.and(SUBSCRIPTION.STATE.eq(filter.state()));
        }
        if (filter.companyId() != null) {
            condition = condition.and(SUBSCRIPTION.COMPANY_ID.eq(filter.companyId()));
        }
        return condition;
    }
}
