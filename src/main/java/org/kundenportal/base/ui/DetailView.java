package org.kundenportal.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;

/**
 * The page of one document addressed by a route parameter ({@code invoices/:number}): finds the document among what
 * the user may see and shows it, or answers with the not-found page. A number that does not exist and one outside the
 * user's scope answer alike, so that a URL tells nobody what exists.
 */
public abstract class DetailView<T> extends Main implements BeforeEnterObserver {

    private final String parameter;

    /** @param parameter the route parameter that names the document, e.g. {@code number} */
    protected DetailView(String parameter) {
        this.parameter = parameter;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<T> found = find(routeParameter(event));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get(), event);
    }

    /** The route parameter's value; empty when missing. */
    protected final String routeParameter(BeforeEnterEvent event) {
        return event.getRouteParameters().get(parameter).orElse("");
    }

    /** The document the parameter names, if the current user may see it. */
    protected abstract Optional<T> find(String parameter);

    /** Draws the page of the found document. */
    protected abstract void show(T document);

    /** For a view that sends some documents elsewhere instead of showing them. */
    protected void show(T document, BeforeEnterEvent event) {
        show(document);
    }
}
