package org.kundenportal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** What the error views show: an icon, a heading, an explanation and the way home. */
class ErrorPanel extends Main {

    ErrorPanel(VaadinIcon icon, String heading, String explanation, String homeLabel) {
        addClassName("error-panel");
        add(icon.create(), new H1(heading), new Paragraph(explanation), new Anchor("/", homeLabel));
    }
}
