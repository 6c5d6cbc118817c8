package org.kundenportal.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Unknown addresses. In production Vaadin reports a view the logged-in user may not open as "not found";
 * for an existing view this shows the access-denied message instead, as users expect.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Composite<ErrorPanel> implements HasErrorParameter<NotFoundException> {

    private boolean existingView;

    @Override
    protected ErrorPanel initContent() {
        return existingView
                ? new ErrorPanel(VaadinIcon.LOCK, getTranslation("error.access-denied.title"),
                        getTranslation("error.access-denied.text"), getTranslation("error.home"))
                : new ErrorPanel(VaadinIcon.QUESTION_CIRCLE_O, getTranslation("error.not-found.title"),
                        getTranslation("error.not-found.text"), getTranslation("error.home"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        existingView = RouteConfiguration.forApplicationScope().getRoute(event.getLocation().getPath()).isPresent();
        return existingView ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND;
    }
}
