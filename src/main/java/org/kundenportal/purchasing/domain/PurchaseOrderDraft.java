package org.kundenportal.purchasing.domain;

import java.time.LocalDate;
import java.util.List;
import org.kundenportal.documents.domain.DocumentLine;

/**
 * What staff edit on a purchase order. A new order has no id; {@code version} is the one the editor read.
 */
public record PurchaseOrderDraft(Long id, int version, Long supplierCompanyId, Long supplierContactId,
                                 String reference, LocalDate orderDate, LocalDate expectedDate, Long paymentTermId,
                                 String note, List<DocumentLine> lines) {

    public PurchaseOrderDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public static PurchaseOrderDraft empty(LocalDate today, Long paymentTermId) {
        return new PurchaseOrderDraft(null, 0, null, null, null, today, null, paymentTermId, null, List.of());
    }
}
