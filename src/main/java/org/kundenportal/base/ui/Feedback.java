package org.kundenportal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.kundenportal.base.mail.MailDeliveryException;
import org.kundenportal.base.validation.RefusedException;

/** Short notifications after an action: success, a refusal the rules gave, or an error. */
public final class Feedback {

    private Feedback() {
    }

    public static void success(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void refused(RefusedException refusal) {
        error(UI.getCurrent().getTranslation(refusal.messageKey(), refusal.arguments()));
    }

    /** Runs a service call; a refusal or a mail that could not be sent is told to the user. True when it went through. */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RefusedException refusal) {
            refused(refusal);
        } catch (MailDeliveryException mailFailed) {
            error(UI.getCurrent().getTranslation("access.mail-failed"));
        }
        return false;
    }
}
