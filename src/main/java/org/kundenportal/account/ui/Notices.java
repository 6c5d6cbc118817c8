package org.kundenportal.account.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short confirmations and refusals at the bottom of the account pages. */
final class Notices {

    private Notices() {
    }

    static void success(String message) {
        show(message, NotificationVariant.LUMO_SUCCESS);
    }

    static void info(String message) {
        show(message, NotificationVariant.LUMO_CONTRAST);
    }

    static void error(String message) {
        show(message, NotificationVariant.LUMO_ERROR);
    }

    private static void show(String message, NotificationVariant variant) {
        Notification notification = Notification.show(message, 6000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}
