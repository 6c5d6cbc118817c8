package org.kundenportal.history.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.DocumentType;
import org.springframework.stereotype.Service;

/** Finds any document's owner, pages and staff member in charge, by asking the {@link HistoryDocumentSource} of its type. */
@Service
public class DocumentDirectory {

    private final Map<DocumentType, HistoryDocumentSource> kinds = new EnumMap<>(DocumentType.class);

    public DocumentDirectory(List<HistoryDocumentSource> kinds) {
        kinds.forEach(kind -> this.kinds.put(kind.type(), kind));
    }

    public Optional<DocumentInfo> find(DocumentRef ref) {
        return kind(ref).flatMap(kind -> kind.find(ref.id()));
    }

    /** The document of this type and number, whoever may see it. */
    public Optional<DocumentRef> byNumber(DocumentType type, String number) {
        return Optional.ofNullable(kinds.get(type)).flatMap(kind -> kind.idOf(number)).map(id -> new DocumentRef(type, id));
    }

    public boolean visibleTo(PortalScope scope, DocumentRef ref) {
        return kind(ref).map(kind -> kind.visibleTo(scope, ref.id())).orElse(false);
    }

    public void setResponsible(DocumentRef ref, Long userId) {
        kind(ref).orElseThrow().setResponsible(ref.id(), userId);
    }

    private Optional<HistoryDocumentSource> kind(DocumentRef ref) {
        return Optional.ofNullable(kinds.get(ref.type()));
    }
}
