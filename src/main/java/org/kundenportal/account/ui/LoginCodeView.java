package org.kundenportal.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Instant;
import org.kundenportal.account.domain.SecondFactorLogin;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PendingLogin;
import org.kundenportal.base.security.SessionLogin;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.base.ui.LoginView;

/**
 * The second step of a login with two-factor authentication: the password was right, now the code from the
 * authenticator app (or a recovery code). Only this step logs the user in.
 */
@Route(value = PendingLogin.CODE_STEP, autoLayout = false)
@AnonymousAllowed
public class LoginCodeView extends CardPage implements BeforeEnterObserver, HasDynamicTitle {

    private final SecondFactorLogin secondFactor;
    private final SessionLogin sessionLogin;
    private final CurrentUser currentUser;
    private final TextField code = new TextField();

    public LoginCodeView(SecondFactorLogin secondFactor, SessionLogin sessionLogin, CurrentUser currentUser,
                         Settings settings) {
        super(settings.companyProfile().name());
        this.secondFactor = secondFactor;
        this.sessionLogin = sessionLogin;
        this.currentUser = currentUser;

        code.setLabel(getTranslation("account.login-code.code"));
        code.setMaxLength(20);
        code.setWidthFull();
        code.setAutofocus(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Button confirm = new Button(getTranslation("account.login-code.confirm"), click -> submit());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.setWidthFull();
        Button back = new Button(getTranslation("account.login-code.back"), click -> startOver(null));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        show(getTranslation("account.login-code.title"), new Paragraph(getTranslation("account.login-code.intro")),
                code, confirm, new Paragraph(getTranslation("account.login-code.recovery-hint")), back);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo("");
            return;
        }
        PendingLogin pending = pending();
        if (pending == null) {
            event.forwardTo(LoginView.class);
        } else if (pending.expired(Instant.now())) {
            session().removeAttribute(PendingLogin.SESSION_ATTRIBUTE);
            Notices.error(getTranslation("account.login-code.expired"));
            event.forwardTo(LoginView.class);
        }
    }

    private void submit() {
        PendingLogin pending = pending();
        if (pending == null) {
            startOver("account.login-code.expired");
            return;
        }
        SecondFactorLogin.Outcome outcome = secondFactor.submit(pending, code.getValue(), Instant.now());
        if (outcome.next() != null) {
            session().setAttribute(PendingLogin.SESSION_ATTRIBUTE, outcome.next());
        } else {
            session().removeAttribute(PendingLogin.SESSION_ATTRIBUTE);
        }
        switch (outcome.result()) {
            case LOGGED_IN -> {
                sessionLogin.logIn(outcome.user());
                UI.getCurrent().getPage().setLocation(pending.target());
            }
            case WRONG_CODE -> wrong("account.login-code.wrong", outcome.next().codesLeft());
            case CODE_ALREADY_USED -> wrong("account.login-code.used", outcome.next().codesLeft());
            case RECOVERY_CODE_ALREADY_USED -> wrong("account.login-code.recovery-used", outcome.next().codesLeft());
            case TOO_MANY_WRONG_CODES -> startOver("account.login-code.too-many");
            case LOCKED -> startOver("account.login-code.locked");
            case EXPIRED -> startOver("account.login-code.expired");
            case NOT_POSSIBLE -> startOver("account.login-code.not-possible");
        }
    }

    private void wrong(String messageKey, int codesLeft) {
        code.clear();
        code.setErrorMessage(getTranslation(messageKey, codesLeft));
        code.setInvalid(true);
        code.focus();
    }

    /** Drops the pending login and goes back to the password form, saying why when there is a reason. */
    private void startOver(String messageKey) {
        session().removeAttribute(PendingLogin.SESSION_ATTRIBUTE);
        if (messageKey != null) {
            Notices.error(getTranslation(messageKey));
        }
        UI.getCurrent().navigate(LoginView.class);
    }

    private static PendingLogin pending() {
        return session().getAttribute(PendingLogin.SESSION_ATTRIBUTE) instanceof PendingLogin pending ? pending : null;
    }

    private static WrappedSession session() {
        return VaadinSession.getCurrent().getSession();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.login-code.title");
    }
}
