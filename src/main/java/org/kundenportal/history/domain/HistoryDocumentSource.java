package org.kundenportal.history.domain;

import java.util.Optional;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.documents.domain.DocumentType;

/**
 * One kind of document as the history sees it. A new document type (ticket, signature request, ...) joins the
 * history by adding one bean of this interface; {@link DocumentDirectory} collects them.
 */
public interface HistoryDocumentSource {

    DocumentType type();

    Optional<DocumentInfo> find(long id);

    /** Whether the user may see the document, by the one visibility rule of its repository. */
    boolean visibleTo(PortalScope scope, long id);

    void setResponsible(long id, Long userId);

    /** The document with this number, whoever may see it. */
    Optional<Long> idOf(String number);
}
