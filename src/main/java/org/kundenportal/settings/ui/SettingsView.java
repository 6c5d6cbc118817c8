package org.kundenportal.settings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.settings.CompanyProfile;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.ui.UnsavedChanges;
import org.kundenportal.settings.domain.CompanyLogo;
import org.kundenportal.settings.domain.Iban;
import org.kundenportal.settings.domain.PortalSettings;
import org.kundenportal.settings.domain.SalesSettings;
import org.kundenportal.settings.domain.SalesSettingsService;
import org.kundenportal.settings.domain.SettingsProblem;
import org.kundenportal.settings.domain.SettingsService;

/**
 * The admin's settings: password reset and link lifetimes, the selling company as documents and mails show it,
 * its bank account and logo. Nothing is saved until every value is valid; then all are saved at once.
 */
@Route("staff/settings")
@Menu(order = 2040, icon = "vaadin:cog-o", title = "nav.staff-settings")
@RolesAllowed(Roles.ADMIN)
public class SettingsView extends Main implements HasDynamicTitle, BeforeLeaveObserver {

    private final SettingsService service;
    private final CurrentUser currentUser;
    private final Map<SettingKey, HasValidation> fields = new EnumMap<>(SettingKey.class);
    private final Checkbox passwordReset = new Checkbox();
    private final IntegerField invitationHours = hours(SettingKey.INVITATION_LINK_HOURS, "settings.invitation-hours",
            SettingsService.MAX_INVITATION_LINK_HOURS);
    private final IntegerField resetHours = hours(SettingKey.RESET_LINK_HOURS, "settings.reset-hours",
            SettingsService.MAX_RESET_LINK_HOURS);
    private final TextField name = text(SettingKey.COMPANY_NAME, "settings.company.name", 200);
    private final TextField street = text(SettingKey.COMPANY_STREET, "settings.company.street", 200);
    private final TextField zip = text(SettingKey.COMPANY_ZIP, "settings.company.zip", 20);
    private final TextField city = text(SettingKey.COMPANY_CITY, "settings.company.city", 100);
    private final ComboBox<String> country = new ComboBox<>();
    private final TextField vatId = text(SettingKey.COMPANY_VAT_ID, "settings.company.vat-id", 30);
    private final TextField taxNumber = text(SettingKey.COMPANY_TAX_NUMBER, "settings.company.tax-number", 30);
    private final TextField email = text(SettingKey.COMPANY_EMAIL, "settings.company.email", 254);
    private final TextField phone = text(SettingKey.COMPANY_PHONE, "settings.company.phone", 50);
    private final TextField bankName = text(SettingKey.COMPANY_BANK_NAME, "settings.company.bank-name", 100);
    private final TextField iban = text(SettingKey.COMPANY_IBAN, "settings.company.iban", 50);
    private final TextField bic = text(SettingKey.COMPANY_BIC, "settings.company.bic", 20);
    private final TextField creditorId = text(SettingKey.COMPANY_CREDITOR_ID, "settings.company.creditor-id", 40);
    private final IntegerField validityDays = new IntegerField(getTranslation("settings.sales.validity-days"));
    private final Checkbox requiresSignature = new Checkbox(getTranslation("settings.sales.requires-signature"));
    private final Checkbox requiresPayment = new Checkbox(getTranslation("settings.sales.requires-payment"));
    private final IntegerField prepaymentPercent = new IntegerField(getTranslation("settings.sales.prepayment-percent"));
    private final Select<String> paymentTerm = new Select<>();
    private final BigDecimalField taxRate = new BigDecimalField(getTranslation("settings.sales.tax-rate"));
    private final SalesSettingsService sales;
    private SalesSettings savedSales;
    private final Image logoPreview = new Image();
    private final Span noLogo = new Span();
    private final Span logoError = new Span();
    private final Button removeLogo = new Button();
    private String logo = "";
    private PortalSettings saved;

    public SettingsView(SettingsService service, SalesSettingsService sales, CurrentUser currentUser) {
        this.service = service;
        this.sales = sales;
        this.currentUser = currentUser;
        addClassNames("list-view", "settings-view");

        passwordReset.setId("settings-password-reset");
        passwordReset.setLabel(getTranslation("settings.password-reset"));
        passwordReset.setHelperText(getTranslation("settings.password-reset.help"));
        country.setLabel(getTranslation("settings.company.country"));
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(this::countryName, String.CASE_INSENSITIVE_ORDER)).toList());
        country.setItemLabelGenerator(code -> countryName(code) + " (" + code + ")");
        country.setClearButtonVisible(true);
        register(SettingKey.COMPANY_COUNTRY, country);
        iban.setHelperText(getTranslation("settings.company.iban.help"));
        creditorId.setHelperText(getTranslation("settings.company.creditor-id.help"));

        FormLayout security = new FormLayout(passwordReset, invitationHours, resetHours);
        security.setColspan(passwordReset, 2);
        FormLayout company = new FormLayout(name, street, zip, city, country, vatId, taxNumber, email, phone);
        company.setColspan(name, 2);
        FormLayout bank = new FormLayout(bankName, iban, bic, creditorId);
        bank.setColspan(bankName, 2);

        Button save = new Button(getTranslation("settings.save"), VaadinIcon.CHECK.create(), click -> save());
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button(getTranslation("settings.discard"), click -> {
            show(service.load());
            showSales(sales.load());
        });
        discard.setId("settings-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(save, discard);
        actions.addClassName("settings-actions");

        Anchor carriers = new Anchor("staff/settings/carriers", getTranslation("orders.carriers.settings-link"));
        carriers.setId("settings-carriers-link");
        Anchor webhooks = new Anchor("staff/settings/webhooks", getTranslation("webhooks.settings-link"));
        webhooks.setId("settings-webhooks-link");
        Anchor apiClients = new Anchor("staff/settings/api-clients", getTranslation("api-clients.link"));
        apiClients.setId("settings-api-clients-link");
        add(new H1(getTranslation("nav.staff-settings")), new Div(carriers), new Div(apiClients), new Div(webhooks),
                section("settings.section.security", security),
                section("settings.section.company", new Paragraph(getTranslation("settings.section.company.help")), company),
                section("settings.section.bank", bank,
                        new Anchor("/staff/settings/payments", getTranslation("invoices.providers.link"))),
                section("settings.section.logo", logoEditor()),
                section("settings.section.sales", salesForm()),
                actions);
        show(service.load());
        showSales(sales.load());
    }

    private Component salesForm() {
        register(SettingKey.QUOTE_VALIDITY_DAYS, validityDays);
        validityDays.setMin(1);
        validityDays.setMax(SalesSettingsService.MAX_VALIDITY_DAYS);
        validityDays.setSuffixComponent(new Span(getTranslation("settings.sales.days")));
        requiresSignature.setId("settings-sales-requires-signature");
        requiresPayment.setId("settings-sales-requires-payment");
        register(SettingKey.QUOTE_PREPAYMENT_PERCENT, prepaymentPercent);
        prepaymentPercent.setMin(1);
        prepaymentPercent.setMax(100);
        prepaymentPercent.setSuffixComponent(new Span("%"));
        paymentTerm.setLabel(getTranslation("settings.sales.payment-term"));
        Map<String, String> termLabels = sales.paymentTermLabels(getLocale().getLanguage());
        paymentTerm.setItems(termLabels.keySet());
        paymentTerm.setItemLabelGenerator(code -> code == null ? "" : termLabels.getOrDefault(code, code));
        register(SettingKey.DEFAULT_PAYMENT_TERM, paymentTerm);
        register(SettingKey.DEFAULT_TAX_RATE, taxRate);
        taxRate.setSuffixComponent(new Span("%"));
        FormLayout form = new FormLayout(validityDays, paymentTerm, requiresSignature, requiresPayment, prepaymentPercent,
                taxRate);
        return new Div(new Paragraph(getTranslation("settings.section.sales.help")), form);
    }

    private void showSales(SalesSettings value) {
        savedSales = value;
        validityDays.setValue(value.quoteValidityDays());
        requiresSignature.setValue(value.requiresSignature());
        requiresPayment.setValue(value.requiresPayment());
        prepaymentPercent.setValue(value.prepaymentPercent());
        paymentTerm.setValue(paymentTerm.getListDataView().getItems().anyMatch(value.paymentTermCode()::equals)
                ? value.paymentTermCode() : null);
        taxRate.setValue(value.defaultTaxRate());
    }

    private SalesSettings salesValue() {
        return new SalesSettings(validityDays.getValue(), requiresSignature.getValue(), requiresPayment.getValue(),
                prepaymentPercent.getValue(), paymentTerm.getValue(), taxRate.getValue());
    }

    private Component logoEditor() {
        logoPreview.setId("settings-logo-preview");
        logoPreview.addClassName("settings-logo-preview");
        logoPreview.setAlt(getTranslation("settings.logo.preview"));
        noLogo.setText(getTranslation("settings.logo.none"));
        noLogo.addClassName("settings-logo-none");
        logoError.setId("settings-logo-error");
        logoError.addClassName("settings-logo-error");
        logoError.setVisible(false);
        removeLogo.setText(getTranslation("settings.logo.remove"));
        removeLogo.setId("settings-logo-remove");
        removeLogo.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        removeLogo.addClickListener(click -> setLogo(""));

        InMemoryUploadHandler handler = new InMemoryUploadHandler((metadata, content) -> uploaded(content)) {
            // the browser refuses larger files already; this bounds what a forged request can make us hold
            @Override
            public long getFileSizeMax() {
                return 2L * CompanyLogo.MAX_BYTES;
            }
        };
        Upload upload = new Upload(handler);
        upload.setId("settings-logo-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CompanyLogo.MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(rejected -> showLogoError(getTranslation("settings.logo.rejected")));
        upload.addSucceededListener(done -> upload.clearFileList());

        Div preview = new Div(logoPreview, noLogo);
        preview.addClassName("settings-logo-frame");
        return new Div(new Paragraph(getTranslation("settings.logo.help")), preview, removeLogo, upload, logoError);
    }

    private void uploaded(byte[] content) {
        Optional<CompanyLogo.Problem> problem = CompanyLogo.check(content);
        if (problem.isPresent()) {
            showLogoError(getTranslation(problem.get().messageKey()));
        } else {
            setLogo(CompanyLogo.dataUrl(content));
        }
    }

    private void setLogo(String dataUrl) {
        logo = dataUrl;
        logoError.setVisible(false);
        logoPreview.setSrc(dataUrl);
        logoPreview.setVisible(!dataUrl.isEmpty());
        noLogo.setVisible(dataUrl.isEmpty());
        removeLogo.setVisible(!dataUrl.isEmpty());
    }

    private void showLogoError(String message) {
        logoError.setText(message);
        logoError.setVisible(true);
    }

    private void show(PortalSettings settings) {
        saved = settings;
        clearProblems();
        passwordReset.setValue(settings.passwordResetEnabled());
        invitationHours.setValue(settings.invitationLinkHours());
        resetHours.setValue(settings.resetLinkHours());
        CompanyProfile company = settings.company();
        name.setValue(company.name());
        street.setValue(company.street());
        zip.setValue(company.zip());
        city.setValue(company.city());
        country.setValue(company.country().isEmpty() ? null : company.country());
        vatId.setValue(company.vatId());
        taxNumber.setValue(company.taxNumber());
        email.setValue(company.email());
        phone.setValue(company.phone());
        bankName.setValue(company.bankName());
        iban.setValue(Iban.grouped(company.iban()));
        bic.setValue(company.bic());
        creditorId.setValue(company.creditorId());
        setLogo(settings.logo());
    }

    private PortalSettings formValue() {
        CompanyProfile company = new CompanyProfile(name.getValue(), street.getValue(), zip.getValue(), city.getValue(),
                country.getValue() == null ? "" : country.getValue(), vatId.getValue(), email.getValue(), phone.getValue(),
                bankName.getValue(), iban.getValue(), bic.getValue(), taxNumber.getValue(), creditorId.getValue());
        return new PortalSettings(passwordReset.getValue(), invitationHours.getValue(), resetHours.getValue(), company, logo);
    }

    private void save() {
        clearProblems();
        // nothing is saved unless both parts are valid
        List<SettingsProblem> problems = new ArrayList<>(service.validate(formValue()));
        problems.addAll(sales.validate(salesValue()));
        if (problems.isEmpty()) {
            problems.addAll(service.save(formValue(), currentUser.require().id()));
            problems.addAll(sales.save(salesValue(), currentUser.require().id()));
        }
        if (problems.isEmpty()) {
            show(service.load());
            showSales(sales.load());
            Notification.show(getTranslation("settings.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return;
        }
        for (SettingsProblem problem : problems) {
            String message = getTranslation(problem.messageKey(), problem.arguments().toArray());
            HasValidation field = fields.get(problem.key());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                showLogoError(message);
            }
        }
        Notification.show(getTranslation("settings.invalid")).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void clearProblems() {
        fields.values().forEach(field -> field.setInvalid(false));
        logoError.setVisible(false);
    }

    private boolean hasUnsavedChanges() {
        return saved != null && !service.normalized(formValue()).equals(service.normalized(saved))
                || savedSales != null && !salesValue().equals(savedSales);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (hasUnsavedChanges()) {
            UnsavedChanges.confirmLeave(event);
        }
    }

    private TextField text(SettingKey key, String labelKey, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        register(key, field);
        return field;
    }

    private IntegerField hours(SettingKey key, String labelKey, int max) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setMin(1);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setHelperText(getTranslation("settings.hours.help", max));
        register(key, field);
        return field;
    }

    private <F extends Component & HasValue<?, ?> & HasValidation> void register(SettingKey key, F field) {
        field.setId("settings-" + key.key().replace('.', '-'));
        field.setManualValidation(true);
        field.addValueChangeListener(change -> field.setInvalid(false));
        fields.put(key, field);
    }

    private String countryName(String code) {
        return Locale.of("", code).getDisplayCountry(getLocale());
    }

    private Section section(String headingKey, Component... content) {
        Section section = new Section(new H3(getTranslation(headingKey)));
        section.add(content);
        section.addClassName("settings-section");
        return section;
    }

    private UploadI18N uploadTexts() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("settings.logo.choose")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("settings.logo.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("settings.logo.too-large"))
                        .setIncorrectFileType(getTranslation("settings.logo.not-an-image"))
                        .setTooManyFiles(getTranslation("settings.logo.rejected")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staff-settings");
    }
}
