package org.kundenportal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;

/** Asks before an edit view with unsaved changes is left, so that a click in the menu loses nothing typed. */
public final class UnsavedChanges {

    private UnsavedChanges() {
    }

    /** Holds the navigation until the user chooses to discard the changes. */
    public static void confirmLeave(BeforeLeaveEvent event) {
        BeforeLeaveEvent.ContinueNavigationAction navigation = event.postpone();
        confirmDiscard(navigation::proceed);
    }

    public static void confirmDiscard(Runnable discard) {
        UI ui = UI.getCurrent();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(ui.getTranslation("unsaved.title"));
        dialog.setText(ui.getTranslation("unsaved.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("unsaved.stay"));
        dialog.setConfirmText(ui.getTranslation("unsaved.discard"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> discard.run());
        dialog.open();
    }
}
