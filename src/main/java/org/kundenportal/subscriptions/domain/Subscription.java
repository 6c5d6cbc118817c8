package org.kundenportal.subscriptions.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.DocumentType;

/**
 * A subscription with everything its detail page shows; the back office also needs who is in charge and the
 * version its editor read.
 */
public record Subscription(long id, String number, long companyId, String companyName, String planName,
                           SubscriptionState state, BillingPeriod period, LocalDate startDate,
                           LocalDate nextInvoiceDate, LocalDate endDate, Currency currency, BigDecimal recurringTotal,
                           List<SubscriptionLine> lines, Long responsibleUserId, int version) {

    public Subscription {
        lines = List.copyOf(lines);
    }

    public DocumentRef ref() {
        return ref(id);
    }

    public static DocumentRef ref(long id) {
        return new DocumentRef(DocumentType.SUBSCRIPTION, id);
    }
}
