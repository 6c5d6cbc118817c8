package org.kundenportal.history.domain;

import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.documents.domain.DocumentType;

/**
 * One kind of document as the history sees it. A new document type (ticket, signature request, ...) joins the
 * history by adding one bean of this interface; {@link DocumentDirectory} collects them.
 */
public interface HistoryDocumentSource {

    DocumentType type();

    Optional<DocumentInfo> find(long id);

    /** Whether the document lies in the scope; portal users never see drafts. */
    boolean visibleTo(PortalScope scope, long id);

    void setResponsible(long id, Long userId);

    /** The document with this number, whoever may see it. */
    Optional<Long> idOf(String number);

    static <S> Condition noDraftsForPortalUsers(PortalScope scope, Field<S> state, S draft) {
        return scope.unrestricted() ? DSL.noCondition() : state.ne(draft);
    }
}
