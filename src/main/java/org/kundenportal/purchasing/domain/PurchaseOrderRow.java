package org.kundenportal.purchasing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** One purchase order in a list. */
public record PurchaseOrderRow(long id, String number, PurchaseOrderState state, String supplierName,
                               LocalDate orderDate, LocalDate expectedDate, Currency currency, BigDecimal total) {
}
