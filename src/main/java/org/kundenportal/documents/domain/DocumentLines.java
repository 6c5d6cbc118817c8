package org.kundenportal.documents.domain;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.kundenportal.db.Tables.DOCUMENT_LINE;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.kundenportal.base.db.ChildRows;
import org.kundenportal.db.tables.records.DocumentLineRecord;
import org.springframework.stereotype.Repository;

/** The lines of every kind of document, kept in one table by document type and id. */
@Repository
public class DocumentLines {

    private final DSLContext db;

    public DocumentLines(DSLContext db) {
        this.db = db;
    }

    public List<DocumentLine> of(DocumentRef document) {
        return db.selectFrom(DOCUMENT_LINE)
                .where(DOCUMENT_LINE.DOCUMENT_TYPE.eq(document.type()), DOCUMENT_LINE.DOCUMENT_ID.eq(document.id()))
                .orderBy(DOCUMENT_LINE.POSITION)
                .fetch(DocumentLines::toLine);
    }

    /**
     * The lines of the document whose id is {@code documentId} in the query they are added to, as one nested
     * collection: a document and its lines then come in one round trip, and a list of documents in one query, not
     * one more per document.
     */
    public static Field<List<DocumentLine>> nested(DocumentType type, Field<Long> documentId) {
        return multiset(select(DOCUMENT_LINE.KIND, DOCUMENT_LINE.PRODUCT_CODE, DOCUMENT_LINE.DESCRIPTION,
                DOCUMENT_LINE.QUANTITY, DOCUMENT_LINE.UNIT, DOCUMENT_LINE.UNIT_PRICE, DOCUMENT_LINE.DISCOUNT_PERCENT,
                DOCUMENT_LINE.TAX_RATE, DOCUMENT_LINE.EXPECTED_DATE)
                .from(DOCUMENT_LINE)
                .where(DOCUMENT_LINE.DOCUMENT_TYPE.eq(type), DOCUMENT_LINE.DOCUMENT_ID.eq(documentId))
                .orderBy(DOCUMENT_LINE.POSITION))
                .as("lines").convertFrom(rows -> rows.map(Records.mapping(DocumentLine::new)));
    }

    /** Replaces all lines of the document and returns their totals, for the caller to store on the document. */
    public Totals replace(DocumentRef document, List<DocumentLine> lines) {
        ChildRows.deleteExisting(db, DOCUMENT_LINE,
                DOCUMENT_LINE.DOCUMENT_TYPE.eq(document.type()).and(DOCUMENT_LINE.DOCUMENT_ID.eq(document.id())));
        return addToNew(document, lines);
    }

    /**
     * The lines of a document created in this transaction, which has none yet; returns their totals. Spares the
     * look for lines to delete that {@link #replace} makes.
     */
    public Totals addToNew(DocumentRef document, List<DocumentLine> lines) {
        if (!lines.isEmpty()) {
            // one statement for all lines: a 20-line invoice from the API spent most of its time in round trips
            var insert = db.insertInto(DOCUMENT_LINE, DOCUMENT_LINE.DOCUMENT_TYPE, DOCUMENT_LINE.DOCUMENT_ID,
                    DOCUMENT_LINE.POSITION, DOCUMENT_LINE.KIND, DOCUMENT_LINE.PRODUCT_CODE, DOCUMENT_LINE.DESCRIPTION,
                    DOCUMENT_LINE.QUANTITY, DOCUMENT_LINE.UNIT, DOCUMENT_LINE.UNIT_PRICE, DOCUMENT_LINE.DISCOUNT_PERCENT,
                    DOCUMENT_LINE.TAX_RATE, DOCUMENT_LINE.AMOUNT_NET, DOCUMENT_LINE.EXPECTED_DATE);
            int position = 0;
            for (DocumentLine line : lines) {
                insert = insert.values(document.type(), document.id(), ++position, line.kind(),
                        line.productCode(), line.description(), line.quantity(), line.unit(), line.unitPrice(),
                        line.discountPercent(), line.taxRate(), line.amountNet(), line.expectedDate());
            }
            insert.execute();
        }
        return Totals.of(lines);
    }

    private static DocumentLine toLine(DocumentLineRecord row) {
        return new DocumentLine(row.getKind(), row.getProductCode(), row.getDescription(),
                row.getQuantity(), row.getUnit(), row.getUnitPrice(), row.getDiscountPercent(), row.getTaxRate(),
                row.getExpectedDate());
    }
}
