package org.kundenportal.purchasing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.base.ui.DetailView;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.ui.LocalizedDatePicker;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.ui.DocumentPage;
import org.kundenportal.documents.ui.HistorySection;
import org.kundenportal.documents.ui.LinesEditor;
import org.kundenportal.purchasing.domain.PurchaseOrder;
import org.kundenportal.purchasing.domain.PurchaseOrderDraft;
import org.kundenportal.purchasing.domain.PurchaseOrderRepository;
import org.kundenportal.purchasing.domain.PurchaseOrderService;
import org.kundenportal.purchasing.domain.PurchaseOrderState;
import org.kundenportal.settings.domain.PaymentTerm;
import org.kundenportal.settings.domain.PaymentTermRepository;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Back office: a purchase order. A draft is a form (supplier, contact person, reference, dates, payment term,
 * note, lines) that can be saved and sent; once sent it is read-only and can be marked received or cancelled.
 * {@code staff/purchase-orders/new} starts a new draft, which gets its number on the first save.
 */
@Route("staff/purchase-orders/:number")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class StaffPurchaseOrderView extends DetailView<PurchaseOrder> implements HasDynamicTitle {

    static final String NEW = "new";

    private final PurchaseOrderRepository orders;
    private final PurchaseOrderService service;
    private final DocumentLines documentLines;
    private final Settings settings;
    private final CurrentUser currentUser;
    private final ObjectProvider<HistorySection> history;
    private final PaymentTermRepository paymentTerms;

    private final ComboBox<ContactOption> supplier = new ComboBox<>();
    private final ComboBox<ContactOption> contact = new ComboBox<>();
    private final TextField reference = new TextField();
    private final DatePicker orderDate = new LocalizedDatePicker();
    private final DatePicker expectedDate = new LocalizedDatePicker();
    private final Select<PaymentTerm> paymentTerm = new Select<>();
    private final TextArea note = new TextArea();
    private LinesEditor linesEditor;
    private PurchaseOrderDraft draft;
    private String title = "";

    public StaffPurchaseOrderView(PurchaseOrderRepository orders, PurchaseOrderService service,
                                  DocumentLines documentLines, Settings settings, CurrentUser currentUser,
                                  ObjectProvider<HistorySection> history, PaymentTermRepository paymentTerms) {
        super("number");
        this.paymentTerms = paymentTerms;
        this.orders = orders;
        this.service = service;
        this.documentLines = documentLines;
        this.settings = settings;
        this.currentUser = currentUser;
        this.history = history;
        addClassName("purchase-order-page");
        configureFields();
    }

    private void configureFields() {
        supplier.setLabel(getTranslation("purchasing.supplier"));
        supplier.setItems(query -> orders.suppliers(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        supplier.setItemLabelGenerator(ContactOption::name);
        supplier.setRequiredIndicatorVisible(true);
        supplier.addValueChangeListener(change -> {
            contact.setItems(change.getValue() == null ? List.of() : orders.persons(change.getValue().id()));
            if (change.isFromClient()) {
                contact.clear();
            }
        });
        contact.setLabel(getTranslation("purchasing.contact"));
        contact.setItemLabelGenerator(ContactOption::name);
        contact.setClearButtonVisible(true);
        reference.setLabel(getTranslation("purchasing.reference"));
        reference.setMaxLength(100);
        orderDate.setLabel(getTranslation("purchasing.order-date"));
        orderDate.setRequiredIndicatorVisible(true);
        expectedDate.setLabel(getTranslation("purchasing.expected-date"));
        expectedDate.setClearButtonVisible(true);
        orderDate.addValueChangeListener(change -> expectedDate.setMin(change.getValue()));
        paymentTerm.setLabel(getTranslation("purchasing.payment-term"));
        paymentTerm.setItems(paymentTerms.active());
        paymentTerm.setItemLabelGenerator(term -> term == null ? "" : term.label(getLocale().getLanguage()));
        paymentTerm.setEmptySelectionAllowed(true);
        note.setLabel(getTranslation("purchasing.note"));
        note.setMaxLength(4000);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (NEW.equals(routeParameter(event))) {
            Long defaultTerm = paymentTerms.idOf(settings.get(SettingKey.DEFAULT_PAYMENT_TERM)).orElse(null);
            edit(null, PurchaseOrderDraft.empty(PurchaseOrderService.today(), defaultTerm));
            return;
        }
        super.beforeEnter(event);
    }

    @Override
    protected Optional<PurchaseOrder> find(String number) {
        return orders.findForStaff(number);
    }

    private void reload(String number) {
        orders.findForStaff(number).ifPresent(this::show);
    }

    @Override
    protected void show(PurchaseOrder order) {
        List<DocumentLine> orderLines = documentLines.of(order.ref());
        if (order.state() == PurchaseOrderState.DRAFT) {
            edit(order, new PurchaseOrderDraft(order.id(), order.version(), order.supplierCompanyId(),
                    order.supplierContactId(), order.reference(), order.orderDate(), order.expectedDate(),
                    order.paymentTermId(), order.note(), orderLines));
            supplier.setValue(new ContactOption(order.supplierCompanyId(), order.supplierName()));
            contact.setValue(order.supplierContactId() == null ? null
                    : new ContactOption(order.supplierContactId(), order.supplierContactName()));
        } else {
            removeAll();
            title = getTranslation("purchasing.title", order.number());
            DocumentPage page = PurchaseOrderHeader.page(this, order, orderLines, true)
                    .actions(actions(order), PurchaseOrderHeader.pdfLinks(order))
                    .content(new PurchaseOrderDetails(order, orderLines, settings.companyProfile()));
            history.ifAvailable(section -> page.content(section.create(order.ref(), false)));
            add(page);
            return;
        }
        history.ifAvailable(section -> add(section.create(order.ref(), false)));
    }

    private void edit(PurchaseOrder order, PurchaseOrderDraft values) {
        removeAll();
        draft = values;
        linesEditor = new LinesEditor(Formats.EURO, true, defaultTaxRate());
        linesEditor.setLines(values.lines());
        title = order == null ? getTranslation("purchasing.new") : getTranslation("purchasing.title", order.number());
        reference.setValue(values.reference() == null ? "" : values.reference());
        orderDate.setValue(values.orderDate());
        expectedDate.setValue(values.expectedDate());
        paymentTerm.setValue(paymentTerm.getListDataView().getItems()
                .filter(term -> Long.valueOf(term.id()).equals(values.paymentTermId())).findFirst().orElse(null));
        note.setValue(values.note() == null ? "" : values.note());

        FormLayout form = new FormLayout(supplier, contact, reference, orderDate, expectedDate, paymentTerm);
        form.add(note, 2);
        form.addClassName("purchase-order-form");

        Button save = new Button(getTranslation("purchasing.save"), VaadinIcon.CHECK.create(), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("purchase-order-save");
        HorizontalLayout buttons = new HorizontalLayout(save);
        if (order != null) {
            Button send = new Button(getTranslation("purchasing.send"), VaadinIcon.PAPERPLANE.create(), click -> send(order));
            send.addClassName("purchase-order-send");
            buttons.add(send, cancelButton(order));
        }
        add(order == null ? new H1(title) : new PurchaseOrderHeader(order), form, linesEditor, buttons);
    }

    private BigDecimal defaultTaxRate() {
        try {
            return new BigDecimal(settings.get(SettingKey.DEFAULT_TAX_RATE));
        } catch (NumberFormatException notANumber) {
            return BigDecimal.ZERO;
        }
    }

    private HorizontalLayout actions(PurchaseOrder order) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassNames("purchase-order-actions", "document-actions");
        if (order.state().mayBeReceived()) {
            Button received = new Button(getTranslation("purchasing.mark-received"), VaadinIcon.PACKAGE.create(),
                    click -> act(order, () -> service.markReceived(order.id(), currentUser.require().id()),
                            "purchasing.mark-received.done"));
            received.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            received.addClassName("purchase-order-received");
            actions.add(received);
        }
        if (order.state().mayBeCancelled()) {
            actions.add(cancelButton(order));
        }
        Button preview = new Button(getTranslation("purchasing.preview"), VaadinIcon.EYE.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("purchase-orders/" + order.number())));
        preview.addClassName("purchase-order-preview");
        actions.add(preview);
        return actions;
    }

    private Button cancelButton(PurchaseOrder order) {
        Button cancel = new Button(getTranslation("purchasing.cancel"), VaadinIcon.BAN.create(), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("purchasing.cancel.title", order.number()),
                    getTranslation("purchasing.cancel.text"), getTranslation("purchasing.cancel.confirm"),
                    confirmed -> act(order, () -> service.cancel(order.id(), currentUser.require().id()),
                            "purchasing.cancel.done"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("purchasing.cancel.keep"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClassName("purchase-order-cancel");
        return cancel;
    }

    private void act(PurchaseOrder order, Runnable action, String doneKey) {
        if (Feedback.attempt(action)) {
            Feedback.success(getTranslation(doneKey, order.number()));
        }
        reload(order.number());
    }

    /** The form's values, or nothing when a line is wrong (the editor marks it). */
    private Optional<PurchaseOrderDraft> values() {
        List<DocumentLine> lines = linesEditor.validLines();
        if (lines == null) {
            return Optional.empty();
        }
        if (orderDate.isInvalid() || expectedDate.isInvalid()) {
            Feedback.error(getTranslation("purchasing.date.invalid"));
            return Optional.empty();
        }
        return Optional.of(new PurchaseOrderDraft(draft.id(), draft.version(),
                supplier.getValue() == null ? null : supplier.getValue().id(),
                contact.getValue() == null ? null : contact.getValue().id(),
                blankToNull(reference.getValue()), orderDate.getValue(), expectedDate.getValue(),
                paymentTerm.getValue() == null ? null : paymentTerm.getValue().id(), blankToNull(note.getValue()), lines));
    }

    private void save() {
        Optional<PurchaseOrderDraft> form = values();
        if (form.isEmpty()) {
            return;
        }
        PurchaseOrderDraft values = form.get();
        if (values.id() == null) {
            String[] number = new String[1];
            if (Feedback.attempt(() -> number[0] = service.create(values, currentUser.require().id()))) {
                Feedback.success(getTranslation("purchasing.created", number[0]));
                getUI().ifPresent(ui -> ui.navigate("staff/purchase-orders/" + number[0]));
            }
            return;
        }
        String number = orders.findForStaff(values.id()).map(PurchaseOrder::number).orElseThrow();
        if (Feedback.attempt(() -> service.save(values))) {
            Feedback.success(getTranslation("purchasing.saved", number));
            reload(number);
        }
    }

    /** Sends what the form shows: saves it first, so the supplier gets what staff saw. */
    private void send(PurchaseOrder order) {
        Optional<PurchaseOrderDraft> form = values();
        if (form.isEmpty()) {
            return;
        }
        if (Feedback.attempt(() -> service.saveAndSend(form.get(), currentUser.require().id()))) {
            Feedback.success(getTranslation("purchasing.sent", order.number()));
        }
        reload(order.number());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
