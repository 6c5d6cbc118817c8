package org.kundenportal.documents.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Shown on top of a portal document opened by staff ("customer preview"): the page looks as the customer sees
 * it, but nothing on it acts and no "viewed" event is recorded.
 */
public class PreviewBanner extends Div {

    public PreviewBanner() {
        addClassName("preview-banner");
        add(VaadinIcon.EYE.create(), new Span(getTranslation("documents.preview.banner")));
    }
}
