package org.kundenportal.receipts.domain;

import java.math.BigDecimal;

public record ReceiptPayment(PaymentMethod method, BigDecimal amount) {
}
