package org.kundenportal.documents.domain;

import java.time.LocalDate;

/**
 * What a document list is filtered by: a search text (number, reference, text of the lines), a date range on
 * the list's main date, a state, and for staff lists a customer or supplier company.
 *
 * @param <S> the document's state (or payment status) enum
 */
public record DocumentFilter<S extends Enum<S>>(String text, LocalDate from, LocalDate to, S state, Long companyId) {

    public static <S extends Enum<S>> DocumentFilter<S> none() {
        return new DocumentFilter<>(null, null, null, null, null);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** The search text as a LIKE pattern, with the LIKE wildcards of the text itself taken literally. */
    public String likePattern() {
        return "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
