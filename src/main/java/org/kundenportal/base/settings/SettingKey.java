package org.kundenportal.base.settings;

/** Every setting the product knows, with its default. Feature issues add theirs. */
public enum SettingKey {
    COMPANY_NAME("company.name", "Kundenportal"),
    COMPANY_STREET("company.street", ""),
    COMPANY_ZIP("company.zip", ""),
    COMPANY_CITY("company.city", ""),
    COMPANY_COUNTRY("company.country", "DE"),
    COMPANY_VAT_ID("company.vat-id", ""),
    /** The seller's tax number (Steuernummer) from the tax office; e-invoices carry it beside the VAT id. */
    COMPANY_TAX_NUMBER("company.tax-number", ""),
    COMPANY_EMAIL("company.email", ""),
    COMPANY_PHONE("company.phone", ""),
    COMPANY_BANK_NAME("company.bank-name", ""),
    COMPANY_IBAN("company.iban", ""),
    COMPANY_BIC("company.bic", ""),
    /** The SEPA creditor identifier (Gläubiger-Identifikationsnummer): needed to collect invoices by direct debit. */
    COMPANY_CREDITOR_ID("company.creditor-id", ""),
    /** The company logo as a data URL (image/png or image/jpeg, base64); not under company.* so pages don't load it. */
    BRANDING_LOGO("branding.logo", ""),
    /** Whether the login page offers "forgot password". */
    PASSWORD_RESET_ENABLED("security.password-reset", "false"),
    INVITATION_LINK_HOURS("security.invitation-link-hours", "72"),
    RESET_LINK_HOURS("security.reset-link-hours", "2"),
    /** Defaults of a new quote (Online-Signatur / Online-Zahlung in the sales settings). */
    QUOTE_VALIDITY_DAYS("sales.quote-validity-days", "30"),
    QUOTE_REQUIRES_SIGNATURE("sales.quote-requires-signature", "true"),
    QUOTE_REQUIRES_PAYMENT("sales.quote-requires-payment", "false"),
    QUOTE_PREPAYMENT_PERCENT("sales.quote-prepayment-percent", "30"),
    DEFAULT_PAYMENT_TERM("sales.default-payment-term", "NET14"),
    DEFAULT_TAX_RATE("sales.default-tax-rate", "19"),
    /** Whether customers may pay a part of an invoice online (Settings → Payments). */
    PARTIAL_ONLINE_PAYMENT("payments.partial-allowed", "false");

    private final String key;
    private final String defaultValue;

    SettingKey(String key, String defaultValue) {
        this.key = key;
        this.defaultValue = defaultValue;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }
}
