package org.kundenportal.documents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.Currency;
import org.kundenportal.base.i18n.Formats;

/**
 * The one layout of every document page, portal and back office alike: breadcrumbs, the title with its status,
 * the document itself, and one action bar with the amount that matters. The action bar sits at the bottom of the
 * screen on phones and tablets and in a column on the right on wide screens (themes/portal/styles.css, "document
 * pages"), so a customer finds "pay", "accept" or "download" in the same place on every document.
 */
public class DocumentPage extends Div {

    private final Nav breadcrumbs = new Nav();
    private final Header header = new Header();
    private final Div main = new Div();
    private final Aside side = new Aside();
    private final Div summary = new Div();
    private final Div actions = new Div();

    public DocumentPage() {
        addClassName("document-page");
        breadcrumbs.addClassName("document-breadcrumbs");
        breadcrumbs.getElement().setAttribute("aria-label", getTranslation("documents.breadcrumbs"));
        header.addClassName("document-page-header");
        main.addClassName("document-page-main");
        side.addClassName("document-page-side");
        side.getElement().setAttribute("aria-label", getTranslation("documents.actions"));
        summary.addClassName("document-summary");
        actions.addClassName("document-action-bar");
        side.add(summary, actions);
        add(breadcrumbs, header, main, side);
        side.setVisible(false);
    }

    /**
     * Home / list / this document, each a link; the document is at {@code listHref/number}. The home is the back
     * office's for a list under {@code staff/}, the portal's otherwise.
     */
    public DocumentPage breadcrumbs(String listLabel, String listHref, String number) {
        return breadcrumbs(listLabel, listHref, number, number);
    }

    /** Like {@link #breadcrumbs(String, String, String)} for a page whose last crumb is no number, e.g. "New quote". */
    public DocumentPage breadcrumbs(String listLabel, String listHref, String label, String segment) {
        boolean staff = listHref.startsWith("staff");
        OrderedList trail = new OrderedList(
                crumb(getTranslation(staff ? "nav.staff-home" : "nav.home"), staff ? "staff" : ""),
                crumb(listLabel, listHref));
        ListItem here = crumb(label, listHref + "/" + segment);
        here.getChildren().findFirst().ifPresent(link -> link.getElement().setAttribute("aria-current", "page"));
        trail.add(here);
        breadcrumbs.removeAll();
        breadcrumbs.add(trail);
        return this;
    }

    private static ListItem crumb(String label, String href) {
        // an empty href would be no link at all; "." is the application's root, where the router sends home
        return new ListItem(new Anchor(href.isEmpty() ? "." : href, label));
    }

    /** The document's title with its badges (state, source, ...). */
    public DocumentPage title(String title, Component... badges) {
        H1 heading = new H1(title);
        heading.addClassName("document-page-title");
        header.removeAll();
        header.add(heading);
        header.add(badges);
        return this;
    }

    /** Something shown under the title before the document: a preview banner, a state banner. */
    public DocumentPage notice(Component... notices) {
        header.add(notices);
        return this;
    }

    /** The amount that matters most (amount due, total) at the top of the action bar, under its label's key. */
    public DocumentPage amount(String labelKey, BigDecimal amount, Currency currency) {
        Span text = new Span(getTranslation(labelKey));
        text.addClassName("document-summary-label");
        Span value = new Span(Formats.money(amount, currency, getLocale()));
        value.addClassName("document-summary-amount");
        summary.removeAll();
        summary.add(text, value);
        side.setVisible(true);
        return this;
    }

    /** Adds actions to the action bar, the primary one first. */
    public DocumentPage actions(Component... components) {
        actions.add(components);
        side.setVisible(true);
        return this;
    }

    /** Adds to the document's body: facts, lines, totals, notes, history. */
    public DocumentPage content(Component... components) {
        main.add(components);
        return this;
    }

    /** The title's heading, e.g. to give it an id. */
    public H1 heading() {
        return header.getChildren().filter(H1.class::isInstance).map(H1.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("title(...) was not called"));
    }

    public Div actionBar() {
        return actions;
    }

    public Div main() {
        return main;
    }
}
