package org.kundenportal.documents.domain;

import static org.kundenportal.db.Tables.DOCUMENT_SEQUENCE;

import java.time.LocalDate;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out gap-free document numbers per kind and year, e.g. {@code AN-2026-00042}. The sequence row is locked
 * for the caller's transaction, so two documents never get the same number.
 */
@Service
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

    public DocumentNumbers(DSLContext db) {
        this.db = db;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(Series series, LocalDate date) {
        int year = date.getYear();
        db.insertInto(DOCUMENT_SEQUENCE)
                .set(DOCUMENT_SEQUENCE.NAME, series.name())
                .set(DOCUMENT_SEQUENCE.YEAR, year)
                .set(DOCUMENT_SEQUENCE.NEXT_VALUE, 1)
                .onDuplicateKeyIgnore()
                .execute();
        int value = db.select(DOCUMENT_SEQUENCE.NEXT_VALUE).from(DOCUMENT_SEQUENCE)
                .where(DOCUMENT_SEQUENCE.NAME.eq(series.name()), DOCUMENT_SEQUENCE.YEAR.eq(year))
                .forUpdate()
                .fetchSingle(DOCUMENT_SEQUENCE.NEXT_VALUE);
        db.update(DOCUMENT_SEQUENCE).set(DOCUMENT_SEQUENCE.NEXT_VALUE, value + 1)
                .where(DOCUMENT_SEQUENCE.NAME.eq(series.name()), DOCUMENT_SEQUENCE.YEAR.eq(year))
                .execute();
        return "%s-%d-%05d".formatted(series.prefix(), year, value);
    }
}
