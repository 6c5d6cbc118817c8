package org.kundenportal.signatures.domain;

/**
 * What a signer puts into a field. SIGNATURE and INITIALS take a drawn image; TEXT, DATE (ISO date) and CHECKBOX
 * ("true"/"false") a text value.
 */
public enum FieldKind {
    SIGNATURE, INITIALS, TEXT, DATE, CHECKBOX;

    public boolean drawn() {
        return this == SIGNATURE || this == INITIALS;
    }
}
