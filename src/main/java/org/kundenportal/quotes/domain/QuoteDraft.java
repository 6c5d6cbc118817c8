package org.kundenportal.quotes.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.kundenportal.documents.domain.DocumentLine;

/**
 * A quote as staff edit it, before it is saved.
 *
 * @param id      null for a new quote
 * @param version the version read, for the optimistic check on save
 */
public record QuoteDraft(Long id, int version, Long customerId, Long contactId, String reference, LocalDate quoteDate,
                         LocalDate validUntil, Long paymentTermId, boolean requiresSignature, boolean requiresPayment,
                         BigDecimal prepaymentPercent, String note, List<DocumentLine> lines) {

    public QuoteDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public boolean isNew() {
        return id == null;
    }
}
