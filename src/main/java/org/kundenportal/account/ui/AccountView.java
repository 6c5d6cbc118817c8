package org.kundenportal.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.kundenportal.account.domain.AccountDetails;
import org.kundenportal.account.domain.AccountException;
import org.kundenportal.account.domain.AccountService;
import org.kundenportal.account.domain.DetailsChange;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.i18n.UserLanguage;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.users.domain.UserRepository;

/**
 * The user's own details: name, login email (changed only through a confirmation link to the new address),
 * phone, address, language, and the company's legal name and VAT id while no documents fix them.
 */
@Route("account")
@Menu(order = 120, icon = "vaadin:user", title = "nav.account")
@PermitAll
public class AccountView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final String SAVED = "saved";

    /** What the form edits; plain fields, bound with lambdas. */
    static final class Form {
        String name = "";
        String email = "";
        String phone = "";
        String language = "de";
        String street = "";
        String zip = "";
        String city = "";
        String country;
        String companyName = "";
        String vatId = "";
    }

    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final UserRepository users;
    private final UserLanguage userLanguage;

    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final Select<String> language = new Select<>();
    private final TextField street = new TextField();
    private final TextField zip = new TextField();
    private final TextField city = new TextField();
    private final ComboBox<String> country = new ComboBox<>();
    private final TextField companyName = new TextField();
    private final TextField vatId = new TextField();
    private final Div pendingEmail = new Div();
    private final Section addressSection = new Section();
    private final Section companySection = new Section();
    private final Paragraph companyLocked = new Paragraph();
    private final Binder<Form> binder = new Binder<>();
    private AccountDetails details;

    public AccountView(AccountService accounts, CurrentUser currentUser, UserRepository users, UserLanguage userLanguage) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.users = users;
        this.userLanguage = userLanguage;
        addClassName("account-view");

        configureFields();
        bindFields();

        FormLayout personal = form(name, email, phone, language);
        pendingEmail.addClassName("account-pending-email");
        Section personalSection = new Section(new H3(getTranslation("account.details.personal")), personal, pendingEmail);

        addressSection.add(new H3(getTranslation("account.details.address")), form(street, zip, city, country));

        companyLocked.addClassName("account-hint");
        companySection.add(new H3(getTranslation("account.details.company")), form(companyName, vatId), companyLocked);

        Button save = new Button(getTranslation("account.details.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new H1(getTranslation("nav.account")), new AccountNav(), personalSection, addressSection, companySection,
                save);
    }

    private void configureFields() {
        name.setLabel(getTranslation("account.details.name"));
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("account.details.email"));
        email.setMaxLength(254);
        email.setHelperText(getTranslation("account.details.email.helper"));
        phone.setLabel(getTranslation("account.details.phone"));
        phone.setMaxLength(50);
        language.setLabel(getTranslation("account.details.language"));
        language.setItems(AccountService.LANGUAGES);
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
        street.setLabel(getTranslation("account.details.street"));
        street.setMaxLength(200);
        zip.setLabel(getTranslation("account.details.zip"));
        zip.setMaxLength(20);
        city.setLabel(getTranslation("account.details.city"));
        city.setMaxLength(100);
        country.setLabel(getTranslation("account.details.country"));
        country.setClearButtonVisible(true);
        country.setItems(countryCodes());
        country.setItemLabelGenerator(this::countryName);
        companyName.setLabel(getTranslation("account.details.company-name"));
        companyName.setMaxLength(200);
        companyName.setRequiredIndicatorVisible(true);
        vatId.setLabel(getTranslation("account.details.vat-id"));
        vatId.setMaxLength(30);
    }

    private List<String> countryCodes() {
        return Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing(this::countryName)).toList();
    }

    private String countryName(String code) {
        return Locale.of("", code).getDisplayCountry(getLocale());
    }

    private void bindFields() {
        binder.forField(name)
                .withValidator(value -> !value.isBlank() || isNameOnCompany(), getTranslation("account.error.name-required"))
                .bind(form -> form.name, (form, value) -> form.name = value);
        binder.forField(email)
                .asRequired(getTranslation("account.error.email-invalid"))
                .withValidator(AccountService::isValidEmail, getTranslation("account.error.email-invalid"))
                .bind(form -> form.email, (form, value) -> form.email = value);
        binder.forField(phone)
                .withValidator(value -> value.isBlank() || value.strip().matches("[0-9+()/ .\\-]{3,50}"),
                        getTranslation("account.error.phone-invalid"))
                .bind(form -> form.phone, (form, value) -> form.phone = value);
        binder.forField(language).bind(form -> form.language, (form, value) -> form.language = value);
        binder.forField(street).bind(form -> form.street, (form, value) -> form.street = value);
        binder.forField(zip).bind(form -> form.zip, (form, value) -> form.zip = value);
        binder.forField(city).bind(form -> form.city, (form, value) -> form.city = value);
        binder.forField(country).bind(form -> form.country, (form, value) -> form.country = value);
        binder.forField(companyName)
                .withValidator(value -> details == null || details.company() == null || !value.isBlank(),
                        getTranslation("account.error.company-name-required"))
                .bind(form -> form.companyName, (form, value) -> form.companyName = value);
        binder.forField(vatId)
                .withValidator(AccountService::isValidVatId, getTranslation("account.error.vat-id-invalid"))
                .bind(form -> form.vatId, (form, value) -> form.vatId = value);
    }

    private boolean isNameOnCompany() {
        return details != null && details.company() != null && details.company().ownContact();
    }

    private static FormLayout form(com.vaadin.flow.component.Component... fields) {
        FormLayout layout = new FormLayout(fields);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        return layout;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(accounts.details(currentUser.require().id()));
        if (event.getLocation().getQueryParameters().getParameters().containsKey(SAVED)) {
            Notices.success(getTranslation("account.details.saved"));
            UI.getCurrent().getPage().getHistory().replaceState(null, "account");
        }
    }

    private void show(AccountDetails account) {
        details = account;
        Form form = new Form();
        form.name = nullToEmpty(account.name());
        form.email = account.email();
        form.phone = nullToEmpty(account.phone());
        form.language = account.language();
        form.street = nullToEmpty(account.street());
        form.zip = nullToEmpty(account.zip());
        form.city = nullToEmpty(account.city());
        form.country = account.countryCode();
        AccountDetails.Company company = account.company();
        if (company != null) {
            form.companyName = nullToEmpty(company.legalName());
            form.vatId = nullToEmpty(company.vatId());
        }
        binder.readBean(form);

        name.setVisible(!isNameOnCompany());
        phone.setVisible(account.hasContact());
        addressSection.setVisible(account.hasContact());
        companySection.setVisible(company != null);
        boolean companyEditable = company != null && company.editable();
        companyName.setReadOnly(!companyEditable);
        vatId.setReadOnly(!companyEditable);
        companyLocked.setText(getTranslation("account.details.company-locked"));
        companyLocked.setVisible(company != null && !companyEditable);
        showPendingEmail(account);
    }

    private void showPendingEmail(AccountDetails account) {
        pendingEmail.removeAll();
        AccountDetails.PendingEmailChange pending = account.pendingEmailChange();
        pendingEmail.setVisible(pending != null);
        if (pending == null) {
            return;
        }
        Paragraph text = new Paragraph(getTranslation("account.details.email-pending", pending.newEmail(),
                Formats.dateTime(pending.expiresAt(), getLocale()), account.email()));
        Button cancel = new Button(getTranslation("account.details.email-pending.cancel"), click -> {
            accounts.cancelEmailChange(account.userId());
            show(accounts.details(account.userId()));
            Notices.info(getTranslation("account.details.email-pending.cancelled"));
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        pendingEmail.add(VaadinIcon.ENVELOPE_O.create(), text, cancel);
    }

    private void save() {
        Form form = new Form();
        if (!binder.writeBeanIfValid(form)) {
            Notices.error(getTranslation("account.details.check-fields"));
            return;
        }
        long userId = details.userId();
        boolean emailChanges = !Objects.equals(UserRepository.normalizeEmail(form.email), details.email());
        try {
            if (emailChanges) {
                accounts.checkNewEmail(userId, form.email);
            }
            accounts.updateDetails(userId, new DetailsChange(form.name, form.phone, form.street, form.zip, form.city,
                    form.country, form.language, form.companyName, form.vatId));
        } catch (AccountException refused) {
            refuse(refused);
            return;
        }
        AccountDetails before = details;
        AccountDetails after = accounts.details(userId);
        String mailProblem = null;
        if (emailChanges) {
            try {
                accounts.requestEmailChange(userId, form.email);
                after = accounts.details(userId);
            } catch (AccountException refused) {
                mailProblem = getTranslation(refused.messageKey(), refused.arguments());
            }
        }
        if (mailProblem != null) {
            show(after);
            Notices.error(getTranslation("account.details.saved-but", mailProblem));
            return;
        }
        boolean languageChanged = !before.language().equals(after.language());
        boolean nameChanged = !Objects.equals(before.name(), after.name());
        if (languageChanged || nameChanged) {
            // the shell shows the name and the language from the login: a fresh page shows the new ones
            SessionPrincipal.refresh(users, userId);
            UI.getCurrent().getPage().getHistory().replaceState(null, "account?" + SAVED);
            if (languageChanged) {
                userLanguage.switchTo(Locale.forLanguageTag(after.language()));
            } else {
                UI.getCurrent().getPage().reload();
            }
            return;
        }
        show(after);
        Notices.success(getTranslation(emailChanges ? "account.details.saved-email-link" : "account.details.saved",
                form.email.strip()));
    }

    private void refuse(AccountException refused) {
        String message = getTranslation(refused.messageKey(), refused.arguments());
        switch (refused.reason()) {
            case EMAIL_INVALID, EMAIL_TAKEN -> {
                email.setErrorMessage(message);
                email.setInvalid(true);
            }
            case NAME_REQUIRED -> {
                name.setErrorMessage(message);
                name.setInvalid(true);
            }
            default -> {
            }
        }
        Notices.error(message);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.account");
    }
}
