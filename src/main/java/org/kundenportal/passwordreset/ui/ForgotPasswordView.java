package org.kundenportal.passwordreset.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.regex.Pattern;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.passwordreset.domain.PasswordResets;
import org.kundenportal.passwordreset.domain.PasswordResets.RequestOutcome;

/**
 * "Forgot password": asks for the email address and always answers the same, so that nobody learns here
 * whether an address has an account.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final PasswordResets resets;
    private final ResetCard card;
    private final EmailField email = new EmailField();
    private final Button send = new Button();

    public ForgotPasswordView(PasswordResets resets, Settings settings) {
        this.resets = resets;
        addClassName("login-view");
        card = new ResetCard(settings);
        add(card);
        email.setId("forgot-password-email");
        email.setLabel(getTranslation("forgot-password.email"));
        email.setRequiredIndicatorVisible(true);
        email.setAutofocus(true);
        email.setWidthFull();
        email.setMaxLength(254);
        email.setManualValidation(true);
        email.addValueChangeListener(change -> email.setInvalid(false));
        send.setText(getTranslation("forgot-password.send"));
        send.addClickListener(click -> send());
        send.setId("forgot-password-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!resets.isEnabled()) {
            card.showUnavailable();
            return;
        }
        email.clear();
        email.setInvalid(false);
        card.show(new H2(getTranslation("forgot-password.title")), new Paragraph(getTranslation("forgot-password.intro")),
                email, send, card.backToLogin());
    }

    private void send() {
        String address = email.getValue().strip();
        if (!EMAIL.matcher(address).matches()) {
            email.setErrorMessage(getTranslation(address.isEmpty() ? "forgot-password.email-required" : "forgot-password.email-invalid"));
            email.setInvalid(true);
            return;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        RequestOutcome outcome = resets.request(address, request == null ? null : request.getRemoteAddr(),
                getLocale().getLanguage());
        switch (outcome.status()) {
            case ACCEPTED -> {
                Paragraph sent = new Paragraph(getTranslation("forgot-password.sent", address));
                sent.setId("forgot-password-sent");
                card.show(new H2(getTranslation("forgot-password.sent.title")), sent,
                        new Paragraph(getTranslation("forgot-password.sent.hint")), card.backToLogin());
            }
            case RATE_LIMITED -> {
                email.setErrorMessage(getTranslation("forgot-password.rate-limited", outcome.minutesToWait()));
                email.setInvalid(true);
            }
            case DISABLED -> card.showUnavailable();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot-password.title");
    }
}
