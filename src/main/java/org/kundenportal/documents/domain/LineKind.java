package org.kundenportal.documents.domain;

/** A product line has amounts; a section heading and a note carry only their text. */
public enum LineKind {
    PRODUCT, SECTION, NOTE
}
