package org.kundenportal.contacts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.ui.grid.ListCard;
import org.kundenportal.base.ui.grid.ResponsiveGrid;
import org.kundenportal.contacts.domain.CompanyEInvoice;
import org.kundenportal.contacts.domain.ContactAddress;
import org.kundenportal.contacts.domain.ContactDraft;
import org.kundenportal.contacts.domain.ContactKind;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.contacts.domain.ContactRow;
import org.kundenportal.contacts.domain.ContactService;
import org.kundenportal.contacts.domain.InvalidContactException;
import org.kundenportal.mandates.domain.SepaMandateService;
import org.kundenportal.mandates.ui.MandatePanel;
import org.kundenportal.users.ui.PortalStatusBadge;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * Creates or edits a company or a person. The service validates; its problems show on the fields. A saved
 * company lists its persons and addresses, and any contact can open its portal access from here.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class ContactDialog extends Dialog {

    private final ContactRepository contacts;
    private final ContactService service;
    private final SepaMandateService mandates;
    private final CurrentUser currentUser;
    private final ObjectProvider<ContactDialog> dialogs;
    private final ObjectProvider<ContactAccessDialog> accessDialogs;

    private final TextField name = new TextField();
    private final ComboBox<ContactOption> company = new ComboBox<>();
    private final TextField jobTitle = new TextField();
    private final TextField email = new TextField();
    private final TextField phone = new TextField();
    private final TextField mobile = new TextField();
    private final TextField street = new TextField();
    private final TextField zip = new TextField();
    private final TextField city = new TextField();
    private final TextField country = new TextField();
    private final TextField vatId = new TextField();
    private final TextField buyerReference = new TextField();
    private final Checkbox wantsXRechnung = new Checkbox();
    private final Select<String> language = new Select<>();
    private final Checkbox customer = new Checkbox();
    private final Checkbox supplier = new Checkbox();
    private final Checkbox partner = new Checkbox();
    private final ComboBox<ContactOption> partnerOf = new ComboBox<>();
    private final Paragraph formError = new Paragraph();
    private final Div flags = new Div();

    private ContactDraft draft;
    private final Div childrenHolder = new Div();
    private Runnable onChange = () -> { };

    public ContactDialog(ContactRepository contacts, ContactService service, CurrentUser currentUser,
                         ObjectProvider<ContactDialog> dialogs, ObjectProvider<ContactAccessDialog> accessDialogs,
                         SepaMandateService mandates) {
        this.mandates = mandates;
        this.contacts = contacts;
        this.service = service;
        this.currentUser = currentUser;
        this.dialogs = dialogs;
        this.accessDialogs = accessDialogs;
        addClassName("contact-dialog");
        setWidth("min(860px, 96vw)");
        setCloseOnOutsideClick(false);
    }

    /** Opens the dialog for the contact; {@code onChange} runs after every save or access change. */
    public void open(ContactDraft contact, Runnable onChange) {
        this.draft = contact;
        this.onChange = onChange;
        boolean company = contact.kind() == ContactKind.COMPANY;
        setHeaderTitle(getTranslation("contacts.dialog." + (contact.isNew() ? "new-" : "edit-") + (company ? "company" : "person")));
        add(form(contact));
        if (company && !contact.isNew()) {
            // registered and revoked on the signature request it came from; here to know how the company pays
            mandates.active(contact.id()).ifPresent(mandate -> add(new H3(getTranslation("mandates.company.title")),
                    new MandatePanel(mandate)));
            childrenHolder.add(children(contact.id()));
            add(childrenHolder);
        }
        footer(contact);
        open();
        name.focus();
    }

    private Component form(ContactDraft contact) {
        configure(name, "contacts.name", 200);
        name.setRequiredIndicatorVisible(true);
        configure(jobTitle, "contacts.job-title", 100);
        configure(email, "contacts.email", 254);
        configure(phone, "contacts.phone", 50);
        configure(mobile, "contacts.mobile", 50);
        configure(street, "contacts.street", 200);
        configure(zip, "contacts.zip", 20);
        configure(city, "contacts.city", 100);
        configure(country, "contacts.country", 2);
        configure(vatId, "contacts.vat-id", 30);
        configure(buyerReference, "contacts.buyer-reference", 60);
        buyerReference.setHelperText(getTranslation("contacts.buyer-reference.helper"));
        buyerReference.addClassName("contact-buyer-reference");
        wantsXRechnung.setLabel(getTranslation("contacts.wants-xrechnung"));
        wantsXRechnung.setHelperText(getTranslation("contacts.wants-xrechnung.helper"));
        wantsXRechnung.addClassName("contact-wants-xrechnung");
        language.setLabel(getTranslation("contacts.language"));
        language.setItems(ContactService.LANGUAGES);
        language.setItemLabelGenerator(code -> getTranslation("language." + code));

        company.setLabel(getTranslation("contacts.company"));
        company.setHelperText(getTranslation("contacts.company.helper"));
        company.setItems(query -> contacts.companies(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        company.setItemLabelGenerator(ContactOption::name);
        company.setClearButtonVisible(true);
        company.addValueChangeListener(change -> flags.setVisible(change.getValue() == null));

        customer.setLabel(getTranslation("contacts.customer"));
        supplier.setLabel(getTranslation("contacts.supplier"));
        partner.setLabel(getTranslation("contacts.partner"));
        partnerOf.setLabel(getTranslation("contacts.partner-of"));
        partnerOf.setHelperText(getTranslation("contacts.partner-of.helper"));
        partnerOf.setItems(query -> contacts.partners(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        partnerOf.setItemLabelGenerator(ContactOption::name);
        partnerOf.setClearButtonVisible(true);
        partnerOf.setWidth("min(24rem, 100%)");
        customer.addValueChangeListener(change -> partnerOf.setEnabled(change.getValue()));

        name.setValue(value(contact.name()));
        jobTitle.setValue(value(contact.jobTitle()));
        email.setValue(value(contact.email()));
        phone.setValue(value(contact.phone()));
        mobile.setValue(value(contact.mobile()));
        street.setValue(value(contact.street()));
        zip.setValue(value(contact.zip()));
        city.setValue(value(contact.city()));
        country.setValue(value(contact.countryCode()));
        vatId.setValue(value(contact.vatId()));
        CompanyEInvoice eInvoice = contact.kind() == ContactKind.COMPANY ? service.eInvoice(contact.id()) : CompanyEInvoice.NONE;
        buyerReference.setValue(eInvoice.buyerReference());
        wantsXRechnung.setValue(eInvoice.wantsXRechnung());
        language.setValue(ContactService.LANGUAGES.contains(contact.language()) ? contact.language() : "de");
        contacts.option(contact.companyId()).ifPresent(company::setValue);
        customer.setValue(contact.customer());
        supplier.setValue(contact.supplier());
        partner.setValue(contact.partner());
        partnerOf.setEnabled(contact.customer());
        contacts.option(contact.partnerId()).ifPresent(partnerOf::setValue);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        form.add(name);
        if (contact.kind() == ContactKind.PERSON) {
            form.add(company, jobTitle);
        }
        form.add(email, phone, mobile, street, zip, city, country, vatId, language);
        if (contact.kind() == ContactKind.COMPANY) {
            form.add(buyerReference, wantsXRechnung);
        }
        HorizontalLayout flagBoxes = new HorizontalLayout(customer, supplier, partner);
        flags.removeAll();
        flags.add(flagBoxes, partnerOf);
        flags.addClassName("contact-flags");
        flags.setVisible(contact.carriesFlags());
        form.add(flags, 2);
        formError.addClassName("form-error");
        formError.setVisible(false);
        return new Div(formError, form);
    }

    private void configure(TextField field, String labelKey, int maxLength) {
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(maxLength);
    }

    private Component children(long companyId) {
        Div section = new Div();
        section.addClassName("contact-children");
        List<ContactRow> persons = contacts.persons(companyId);
        Grid<ContactRow> grid = new Grid<>();
        grid.addColumn(ContactRow::name).setHeader(getTranslation("contacts.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(ContactRow::jobTitle).setHeader(getTranslation("contacts.job-title")).setAutoWidth(true);
        grid.addColumn(ContactRow::email).setHeader(getTranslation("contacts.email")).setAutoWidth(true);
        grid.addComponentColumn(row -> new PortalStatusBadge(row.portalStatus())).setHeader(getTranslation("contacts.portal"))
                .setAutoWidth(true);
        grid.setItems(persons);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("contacts.children.no-persons"));
        ResponsiveGrid.of(grid, ListCard.<ContactRow>titled(ContactRow::name).meta(ContactRow::jobTitle, ContactRow::email)
                .badge(row -> new PortalStatusBadge(row.portalStatus())));
        grid.addItemClickListener(click -> contacts.find(click.getItem().id())
                .ifPresent(person -> dialogs.getObject().open(person, this::childChanged)));
        Button addPerson = new Button(getTranslation("contacts.children.add-person"), VaadinIcon.PLUS.create(),
                click -> dialogs.getObject().open(ContactDraft.newPerson(companyId), this::childChanged));
        addPerson.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        section.add(new H3(getTranslation("contacts.children")), grid, addPerson);
        List<ContactAddress> addresses = contacts.addresses(companyId);
        section.add(new H3(getTranslation("contacts.addresses")));
        if (addresses.isEmpty()) {
            section.add(new Paragraph(getTranslation("contacts.addresses.none")));
        }
        for (ContactAddress address : addresses) {
            Paragraph line = new Paragraph(getTranslation("contacts.address.type." + address.type().toLowerCase()) + ": "
                    + String.join(", ", Stream.of(address.name(), address.street(),
                            join(address.zip(), address.city()), address.countryCode())
                    .filter(part -> part != null && !part.isBlank()).toList()));
            line.addClassName("contact-address");
            section.add(line);
        }
        return section;
    }

    private void childChanged() {
        onChange.run();
        childrenHolder.removeAll();
        childrenHolder.add(children(draft.id()));
    }

    private void footer(ContactDraft contact) {
        Button cancel = new Button(getTranslation("contacts.cancel"), click -> close());
        Button save = new Button(getTranslation("contacts.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().removeAll();
        if (!contact.isNew()) {
            Button access = new Button(getTranslation("contacts.grant-access"), VaadinIcon.KEY.create(),
                    click -> accessDialogs.getObject().open(contact.id(), onChange));
            access.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            access.addClassName("footer-start");
            getFooter().add(access);
        }
        getFooter().add(cancel, save);
    }

    private void save() {
        clearProblems();
        ContactOption chosenCompany = company.getValue();
        ContactOption chosenPartner = partnerOf.getValue();
        ContactDraft edited = new ContactDraft(draft.id(), draft.version(), draft.kind(),
                draft.kind() == ContactKind.PERSON && chosenCompany != null ? chosenCompany.id() : null,
                name.getValue(), email.getValue(), phone.getValue(), mobile.getValue(), jobTitle.getValue(),
                street.getValue(), zip.getValue(), city.getValue(), country.getValue(), vatId.getValue(),
                language.getValue(), customer.getValue(), supplier.getValue(), partner.getValue(),
                chosenPartner != null && customer.getValue() ? chosenPartner.id() : null);
        try {
            service.save(currentUser.require(), edited,
                    new CompanyEInvoice(buyerReference.getValue(), wantsXRechnung.getValue()));
        } catch (InvalidContactException invalid) {
            showProblems(invalid.problems());
            return;
        }
        Feedback.success(getTranslation("contacts.saved", edited.name().strip()));
        onChange.run();
        close();
    }

    private void showProblems(List<InvalidContactException.Problem> problems) {
        Map<InvalidContactException.Field, HasValidation> fields = Map.of(
                InvalidContactException.Field.NAME, name,
                InvalidContactException.Field.EMAIL, email,
                InvalidContactException.Field.COMPANY, company,
                InvalidContactException.Field.PARTNER, partnerOf,
                InvalidContactException.Field.LANGUAGE, language,
                InvalidContactException.Field.COUNTRY, country,
                InvalidContactException.Field.BUYER_REFERENCE, buyerReference);
        for (InvalidContactException.Problem problem : problems) {
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                formError.setText(getTranslation(problem.messageKey()));
                formError.setVisible(true);
            } else {
                field.setErrorMessage(getTranslation(problem.messageKey()));
                field.setInvalid(true);
            }
        }
    }

    private void clearProblems() {
        formError.setVisible(false);
        for (HasValidation field : List.<HasValidation>of(name, email, company, partnerOf, language, country,
                buyerReference)) {
            field.setInvalid(false);
        }
    }

    private static String join(String zip, String city) {
        return ((zip == null ? "" : zip) + " " + (city == null ? "" : city)).strip();
    }

    private static String value(String text) {
        return text == null ? "" : text;
    }
}
