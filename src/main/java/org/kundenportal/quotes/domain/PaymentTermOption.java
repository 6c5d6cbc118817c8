package org.kundenportal.quotes.domain;

/** A payment term to choose on a quote. */
public record PaymentTermOption(long id, String code, String labelDe, String labelEn) {

    public String label(String language) {
        return "de".equals(language) ? labelDe : labelEn;
    }
}
