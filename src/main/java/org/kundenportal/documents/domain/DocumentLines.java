package org.kundenportal.documents.domain;

import static org.kundenportal.db.Tables.DOCUMENT_LINE;

import java.util.List;
import org.jooq.DSLContext;
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
                .where(DOCUMENT_LINE.DOCUMENT_TYPE.eq(document.type().name()), DOCUMENT_LINE.DOCUMENT_ID.eq(document.id()))
                .orderBy(DOCUMENT_LINE.POSITION)
                .fetch(DocumentLines::toLine);
    }

    /** Replaces all lines of the document and returns their totals, for the caller to store on the document. */
    public Totals replace(DocumentRef document, List<DocumentLine> lines) {
        ChildRows.deleteExisting(db, DOCUMENT_LINE,
                DOCUMENT_LINE.DOCUMENT_TYPE.eq(document.type().name()).and(DOCUMENT_LINE.DOCUMENT_ID.eq(document.id())));
        int position = 0;
        for (DocumentLine line : lines) {
            db.insertInto(DOCUMENT_LINE)
                    .set(DOCUMENT_LINE.DOCUMENT_TYPE, document.type().name())
                    .set(DOCUMENT_LINE.DOCUMENT_ID, document.id())
                    .set(DOCUMENT_LINE.POSITION, ++position)
                    .set(DOCUMENT_LINE.KIND, line.kind().name())
                    .set(DOCUMENT_LINE.PRODUCT_CODE, line.productCode())
                    .set(DOCUMENT_LINE.DESCRIPTION, line.description())
                    .set(DOCUMENT_LINE.QUANTITY, line.quantity())
                    .set(DOCUMENT_LINE.UNIT, line.unit())
                    .set(DOCUMENT_LINE.UNIT_PRICE, line.unitPrice())
                    .set(DOCUMENT_LINE.DISCOUNT_PERCENT, line.discountPercent())
                    .set(DOCUMENT_LINE.TAX_RATE, line.taxRate())
                    .set(DOCUMENT_LINE.AMOUNT_NET, line.amountNet())
                    .set(DOCUMENT_LINE.EXPECTED_DATE, line.expectedDate())
                    .execute();
        }
        return Totals.of(lines);
    }

    private static DocumentLine toLine(DocumentLineRecord row) {
        return new DocumentLine(LineKind.valueOf(row.getKind()), row.getProductCode(), row.getDescription(),
                row.getQuantity(), row.getUnit(), row.getUnitPrice(), row.getDiscountPercent(), row.getTaxRate(),
                row.getExpectedDate());
    }
}
