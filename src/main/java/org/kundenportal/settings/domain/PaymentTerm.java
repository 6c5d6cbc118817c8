package org.kundenportal.settings.domain;

/** A payment term to choose on a quote or purchase order, with its labels in both languages. */
public record PaymentTerm(long id, String code, String labelDe, String labelEn) {

    public String label(String language) {
        return "de".equals(language) ? labelDe : labelEn;
    }
}
