package org.kundenportal.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A failure while opening a view: logged with a reference the user can quote, never shown as a stack trace. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class InternalErrorView extends Composite<ErrorPanel> implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);
    private String reference = "";

    @Override
    protected ErrorPanel initContent() {
        return new ErrorPanel(VaadinIcon.WARNING, getTranslation("error.internal.title"),
                getTranslation("error.internal.text", reference), getTranslation("error.home"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        reference = ErrorReference.next();
        log.error("Error {} while opening {}", reference, event.getLocation().getPath(), parameter.getCaughtException());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.internal.title");
    }
}
