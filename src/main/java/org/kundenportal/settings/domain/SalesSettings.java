package org.kundenportal.settings.domain;

import java.math.BigDecimal;

/**
 * The defaults of a new quote, as the "Sales" section of the settings page edits them.
 *
 * @param quoteValidityDays null while the field is empty
 */
public record SalesSettings(Integer quoteValidityDays, boolean requiresSignature, boolean requiresPayment,
                            Integer prepaymentPercent, String paymentTermCode, BigDecimal defaultTaxRate) {
}
