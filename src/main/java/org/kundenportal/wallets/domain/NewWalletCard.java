package org.kundenportal.wallets.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** A card to issue (demo data, tests); balance for money cards, points for loyalty cards. */
public record NewWalletCard(long companyId, WalletType type, String code, String programName, BigDecimal balance,
                            Integer points, Currency currency, LocalDate expiryDate, boolean blocked,
                            boolean usablePos, boolean usableSales, boolean usableWebShop) {
}
