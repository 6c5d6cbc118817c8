package org.kundenportal.documents.domain;

import java.util.List;

/** A document's row read together with its lines in one query (see {@link DocumentLines#nested}). */
public record WithLines<R>(R row, List<DocumentLine> lines) {
}
