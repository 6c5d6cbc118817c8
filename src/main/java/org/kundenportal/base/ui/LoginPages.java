package org.kundenportal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.List;

/**
 * The login page's UI is dead once its form is posted: the browser loads a new page whatever the answer. Vaadin
 * would keep it in the session until three heartbeats are missed (15 minutes), a good part of what a fresh
 * session holds; after a successful login it is closed at once, with any other login page of the session.
 */
public final class LoginPages {

    private LoginPages() {
    }

    /** Closes the session's UIs that show the login page; Vaadin drops them at the end of the next request. */
    public static void closeAll(HttpSession session) {
        if (session == null) {
            return;
        }
        for (String name : Collections.list(session.getAttributeNames())) {
            if (session.getAttribute(name) instanceof VaadinSession vaadinSession) {
                vaadinSession.accessSynchronously(() -> List.copyOf(vaadinSession.getUIs()).stream()
                        .filter(LoginPages::showsLoginPage)
                        .forEach(UI::close));
            }
        }
    }

    private static boolean showsLoginPage(UI ui) {
        return ui.getInternals().getActiveRouterTargetsChain().stream().anyMatch(LoginView.class::isInstance);
    }
}
