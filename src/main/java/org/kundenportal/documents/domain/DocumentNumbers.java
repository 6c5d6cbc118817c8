package org.kundenportal.documents.domain;

import static org.kundenportal.db.Tables.DOCUMENT_SEQUENCE;

import java.time.LocalDate;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out gap-free document numbers per kind and year, e.g. {@code AN-2026-00042}. The sequence row is locked
 * for the caller's transaction, so two documents never get the same number.
 *
 * <p>The row is only ever locked exclusively (SELECT ... FOR UPDATE). Creating it with an INSERT IGNORE in the same
 * transaction took a shared lock on the existing row first, and two documents numbered at the same moment then each
 * waited for the other's shared lock: a deadlock, one of them refused (seen under concurrent load, CrashSafetyTest).
 * A year's missing row is therefore created in a transaction of its own, before the caller's locks it.
 */
@Repository
public class DocumentNumbers {

    /** Number series, each with the prefix its numbers start with. */
    public enum Series {
        QUOTE("AN"), WEB_SHOP_ORDER("WS"), DELIVERY("LS"), PURCHASE_ORDER("BE"), INVOICE("RE"), VENDOR_BILL("ER"),
        PREPAYMENT_INVOICE("AZ"), TICKET("T"), SUBSCRIPTION("ABO"), SIGNATURE("SIG");

        private final String prefix;

        Series(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    private final DSLContext db;
    private final TransactionTemplate ownTransaction;

    public DocumentNumbers(DSLContext db, PlatformTransactionManager transactions) {
        this.db = db;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(Series series, LocalDate date) {
        int year = date.getYear();
        Condition row = DOCUMENT_SEQUENCE.NAME.eq(series.name()).and(DOCUMENT_SEQUENCE.YEAR.eq(year));
        // a plain read takes no lock, so the own transaction below never waits for the caller's
        if (!db.fetchExists(DOCUMENT_SEQUENCE, row)) {
            ownTransaction.executeWithoutResult(status -> db.insertInto(DOCUMENT_SEQUENCE)
                    .set(DOCUMENT_SEQUENCE.NAME, series.name())
                    .set(DOCUMENT_SEQUENCE.YEAR, year)
                    .set(DOCUMENT_SEQUENCE.NEXT_VALUE, 1)
                    .onDuplicateKeyIgnore()
                    .execute());
        }
        int value = db.select(DOCUMENT_SEQUENCE.NEXT_VALUE).from(DOCUMENT_SEQUENCE)
                .where(row)
                .forUpdate()
                .fetchSingle(DOCUMENT_SEQUENCE.NEXT_VALUE);
        db.update(DOCUMENT_SEQUENCE).set(DOCUMENT_SEQUENCE.NEXT_VALUE, value + 1)
                .where(row)
                .execute();
        return "%s-%d-%05d".formatted(series.prefix(), year, value);
    }
}
