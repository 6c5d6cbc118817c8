package org.kundenportal.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** A direct URL to a view whose area the user lacks shows the access-denied view, never the page. */
@Component
class AreaAccessGuard implements VaadinServiceInitListener {

    private final Navigation navigation;

    AreaAccessGuard(Navigation navigation) {
        this.navigation = navigation;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (!navigation.passesAreaCheck(enter.getNavigationTarget())) {
                enter.rerouteToError(AccessDeniedException.class);
            }
        }));
    }
}
