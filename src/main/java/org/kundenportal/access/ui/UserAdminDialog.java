package org.kundenportal.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import org.kundenportal.access.domain.PortalAccessService;
import org.kundenportal.access.domain.UserAdministration;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.users.domain.UserAccount.PortalStatus;
import org.kundenportal.users.domain.UserAccount;
import org.kundenportal.users.domain.UserRepository;

/** An admin's actions on one user: lock or unlock, reset two-factor authentication, send the invitation again. */
class UserAdminDialog extends Dialog {

    private final UserRepository users;
    private final UserAdministration administration;
    private final PortalAccessService access;
    private final PortalUser actor;
    private final long userId;
    private final Runnable onChange;
    private final Div content = new Div();

    UserAdminDialog(UserRepository users, UserAdministration administration, PortalAccessService access,
                    PortalUser actor, long userId, Runnable onChange) {
        this.users = users;
        this.administration = administration;
        this.access = access;
        this.actor = actor;
        this.userId = userId;
        this.onChange = onChange;
        addClassName("user-admin-dialog");
        setWidth("min(560px, 96vw)");
        add(content);
        getFooter().add(new Button(getTranslation("common.close"), click -> close()));
        render();
    }

    private void render() {
        content.removeAll();
        UserAccount user = users.account(userId).orElseThrow();
        setHeaderTitle(user.displayName());
        boolean locked = user.isLocked(Instant.now());
        content.add(new Paragraph(user.email()));
        content.add(new Paragraph(getTranslation(locked ? "users.admin.locked" : "users.admin.not-locked")));
        content.add(new Paragraph(getTranslation(user.twoFactorEnabled() ? "users.admin.two-factor-on" : "users.admin.two-factor-off")));
        content.add(new Paragraph(getTranslation("users.last-login") + ": "
                + (user.lastLoginAt() == null ? getTranslation("access.never") : Formats.dateTime(user.lastLoginAt(), getLocale()))));

        Div buttons = new Div();
        buttons.addClassName("user-admin-buttons");
        if (locked) {
            buttons.add(button("users.admin.unlock", VaadinIcon.UNLOCK,
                    () -> administration.unlock(actor, userId), "users.admin.unlocked", user));
        } else if (user.id() != actor.id()) {
            Button lock = new Button(getTranslation("users.admin.lock"), VaadinIcon.LOCK.create(), click -> confirm(
                    getTranslation("users.admin.lock.confirm", user.displayName()),
                    () -> administration.lock(actor, userId), "users.admin.locked-done", user));
            lock.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(lock);
        }
        if (user.twoFactorEnabled()) {
            buttons.add(new Button(getTranslation("users.admin.reset-two-factor"), VaadinIcon.MOBILE.create(), click -> confirm(
                    getTranslation("users.admin.reset-two-factor.confirm", user.displayName()),
                    () -> administration.resetTwoFactor(actor, userId), "users.admin.two-factor-reset", user)));
        }
        if (user.portalStatus() == PortalStatus.INVITED) {
            buttons.add(button("users.admin.reinvite", VaadinIcon.ENVELOPE_O,
                    () -> access.reinvite(actor, userId), "users.admin.reinvited", user));
        }
        content.add(buttons);
    }

    private Button button(String labelKey, VaadinIcon icon, Runnable action, String doneKey, UserAccount user) {
        return new Button(getTranslation(labelKey), icon.create(), click -> run(action, doneKey, user));
    }

    private void confirm(String question, Runnable action, String doneKey, UserAccount user) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(user.displayName());
        confirm.setText(question);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("users.cancel"));
        confirm.setConfirmText(getTranslation("users.admin.confirm"));
        confirm.addConfirmListener(event -> run(action, doneKey, user));
        confirm.open();
    }

    private void run(Runnable action, String doneKey, UserAccount user) {
        if (!Feedback.attempt(action)) {
            return;
        }
        Feedback.success(getTranslation(doneKey, user.displayName()));
        onChange.run();
        render();
    }
}
