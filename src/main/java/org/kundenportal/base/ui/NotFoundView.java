package org.kundenportal.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Unknown addresses and documents outside the user's scope (404). In production Vaadin reports a view the
 * logged-in user may not open as "not found"; for such a view this shows the access-denied message with 403
 * instead, as users expect. A view the user may open that finds nothing under its address stays a 404, so that
 * another company's document looks exactly like one that does not exist. Like every page it has a browser title:
 * without one Vaadin leaves the tab's title empty, which screen readers announce as nothing.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Composite<ErrorPanel> implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final Navigation navigation;
    private boolean forbiddenView;

    public NotFoundView(Navigation navigation) {
        this.navigation = navigation;
    }

    @Override
    protected ErrorPanel initContent() {
        return forbiddenView
                ? new ErrorPanel(VaadinIcon.LOCK, getTranslation("error.access-denied.title"),
                        getTranslation("error.access-denied.text"), getTranslation("error.home"))
                : new ErrorPanel(VaadinIcon.QUESTION_CIRCLE_O, getTranslation("error.not-found.title"),
                        getTranslation("error.not-found.text"), getTranslation("error.home"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        forbiddenView = RouteConfiguration.forApplicationScope().getRoute(event.getLocation().getPath())
                .filter(view -> !navigation.mayOpen(view)).isPresent();
        return forbiddenView ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(forbiddenView ? "error.access-denied.title" : "error.not-found.title");
    }
}
