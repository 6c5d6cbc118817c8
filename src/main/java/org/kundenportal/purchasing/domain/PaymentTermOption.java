package org.kundenportal.purchasing.domain;

/** A payment term to choose, with its labels in both languages. */
public record PaymentTermOption(long id, String code, String labelDe, String labelEn) {

    public String label(String language) {
        return "en".equals(language) ? labelEn : labelDe;
    }
}
