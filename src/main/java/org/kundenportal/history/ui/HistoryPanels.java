package org.kundenportal.history.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.ui.HistorySection;
import org.kundenportal.history.domain.HistoryService;

/** Gives every document page its history panel, for the logged-in user. */
@org.springframework.stereotype.Component
public class HistoryPanels implements HistorySection {

    private final HistoryService history;
    private final CurrentUser currentUser;

    public HistoryPanels(HistoryService history, CurrentUser currentUser) {
        this.history = history;
        this.currentUser = currentUser;
    }

    @Override
    public Component create(DocumentRef document, boolean preview) {
        PortalUser user = currentUser.require();
        // the page has checked access already; should it ever not have, the history stays empty rather than leak
        return history.readable(user, document)
                .<Component>map(info -> new HistoryPanel(history, user, info, preview))
                .orElseGet(Div::new);
    }
}
