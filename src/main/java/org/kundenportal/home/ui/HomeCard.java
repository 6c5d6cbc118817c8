package org.kundenportal.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.kundenportal.base.ui.NavItem;

/** One area on a home page: icon, name, a sentence about it and, where known, its figure. */
class HomeCard extends RouterLink {

    HomeCard(NavItem item, String figure) {
        setRoute(item.view());
        addClassName("home-card");
        Span title = new Span(getTranslation(item.labelKey()));
        title.addClassName("home-card-title");
        Div header = new Div(item.createIcon(), title);
        header.addClassName("home-card-header");
        add(header, new Paragraph(getTranslation(item.descriptionKey())));
        if (figure != null) {
            Span count = new Span(figure);
            count.addClassName("home-card-figure");
            add(count);
        }
    }
}
