package org.kundenportal.wallets.domain;

import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.WALLET_CARD;
import static org.kundenportal.db.Tables.WALLET_TRANSACTION;

import java.time.LocalDate;
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
import org.kundenportal.base.db.ExternalColumns;
import org.kundenportal.base.db.ExternalRow;
import org.kundenportal.base.db.SortOrders;
import org.kundenportal.base.security.PortalScope;
import org.springframework.stereotype.Repository;

/** Cards of the companies in the user's scope; every query takes the scope. */
@Repository
public class WalletRepository {

    /** Sort keys the wallet grid may ask for; anything else is refused. */
    public static final Map<String, Field<?>> SORT_FIELDS = Map.of(
            "type", WALLET_CARD.TYPE,
            "code", WALLET_CARD.CODE,
            "company", CONTACT.NAME,
            "balance", DSL.coalesce(WALLET_CARD.BALANCE, WALLET_CARD.POINTS.cast(WALLET_CARD.BALANCE.getDataType())),
            "currency", WALLET_CARD.CURRENCY,
            "expiry", WALLET_CARD.EXPIRY_DATE,
            "state", WALLET_CARD.STATE);

    private static final int LAST_TRANSACTIONS = 10;

    private static final ExternalColumns<?> EXTERNAL = new ExternalColumns<>(WALLET_CARD.ID, WALLET_CARD.EXTERNAL_ID,
            WALLET_CARD.EXTERNAL_HASH);

    private final DSLContext db;

    public WalletRepository(DSLContext db) {
        this.db = db;
    }

    /** @param type null for every type */
    public List<WalletCard> page(PortalScope scope, WalletType type, int offset, int limit, List<SortOrders.Sort> sort) {
        List<SortField<?>> orderBy = new ArrayList<>(SortOrders.toSortFields(sort, SORT_FIELDS));
        orderBy.add(WALLET_CARD.TYPE.asc());
        orderBy.add(WALLET_CARD.CODE.asc());
        return db.select(WALLET_CARD.fields()).select(CONTACT.NAME)
                .from(WALLET_CARD).join(CONTACT).on(CONTACT.ID.eq(WALLET_CARD.COMPANY_ID))
                .where(condition(scope, type))
                .orderBy(orderBy)
                .offset(offset).limit(limit)
                .fetch(WalletRepository::toCard);
    }

    public int count(PortalScope scope, WalletType type) {
        return db.fetchCount(WALLET_CARD, condition(scope, type));
    }

    /** Cards that can be redeemed today: active and not expired. */
    public int countRedeemable(PortalScope scope, LocalDate today) {
        return db.fetchCount(WALLET_CARD, visibleTo(scope)
                .and(WALLET_CARD.STATE.eq(WalletState.ACTIVE))
                .and(WALLET_CARD.EXPIRY_DATE.isNull().or(WALLET_CARD.EXPIRY_DATE.ge(today))));
    }

    /** The card with this code, if it is in the user's scope. */
    public Optional<WalletCard> find(PortalScope scope, String code) {
        return db.select(WALLET_CARD.fields()).select(CONTACT.NAME)
                .from(WALLET_CARD).join(CONTACT).on(CONTACT.ID.eq(WALLET_CARD.COMPANY_ID))
                .where(visibleTo(scope).and(WALLET_CARD.CODE.eq(code)))
                .fetchOptional(WalletRepository::toCard);
    }

    /** The newest transactions of a card in the user's scope, newest first. */
    public List<WalletTransaction> lastTransactions(PortalScope scope, long cardId) {
        return db.select(WALLET_TRANSACTION.fields())
                .from(WALLET_TRANSACTION).join(WALLET_CARD).on(WALLET_CARD.ID.eq(WALLET_TRANSACTION.CARD_ID))
                .where(WALLET_TRANSACTION.CARD_ID.eq(cardId).and(visibleTo(scope)))
                .orderBy(WALLET_TRANSACTION.TRANSACTION_DATE.desc(), WALLET_TRANSACTION.ID.desc())
                .limit(LAST_TRANSACTIONS)
                .fetch(row -> new WalletTransaction(row.get(WALLET_TRANSACTION.TRANSACTION_DATE),
                        row.get(WALLET_TRANSACTION.DESCRIPTION), row.get(WALLET_TRANSACTION.AMOUNT),
                        row.get(WALLET_TRANSACTION.POINTS), row.get(WALLET_TRANSACTION.RECEIPT_REFERENCE)));
    }

    public long create(NewWalletCard card) {
        return db.insertInto(WALLET_CARD).set(values(card)).returningResult(WALLET_CARD.ID).fetchOne(WALLET_CARD.ID);
    }

    /** Every column a card's issuer sets; balance for money cards, points for loyalty cards. */
    private static Map<Field<?>, Object> values(NewWalletCard card) {
        Map<Field<?>, Object> values = new java.util.LinkedHashMap<>();
        values.put(WALLET_CARD.COMPANY_ID, card.companyId());
        values.put(WALLET_CARD.TYPE, card.type().name());
        values.put(WALLET_CARD.CODE, card.code());
        values.put(WALLET_CARD.PROGRAM_NAME, card.programName());
        values.put(WALLET_CARD.BALANCE, card.type().holdsPoints() ? null : card.balance());
        values.put(WALLET_CARD.POINTS, card.type().holdsPoints() ? card.points() : null);
        values.put(WALLET_CARD.CURRENCY, card.currency().getCurrencyCode());
        values.put(WALLET_CARD.EXPIRY_DATE, card.expiryDate());
        values.put(WALLET_CARD.STATE, card.blocked() ? WalletState.BLOCKED.name() : WalletState.ACTIVE.name());
        values.put(WALLET_CARD.USABLE_POS, card.usablePos());
        values.put(WALLET_CARD.USABLE_SALES, card.usableSales());
        values.put(WALLET_CARD.USABLE_WEB_SHOP, card.usableWebShop());
        return values;
    }

    public void addTransaction(long cardId, WalletTransaction transaction) {
        db.insertInto(WALLET_TRANSACTION)
                .set(WALLET_TRANSACTION.CARD_ID, cardId)
                .set(WALLET_TRANSACTION.TRANSACTION_DATE, transaction.date())
                .set(WALLET_TRANSACTION.DESCRIPTION, transaction.description())
                .set(WALLET_TRANSACTION.AMOUNT, transaction.amount())
                .set(WALLET_TRANSACTION.POINTS, transaction.points())
                .set(WALLET_TRANSACTION.RECEIPT_REFERENCE, transaction.receiptReference())
                .execute();
    }

    /** A card by its id, whoever may see it: for callers that already checked access (the integration API). */
    public Optional<WalletCard> find(long id) {
        return db.select(WALLET_CARD.fields()).select(CONTACT.NAME)
                .from(WALLET_CARD).join(CONTACT).on(CONTACT.ID.eq(WALLET_CARD.COMPANY_ID))
                .where(WALLET_CARD.ID.eq(id))
                .fetchOptional(WalletRepository::toCard);
    }

    public Optional<Long> idOfExternal(String externalId) {
        return findExternal(externalId).map(ExternalRow::id);
    }

    /** The card's id and the hash of the request that wrote it last. */
    public Optional<ExternalRow> findExternal(String externalId) {
        return EXTERNAL.find(db, externalId);
    }

    public String externalId(long id) {
        return EXTERNAL.externalIdOf(db, id);
    }

    public boolean codeTaken(String code, Long exceptId) {
        return db.fetchExists(WALLET_CARD, WALLET_CARD.CODE.eq(code)
                .and(exceptId == null ? DSL.noCondition() : WALLET_CARD.ID.ne(exceptId)));
    }

    public long create(NewWalletCard card, String externalId, String externalHash) {
        long id = create(card);
        EXTERNAL.link(db, id, externalId, externalHash);
        return id;
    }

    public void replace(long id, NewWalletCard card, String externalHash) {
        db.update(WALLET_CARD).set(values(card)).set(WALLET_CARD.EXTERNAL_HASH, externalHash)
                .where(WALLET_CARD.ID.eq(id)).execute();
    }

    /** The transaction booked on the card under this id before, if any. */
    public Optional<WalletTransaction> transaction(long cardId, String externalId) {
        return db.selectFrom(WALLET_TRANSACTION)
                .where(WALLET_TRANSACTION.CARD_ID.eq(cardId).and(WALLET_TRANSACTION.EXTERNAL_ID.eq(externalId)))
                .fetchOptional(row -> new WalletTransaction(row.getTransactionDate(), row.getDescription(),
                        row.getAmount(), row.getPoints(), row.getReceiptReference()));
    }

    /**
     * Moves the balance (or points) by the transaction's amount unless that would take it below zero; guarded in
     * SQL, so two bookings at once cannot overdraw the card. False when refused.
     */
    public boolean move(long cardId, WalletTransaction transaction) {
        if (transaction.points() != null) {
            return db.update(WALLET_CARD).set(WALLET_CARD.POINTS, WALLET_CARD.POINTS.plus(transaction.points()))
                    .where(WALLET_CARD.ID.eq(cardId).and(WALLET_CARD.POINTS.plus(transaction.points()).ge(0)))
                    .execute() == 1;
        }
        return db.update(WALLET_CARD).set(WALLET_CARD.BALANCE, WALLET_CARD.BALANCE.plus(transaction.amount()))
                .where(WALLET_CARD.ID.eq(cardId).and(WALLET_CARD.BALANCE.plus(transaction.amount()).ge(java.math.BigDecimal.ZERO)))
                .execute() == 1;
    }

    public void addTransaction(long cardId, String externalId, WalletTransaction transaction) {
        db.insertInto(WALLET_TRANSACTION)
                .set(WALLET_TRANSACTION.CARD_ID, cardId)
                .set(WALLET_TRANSACTION.EXTERNAL_ID, externalId)
                .set(WALLET_TRANSACTION.TRANSACTION_DATE, transaction.date())
                .set(WALLET_TRANSACTION.DESCRIPTION, transaction.description())
                .set(WALLET_TRANSACTION.AMOUNT, transaction.amount())
                .set(WALLET_TRANSACTION.POINTS, transaction.points())
                .set(WALLET_TRANSACTION.RECEIPT_REFERENCE, transaction.receiptReference())
                .execute();
    }

    /** What a user may see: the wallet cards of the companies in its scope; staff see all. The one visibility rule of wallet cards. */
    public static Condition visibleTo(PortalScope scope) {
        return scope.customers(WALLET_CARD.COMPANY_ID);
    }

    private static Condition condition(PortalScope scope, WalletType type) {
        Condition condition = visibleTo(scope);
        return type == null ? condition : condition.and(WALLET_CARD.TYPE.eq(type));
    }

    private static WalletCard toCard(Record row) {
        return new WalletCard(row.get(WALLET_CARD.ID), row.get(WALLET_CARD.COMPANY_ID), row.get(CONTACT.NAME),
                row.get(WALLET_CARD.TYPE), row.get(WALLET_CARD.CODE),
                row.get(WALLET_CARD.PROGRAM_NAME), row.get(WALLET_CARD.BALANCE), row.get(WALLET_CARD.POINTS),
                Currency.getInstance(row.get(WALLET_CARD.CURRENCY)), row.get(WALLET_CARD.EXPIRY_DATE),
                row.get(WALLET_CARD.STATE), row.get(WALLET_CARD.USABLE_POS),
                row.get(WALLET_CARD.USABLE_SALES), row.get(WALLET_CARD.USABLE_WEB_SHOP));
    }
}
