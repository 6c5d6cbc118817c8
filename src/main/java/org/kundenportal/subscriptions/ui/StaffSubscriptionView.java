package org.kundenportal.subscriptions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.DetailView;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.ui.LocalizedDatePicker;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.documents.ui.DocumentPage;
import org.kundenportal.documents.ui.HistorySection;
import org.kundenportal.history.domain.HistoryService;
import org.kundenportal.history.domain.StaffMember;
import org.kundenportal.subscriptions.domain.BillingPeriod;
import org.kundenportal.subscriptions.domain.Subscription;
import org.kundenportal.subscriptions.domain.SubscriptionDraft;
import org.kundenportal.subscriptions.domain.SubscriptionRepository;
import org.kundenportal.subscriptions.domain.SubscriptionService;
import org.kundenportal.subscriptions.domain.SubscriptionState;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Back office: one subscription ({@code staff/subscriptions/new} for a new one). Active and paused subscriptions
 * are a form (customer, plan, billing, dates, currency, who is in charge, modules) that saves against the version
 * it was read with; they can be paused, resumed and cancelled. Cancelled and expired ones are shown read-only.
 * Below: the history, and a button to the customer preview.
 */
@Route(StaffSubscriptionsView.ROUTE + "/:number")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class StaffSubscriptionView extends DetailView<Subscription> implements HasDynamicTitle {

    static final String NEW = "new";

    private final SubscriptionRepository subscriptions;
    private final SubscriptionService service;
    private final CurrentUser currentUser;
    private final ObjectProvider<HistorySection> history;

    private final ComboBox<ContactOption> customer;
    private final TextField plan = new TextField();
    private final Select<BillingPeriod> period = new Select<>();
    private final DatePicker start = new LocalizedDatePicker();
    private final DatePicker nextInvoice = new LocalizedDatePicker();
    private final DatePicker end = new LocalizedDatePicker();
    private final Select<String> currency = new Select<>();
    private final ComboBox<StaffMember> responsible = new ComboBox<>();
    private final SubscriptionLinesEditor lines = new SubscriptionLinesEditor(this::refreshTotal);
    private final Span totalLabel = new Span();
    private final Span total = new Span();
    private Subscription subscription;
    private SubscriptionDraft draft;
    private String title = "";

    public StaffSubscriptionView(SubscriptionRepository subscriptions, SubscriptionService service,
                                 ContactRepository contacts, HistoryService historyService, CurrentUser currentUser,
                                 ObjectProvider<HistorySection> history) {
        super("number");
        this.subscriptions = subscriptions;
        this.service = service;
        this.currentUser = currentUser;
        this.history = history;
        addClassNames("document-view", "staff-subscription-view");

        customer = customerPicker(contacts, getTranslation("subscriptions.customer"));
        customer.setId("subscription-customer");
        customer.setRequiredIndicatorVisible(true);
        plan.setLabel(getTranslation("subscriptions.plan"));
        plan.setId("subscription-plan");
        plan.setRequiredIndicatorVisible(true);
        plan.setMaxLength(200);
        period.setLabel(getTranslation("subscriptions.period"));
        period.setId("subscription-period");
        period.setItems(BillingPeriod.values());
        period.setItemLabelGenerator(value -> value == null ? "" : SubscriptionLabels.period(this, value));
        period.addValueChangeListener(change -> refreshTotal());
        date(start, "subscriptions.start", "subscription-start");
        start.setRequiredIndicatorVisible(true);
        date(nextInvoice, "subscriptions.next-invoice", "subscription-next-invoice");
        date(end, "subscriptions.end", "subscription-end");
        currency.setLabel(getTranslation("subscriptions.staff.currency"));
        currency.setId("subscription-currency");
        currency.setItems(SubscriptionDraft.CURRENCIES);
        currency.addValueChangeListener(change -> refreshTotal());
        responsible.setLabel(getTranslation("subscriptions.staff.responsible"));
        responsible.setId("subscription-responsible");
        responsible.setItems(historyService.staff());
        responsible.setItemLabelGenerator(StaffMember::name);
        responsible.setClearButtonVisible(true);
        totalLabel.addClassName("subscription-editor-total-label");
        total.addClassName("subscription-editor-total");
    }

    /** Customer companies, searched lazily by name. */
    static ComboBox<ContactOption> customerPicker(ContactRepository contacts, String label) {
        ComboBox<ContactOption> company = new ComboBox<>(label);
        company.setItems(query -> contacts.customerCompanies(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        company.setItemLabelGenerator(ContactOption::name);
        company.setClearButtonVisible(true);
        return company;
    }

    private void date(DatePicker field, String labelKey, String id) {
        field.setLabel(getTranslation(labelKey));
        field.setId(id);
        field.setClearButtonVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (NEW.equals(routeParameter(event))) {
            subscription = null;
            show(SubscriptionDraft.empty(LocalDate.now(Formats.ZONE), currentUser.require().id()));
            return;
        }
        super.beforeEnter(event);
    }

    @Override
    protected Optional<Subscription> find(String number) {
        return subscriptions.find(PortalScope.staff(), number);
    }

    @Override
    protected void show(Subscription found) {
        subscription = found;
        show(SubscriptionDraft.of(subscription));
    }

    private void reload(String number) {
        subscriptions.find(PortalScope.staff(), number).ifPresent(fresh -> {
            subscription = fresh;
            show(SubscriptionDraft.of(fresh));
        });
    }

    private void show(SubscriptionDraft values) {
        removeAll();
        draft = values;
        boolean editable = subscription == null || subscription.state().isOpen();
        title = subscription == null ? getTranslation("subscriptions.staff.new")
                : getTranslation("subscriptions.detail.title", subscription.number());

        customer.setValue(subscription == null ? null
                : new ContactOption(subscription.companyId(), subscription.companyName()));
        plan.setValue(values.planName());
        period.setValue(values.period());
        start.setValue(values.startDate());
        nextInvoice.setValue(values.nextInvoiceDate());
        end.setValue(values.endDate());
        currency.setValue(values.currency());
        responsible.setValue(responsible.getListDataView().getItems()
                .filter(member -> Long.valueOf(member.id()).equals(values.responsibleUserId())).findFirst().orElse(null));
        lines.setLines(values.lines());
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(customer, plan, period, start, nextInvoice, end, currency,
                responsible)) {
            field.setReadOnly(!editable);
        }
        lines.setReadOnly(!editable);
        refreshTotal();

        DocumentPage page = new DocumentPage()
                .breadcrumbs(getTranslation("nav.staff-subscriptions"), StaffSubscriptionsView.ROUTE, title,
                        subscription == null ? NEW : subscription.number())
                .title(title, subscription == null ? new Component[0]
                        : new Component[] {SubscriptionLabels.badge(this, subscription.state())})
                .actions(actions(editable));
        if (!editable) {
            Paragraph closed = new Paragraph(getTranslation("subscriptions.staff.read-only"));
            closed.addClassName("subscription-read-only");
            page.notice(closed);
        }
        FormLayout form = new FormLayout(customer, plan, period, start, nextInvoice, end, currency, responsible);
        form.addClassName("subscription-form");
        Div totalRow = new Div(totalLabel, total);
        totalRow.addClassName("subscription-total-row");
        page.content(form, new H3(getTranslation("subscriptions.staff.lines")), lines, totalRow);
        if (subscription != null) {
            history.ifAvailable(section -> page.content(section.create(subscription.ref(), false)));
        }
        add(page);
    }

    private HorizontalLayout actions(boolean editable) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("document-actions");
        if (editable) {
            Button save = button("subscriptions.staff.save", VaadinIcon.CHECK, "subscription-save", this::save);
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(save);
        }
        if (subscription == null) {
            return actions;
        }
        String number = subscription.number();
        long id = subscription.id();
        if (subscription.state() == SubscriptionState.ACTIVE) {
            actions.add(button("subscriptions.staff.pause", VaadinIcon.PAUSE, "subscription-pause",
                    () -> act(number, "subscriptions.staff.paused", user -> service.pause(user, id))));
        }
        if (subscription.state() == SubscriptionState.PAUSED) {
            actions.add(button("subscriptions.staff.resume", VaadinIcon.PLAY, "subscription-resume",
                    () -> new DateActionDialog("subscriptions.staff.resume", number, LocalDate.now(Formats.ZONE),
                            date -> act(number, "subscriptions.staff.resumed", user -> service.resume(user, id, date)))
                            .open()));
        }
        if (editable) {
            LocalDate endDefault = subscription.nextInvoiceDate() != null ? subscription.nextInvoiceDate()
                    : LocalDate.now(Formats.ZONE);
            Button cancel = button("subscriptions.staff.cancel", VaadinIcon.BAN, "subscription-cancel",
                    () -> new DateActionDialog("subscriptions.staff.cancel", number, endDefault,
                            date -> act(number, "subscriptions.staff.cancelled", user -> service.cancel(user, id, date)))
                            .open());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        }
        Button preview = button("subscriptions.staff.preview", VaadinIcon.EYE, "subscription-preview",
                () -> getUI().ifPresent(ui -> ui.navigate(SubscriptionView.class, SubscriptionView.parameters(number))));
        preview.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(preview);
        return actions;
    }

    private Button button(String labelKey, VaadinIcon icon, String className, Runnable action) {
        Button button = new Button(getTranslation(labelKey), icon.create(), click -> action.run());
        button.addClassName(className);
        return button;
    }

    /** Runs a state change; on success and on a refusal alike the page then shows the subscription as it now is. */
    private void act(String number, String successKey, Consumer<PortalUser> change) {
        if (Feedback.attempt(() -> change.accept(currentUser.require()))) {
            Feedback.success(getTranslation(successKey, number));
        }
        reload(number);
    }

    private void refreshTotal() {
        BillingPeriod billing = period.getValue() == null ? BillingPeriod.MONTHLY : period.getValue();
        totalLabel.setText(getTranslation("subscriptions.recurring-total.period", SubscriptionLabels.period(this, billing)));
        Currency money = currency.getValue() == null ? Formats.EURO : Currency.getInstance(currency.getValue());
        total.setText(Formats.money(lines.total(), money, getLocale()));
    }

    /**
     * Saves the form; a refusal leaves everything typed in place, so nothing is lost. The service explains wrong
     * dates; only a date the picker could not read (its value is then empty) is caught here, lest it be saved as none.
     */
    private void save() {
        if (start.isInvalid() || nextInvoice.isInvalid() || end.isInvalid()) {
            Feedback.error(getTranslation("subscriptions.staff.error.date-invalid"));
            return;
        }
        SubscriptionDraft values = new SubscriptionDraft(draft.id(), draft.version(),
                customer.getValue() == null ? null : customer.getValue().id(), plan.getValue(), period.getValue(),
                start.getValue(), nextInvoice.getValue(), end.getValue(), currency.getValue(),
                responsible.getValue() == null ? null : responsible.getValue().id(), lines.lines());
        String number;
        try {
            number = service.save(currentUser.require(), values);
        } catch (RefusedException refusal) {
            Feedback.refused(refusal);
            return;
        }
        if (values.isNew()) {
            Feedback.success(getTranslation("subscriptions.staff.created", number));
            getUI().ifPresent(ui -> ui.navigate(StaffSubscriptionsView.ROUTE + "/" + number));
        } else {
            Feedback.success(getTranslation("subscriptions.staff.saved", number));
            reload(number);
        }
    }

    Subscription subscription() {
        return subscription;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
