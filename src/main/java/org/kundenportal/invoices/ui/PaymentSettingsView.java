package org.kundenportal.invoices.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.invoices.domain.payment.PaymentProviders.ProviderSetting;
import org.kundenportal.invoices.domain.payment.PaymentProviders;

/**
 * The admin switches payment providers on and off and names them for customers. A provider that lacks its
 * configuration (our IBAN for bank transfer, the environment variables for Stripe and PayPal) cannot be switched on;
 * the page names what is missing.
 */
@Route("staff/settings/payments")
@RolesAllowed(Roles.ADMIN)
public class PaymentSettingsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PaymentProviders providers;
    private final CurrentUser currentUser;

    public PaymentSettingsView(PaymentProviders providers, CurrentUser currentUser) {
        this.providers = providers;
        this.currentUser = currentUser;
        addClassNames("list-view", "payment-settings-view");
    }

    /** Read fresh on every visit: the company IBAN may have changed on the settings page meanwhile. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("invoices.providers.title")), new Paragraph(getTranslation("invoices.providers.help")));
        providers.settings().forEach(setting -> add(section(setting)));
        add(partialPayment());
        add(new Anchor("/staff/settings", getTranslation("invoices.providers.back")));
    }

    private Section section(ProviderSetting setting) {
        String code = setting.provider().code();
        Section section = new Section(new H3(getTranslation("invoices.provider." + code)));
        section.addClassNames("settings-section", "payment-provider-" + code.toLowerCase());
        Paragraph state = new Paragraph(setting.provider().configured()
                ? getTranslation("invoices.providers.configured")
                : getTranslation(setting.provider().notConfiguredKey(),
                        String.join(", ", setting.provider().missingSettings())));
        state.addClassName(setting.provider().configured() ? "provider-configured" : "provider-not-configured");

        Checkbox enabled = new Checkbox(getTranslation("invoices.providers.enabled"), setting.enabled());
        enabled.addClassName("provider-enabled");
        TextField name = new TextField(getTranslation("invoices.providers.display-name"));
        name.setValue(setting.displayName());
        name.setPlaceholder(getTranslation("invoices.provider." + code));
        name.setMaxLength(100);
        name.addClassName("provider-display-name");
        Button save = new Button(getTranslation("invoices.providers.save"), click -> {
            try {
                providers.save(code, enabled.getValue(), name.getValue(), currentUser.require().id());
                Feedback.success(getTranslation("invoices.providers.saved"));
                show();
            } catch (RefusedException refused) {
                Feedback.refused(refused);
                enabled.setValue(false);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("provider-save");
        HorizontalLayout form = new HorizontalLayout(enabled, name, save);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        section.add(state, form);
        return section;
    }

    private Section partialPayment() {
        Section section = new Section(new H3(getTranslation("invoices.providers.partial.title")));
        section.addClassNames("settings-section", "payment-partial");
        Checkbox allowed = new Checkbox(getTranslation("invoices.providers.partial.allowed"),
                providers.partialPaymentAllowed());
        allowed.addClassName("partial-allowed");
        Button save = new Button(getTranslation("invoices.providers.save"), click -> {
            providers.savePartialPaymentAllowed(allowed.getValue(), currentUser.require().id());
            Feedback.success(getTranslation("invoices.providers.saved"));
        });
        save.addClassName("partial-save");
        HorizontalLayout form = new HorizontalLayout(allowed, save);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        section.add(new Paragraph(getTranslation("invoices.providers.partial.help")), form);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invoices.providers.title");
    }
}
