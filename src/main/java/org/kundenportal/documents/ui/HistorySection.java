package org.kundenportal.documents.ui;

import com.vaadin.flow.component.Component;
import org.kundenportal.documents.domain.DocumentRef;

/**
 * The history at the foot of every document page: messages with attachments, events, the staff member in
 * charge and their time entries. Implemented by the history feature; document pages ask for one per page.
 */
public interface HistorySection {

    /**
     * @param document  a document the current user has already been allowed to see
     * @param preview   staff looking at the customer preview: read-only, internal notes hidden
     */
    Component create(DocumentRef document, boolean preview);
}
