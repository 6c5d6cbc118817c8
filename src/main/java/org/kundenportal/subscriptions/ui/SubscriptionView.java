package org.kundenportal.subscriptions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Optional;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.DetailView;
import org.kundenportal.base.ui.RequiresArea;
import org.kundenportal.base.ui.grid.ListCard;
import org.kundenportal.base.ui.grid.ResponsiveGrid;
import org.kundenportal.documents.ui.DocumentPage;
import org.kundenportal.documents.ui.HistorySection;
import org.kundenportal.documents.ui.PreviewBanner;
import org.kundenportal.subscriptions.domain.Subscription;
import org.kundenportal.subscriptions.domain.SubscriptionLine;
import org.kundenportal.subscriptions.domain.SubscriptionRepository;
import org.kundenportal.subscriptions.domain.SubscriptionService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One subscription: plan, state, billing period, dates, the subscribed modules and the history. Staff see the
 * customer preview. A number outside the user's scope looks exactly like one that does not exist.
 */
@Route("subscriptions/:number")
@RolesAllowed({Roles.CUSTOMER, Roles.PARTNER, Roles.STAFF, Roles.ADMIN})
@RequiresArea(AreaPermission.SUBSCRIPTIONS)
public class SubscriptionView extends DetailView<Subscription> implements HasDynamicTitle {

    private static final String NUMBER = "number";

    private final SubscriptionRepository subscriptions;
    private final SubscriptionService service;
    private final CurrentUser currentUser;
    private final ObjectProvider<HistorySection> history;
    private String title = "";

    public SubscriptionView(SubscriptionRepository subscriptions, SubscriptionService service, CurrentUser currentUser,
                            ObjectProvider<HistorySection> history) {
        super(NUMBER);
        this.subscriptions = subscriptions;
        this.service = service;
        this.currentUser = currentUser;
        this.history = history;
        addClassName("document-view");
    }

    public static RouteParameters parameters(String number) {
        return new RouteParameters(NUMBER, number);
    }

    @Override
    protected Optional<Subscription> find(String number) {
        return subscriptions.find(currentUser.scope(), number);
    }

    @Override
    protected void show(Subscription subscription) {
        PortalUser user = currentUser.require();
        boolean preview = user.isInternal();
        if (!preview) {
            service.viewed(subscription.id(), user.id());
        }
        render(subscription, preview);
    }

    private void render(Subscription subscription, boolean preview) {
        removeAll();
        Locale locale = getLocale();
        title = getTranslation("subscriptions.detail.title", subscription.number());
        if (preview) {
            add(new PreviewBanner());
        }
        Component state = SubscriptionLabels.badge(this, subscription.state());
        state.addClassName("subscription-state");
        DocumentPage page = new DocumentPage()
                .breadcrumbs(getTranslation("nav.subscriptions"), "subscriptions", subscription.number())
                .title(title, state)
                .amount("documents.summary.total", subscription.recurringTotal(), subscription.currency());

        Div facts = new Div();
        facts.addClassName("subscription-facts");
        fact(facts, "subscriptions.plan", new Span(subscription.planName()), "subscription-plan");
        fact(facts, "subscriptions.customer", new Span(subscription.companyName()), "subscription-customer");
        fact(facts, "subscriptions.period", new Span(SubscriptionLabels.period(this, subscription.period())),
                "subscription-period");
        fact(facts, "subscriptions.start", new Span(Formats.date(subscription.startDate(), locale)),
                "subscription-start");
        if (subscription.nextInvoiceDate() != null) {
            fact(facts, "subscriptions.next-invoice", new Span(Formats.date(subscription.nextInvoiceDate(), locale)),
                    "subscription-next-invoice");
        }
        if (subscription.endDate() != null) {
            fact(facts, "subscriptions.end", new Span(Formats.date(subscription.endDate(), locale)), "subscription-end");
        }
        page.content(facts, lines(subscription, locale));
        Span total = new Span(Formats.money(subscription.recurringTotal(), subscription.currency(), locale));
        total.addClassName("subscription-total");
        Div totalRow = new Div(new Span(getTranslation("subscriptions.recurring-total.period",
                SubscriptionLabels.period(this, subscription.period()))), total);
        totalRow.addClassName("subscription-total-row");
        page.content(totalRow);
        history.ifAvailable(section -> page.content(section.create(subscription.ref(), preview)));
        add(page);
    }

    private Grid<SubscriptionLine> lines(Subscription subscription, Locale locale) {
        Grid<SubscriptionLine> lines = new Grid<>();
        lines.addClassName("subscription-lines");
        lines.addColumn(SubscriptionLine::code).setHeader(getTranslation("subscriptions.line.code"))
                .setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(SubscriptionLine::name).setHeader(getTranslation("subscriptions.line.name")).setFlexGrow(2);
        lines.addColumn(line -> line.description() == null ? "" : line.description())
                .setHeader(getTranslation("subscriptions.line.description")).setFlexGrow(3);
        lines.addColumn(line -> Formats.number(line.quantity(), locale))
                .setHeader(getTranslation("subscriptions.line.quantity")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(line -> Formats.money(line.unitPrice(), subscription.currency(), locale))
                .setHeader(getTranslation("subscriptions.line.unit-price")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(line -> Formats.money(line.amount(), subscription.currency(), locale))
                .setHeader(getTranslation("subscriptions.line.amount")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        lines.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        lines.setAllRowsVisible(true);
        lines.setItems(subscription.lines());
        ResponsiveGrid.of(lines, ListCard.<SubscriptionLine>titled(SubscriptionLine::name)
                .detail(line -> Formats.money(line.amount(), subscription.currency(), locale))
                .meta(line -> Formats.number(line.quantity(), locale) + " × "
                        + Formats.money(line.unitPrice(), subscription.currency(), locale), SubscriptionLine::code,
                        SubscriptionLine::description));
        return lines;
    }

    private void fact(Div facts, String labelKey, Component value, String className) {
        value.addClassName(className);
        Div fact = new Div(new Span(getTranslation(labelKey)), value);
        fact.addClassName("subscription-fact");
        facts.add(fact);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
