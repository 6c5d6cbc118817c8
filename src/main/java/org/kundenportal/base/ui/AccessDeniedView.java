package org.kundenportal.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown instead of a view the user may not open. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends Composite<ErrorPanel> implements HasErrorParameter<AccessDeniedException>,
        HasDynamicTitle {

    @Override
    protected ErrorPanel initContent() {
        return new ErrorPanel(VaadinIcon.LOCK, getTranslation("error.access-denied.title"),
                getTranslation("error.access-denied.text"), getTranslation("error.home"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.access-denied.title");
    }
}
