package org.kundenportal.users.ui;

import com.vaadin.flow.component.html.Span;
import org.kundenportal.users.domain.UserAccount.PortalStatus;

/** A contact's portal status (no access, invited, active, revoked) as a coloured badge. */
public class PortalStatusBadge extends Span {

    public PortalStatusBadge(PortalStatus status) {
        setText(getTranslation(key(status)));
        addClassName("portal-status");
        getElement().getThemeList().add("badge");
        switch (status) {
            case ACTIVE -> getElement().getThemeList().add("success");
            case INVITED -> getElement().getThemeList().add("contrast");
            case REVOKED -> getElement().getThemeList().add("error");
            case NO_ACCESS -> { }
        }
    }

    private static String key(PortalStatus status) {
        return "access.status." + status.name().toLowerCase().replace('_', '-');
    }
}
