package org.kundenportal.history.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.ui.HistorySection;

/**
 * A page that exists only in tests: a sales document's history, mounted as the document pages mount it
 * ({@code ?preview} for the customer preview).
 */
@Route("test/history/:id")
@PermitAll
public class HistoryTestView extends Main implements BeforeEnterObserver {

    private final HistorySection history;

    public HistoryTestView(HistorySection history) {
        this.history = history;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
        boolean preview = event.getLocation().getQueryParameters().getParameters().containsKey("preview");
        removeAll();
        add(history.create(DocumentRef.saleOrder(id), preview));
    }
}
