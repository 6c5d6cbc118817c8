package org.kundenportal.quotes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.DetailView;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.ui.LocalizedDatePicker;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.ui.DocumentPage;
import org.kundenportal.documents.ui.HistorySection;
import org.kundenportal.documents.ui.LinesEditor;
import org.kundenportal.quotes.domain.Quote;
import org.kundenportal.quotes.domain.QuoteDraft;
import org.kundenportal.quotes.domain.QuoteEditing;
import org.kundenportal.quotes.domain.QuoteRepository;
import org.kundenportal.quotes.domain.QuoteRepository.Audience;
import org.kundenportal.quotes.domain.QuoteStatus;
import org.kundenportal.settings.domain.PaymentTerm;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Staff create and edit a quote ({@code staff/quotes/new} or by number), send it, take it back to draft, and
 * open the customer preview. Only drafts are editable; everything else is shown read-only.
 */
@Route("staff/quotes/:number")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class QuoteEditorView extends DetailView<Quote> implements HasDynamicTitle {

    static final String NEW = "staff/quotes/new";

    private final QuoteRepository quotes;
    private final QuoteEditing editing;
    private final ContactRepository contacts;
    private final CurrentUser currentUser;
    private final ObjectProvider<HistorySection> history;
    private final ComboBox<ContactOption> customer;
    private final Select<ContactOption> contact = new Select<>();
    private final TextField reference = new TextField();
    private final DatePicker quoteDate = new LocalizedDatePicker();
    private final DatePicker validUntil = new LocalizedDatePicker();
    private final Select<PaymentTerm> paymentTerm = new Select<>();
    private final Checkbox requiresSignature = new Checkbox();
    private final Checkbox requiresPayment = new Checkbox();
    private final BigDecimalField prepaymentPercent = new BigDecimalField();
    private final TextArea note = new TextArea();
    private final LinesEditor linesEditor;
    private final Div footer = new Div();
    private final DocumentPage page = new DocumentPage();
    private final HorizontalLayout actions = new HorizontalLayout();
    private Quote quote;
    private QuoteDraft draft;

    public QuoteEditorView(QuoteRepository quotes, QuoteEditing editing, ContactRepository contacts, CurrentUser currentUser, ObjectProvider<HistorySection> history) {
        super("number");
        this.quotes = quotes;
        this.editing = editing;
        this.currentUser = currentUser;
        this.history = history;
        addClassNames("document-view", "quote-editor");
        this.contacts = contacts;
        customer = StaffQuotesView.customerPicker(contacts, getTranslation("quotes.customer"));
        customer.setId("editor-customer");
        customer.setRequired(true);
        customer.addValueChangeListener(change -> contactsOf(change.getValue()));
        contact.setLabel(getTranslation("quotes.editor.contact"));
        contact.setId("editor-contact");
        contact.setEmptySelectionAllowed(true);
        contact.setItemLabelGenerator(option -> option == null ? "" : option.name());
        reference.setLabel(getTranslation("quotes.reference"));
        reference.setId("editor-reference");
        reference.setMaxLength(100);
        quoteDate.setLabel(getTranslation("quotes.date"));
        quoteDate.setId("editor-date");
        quoteDate.setRequired(true);
        validUntil.setLabel(getTranslation("quotes.valid-until"));
        validUntil.setId("editor-valid-until");
        quoteDate.addValueChangeListener(change -> validUntil.setMin(change.getValue()));
        paymentTerm.setLabel(getTranslation("quotes.payment-term"));
        paymentTerm.setId("editor-payment-term");
        List<PaymentTerm> terms = editing.paymentTerms();
        paymentTerm.setItems(terms);
        paymentTerm.setItemLabelGenerator(term -> term == null ? "" : term.label(getLocale().getLanguage()));
        requiresSignature.setLabel(getTranslation("quotes.editor.requires-signature"));
        requiresSignature.setId("editor-requires-signature");
        requiresPayment.setLabel(getTranslation("quotes.editor.requires-payment"));
        requiresPayment.setId("editor-requires-payment");
        prepaymentPercent.setLabel(getTranslation("quotes.prepayment"));
        prepaymentPercent.setId("editor-prepayment");
        prepaymentPercent.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        requiresPayment.addValueChangeListener(change -> prepaymentPercent.setEnabled(change.getValue() && isEditable()));
        note.setLabel(getTranslation("quotes.editor.note"));
        note.setId("editor-note");
        note.setMaxLength(5000);
        linesEditor = new LinesEditor(Formats.EURO, false, editing.defaultTaxRate());
        linesEditor.setId("editor-lines");
        FormLayout form = new FormLayout(customer, contact, reference, quoteDate, validUntil, paymentTerm,
                requiresSignature, requiresPayment, prepaymentPercent, note);
        form.setColspan(note, 2);
        actions.addClassName("document-actions");
        page.actions(actions).content(form, new H3(getTranslation("quotes.editor.lines")), linesEditor, footer);
        add(page);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if ("new".equals(routeParameter(event))) {
            quote = null;
            show(editing.newDraft());
            return;
        }
        super.beforeEnter(event);
    }

    @Override
    protected Optional<Quote> find(String number) {
        return quotes.find(Audience.STAFF, PortalScope.staff(), number);
    }

    @Override
    protected void show(Quote found) {
        quote = found;
        show(editing.draftOf(quote));
    }

    private void show(QuoteDraft value) {
        draft = value;
        page.breadcrumbs(getTranslation("nav.staff-quotes"), "staff/quotes", getPageTitle(),
                        quote == null ? "new" : quote.number())
                .title(getPageTitle(), quote == null ? new Component[0] : new Component[] {QuoteLabels.of(quote.status())});
        customer.setValue(quote == null ? null : new ContactOption(quote.customerId(), quote.customerName()));
        contact.setValue(contact.getListDataView().getItems().filter(option -> option != null
                && Long.valueOf(option.id()).equals(value.contactId())).findFirst().orElse(null));
        reference.setValue(value.reference() == null ? "" : value.reference());
        quoteDate.setValue(value.quoteDate());
        validUntil.setValue(value.validUntil());
        paymentTerm.setValue(paymentTerm.getListDataView().getItems()
                .filter(term -> Long.valueOf(term.id()).equals(value.paymentTermId())).findFirst().orElse(null));
        requiresSignature.setValue(value.requiresSignature());
        requiresPayment.setValue(value.requiresPayment());
        prepaymentPercent.setValue(value.prepaymentPercent());
        note.setValue(value.note() == null ? "" : value.note());
        linesEditor.setLines(value.lines());
        boolean editable = isEditable();
        customer.setReadOnly(!editable);
        contact.setReadOnly(!editable);
        reference.setReadOnly(!editable);
        quoteDate.setReadOnly(!editable);
        validUntil.setReadOnly(!editable);
        paymentTerm.setReadOnly(!editable);
        requiresSignature.setReadOnly(!editable);
        requiresPayment.setReadOnly(!editable);
        note.setReadOnly(!editable);
        prepaymentPercent.setReadOnly(!editable);
        prepaymentPercent.setEnabled(value.requiresPayment());
        linesEditor.setReadOnly(!editable);
        showActions();
        footer.removeAll();
        if (quote != null) {
            history.ifAvailable(section -> footer.add(section.create(quote.ref(), false)));
        }
    }

    private void showActions() {
        actions.removeAll();
        if (isEditable()) {
            Button save = new Button(getTranslation("quotes.editor.save"), VaadinIcon.CHECK.create(), click -> save());
            save.setId("editor-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(save);
            if (quote != null) {
                Button send = new Button(getTranslation("quotes.editor.send"), VaadinIcon.PAPERPLANE.create(), click -> send());
                send.setId("editor-send");
                send.setDisableOnClick(true);
                actions.add(send);
            }
        }
        if (quote != null && quote.status() == QuoteStatus.OPEN || quote != null && quote.status() == QuoteStatus.EXPIRED) {
            Button toDraft = new Button(getTranslation("quotes.editor.back-to-draft"), VaadinIcon.ARROW_BACKWARD.create(),
                    click -> backToDraft());
            toDraft.setId("editor-back-to-draft");
            actions.add(toDraft);
        }
        if (quote != null) {
            Button preview = new Button(getTranslation("quotes.editor.preview"), VaadinIcon.EYE.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate("quotes/" + quote.number())));
            preview.setId("editor-preview");
            preview.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(preview);
        }
    }

    private boolean isEditable() {
        return quote == null || quote.status() == QuoteStatus.DRAFT;
    }

    private void contactsOf(ContactOption company) {
        contact.setItems(company == null ? List.of() : contacts.persons(company.id()).stream()
                .map(person -> new ContactOption(person.id(), person.name())).toList());
        contact.setValue(null);
    }

    private QuoteDraft formValue(List<DocumentLine> lines) {
        return new QuoteDraft(draft.id(), draft.version(), customer.getValue() == null ? null : customer.getValue().id(),
                contact.getValue() == null ? null : contact.getValue().id(), reference.getValue(), quoteDate.getValue(),
                validUntil.getValue(), paymentTerm.getValue() == null ? null : paymentTerm.getValue().id(),
                requiresSignature.getValue(), requiresPayment.getValue(), prepaymentPercent.getValue(), note.getValue(), lines);
    }

    private void save() {
        List<DocumentLine> lines = linesEditor.validLines();
        if (lines == null) {
            return;
        }
        try {
            String number = editing.save(formValue(lines), currentUser.require().id());
            Feedback.success(getTranslation("quotes.editor.saved", number));
            reopen(number);
        } catch (RefusedException refusal) {
            Feedback.refused(refusal);
        }
    }

    private void send() {
        if (Feedback.attempt(() -> editing.send(quote.id(), currentUser.require().id()))) {
            Feedback.success(getTranslation("quotes.editor.sent", quote.number()));
        }
        reopen(quote.number());
    }

    private void backToDraft() {
        if (Feedback.attempt(() -> editing.backToDraft(quote.id(), currentUser.require().id()))) {
            Feedback.success(getTranslation("quotes.editor.drafted", quote.number()));
        }
        reopen(quote.number());
    }

    private void reopen(String number) {
        quotes.find(Audience.STAFF, PortalScope.staff(), number).ifPresent(fresh -> {
            quote = fresh;
            show(editing.draftOf(fresh));
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "staff/quotes/" + number));
        });
    }

    Quote quote() {
        return quote;
    }

    @Override
    public String getPageTitle() {
        return quote == null ? getTranslation("quotes.new") : getTranslation("quotes.detail.title", quote.number());
    }
}
