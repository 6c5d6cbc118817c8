package org.kundenportal.base.ui;

import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The first request of a page runs its navigation (vaadin.eagerServerLoad, so that the answer carries the view's
 * status). A view that forwards on that load (the staff's home at {@code /}, a confirmed quote opened as its
 * order) would then keep the address the browser asked for: the client's router writes it back after Vaadin set
 * the new one. Such a page goes on to the address it forwarded to, so that the address bar, bookmarks and shared
 * links name what is shown.
 */
@Component
class InitialForwards implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(InitialForwards::followForward));
    }

    private static void followForward(AfterNavigationEvent navigation) {
        VaadinRequest request = VaadinRequest.getCurrent();
        // the page's own request, not one of the client's later requests (which carry v-r)
        if (request == null || request.getParameter("v-r") != null) {
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String requested = new Location(path.replaceFirst("^/", "")).getPath();
        if (!requested.equals(navigation.getLocation().getPath())) {
            // from the root: an empty relative address ("" for the home page) would not load anything
            navigation.getLocationChangeEvent().getUI().getPage().setLocation(
                    request.getContextPath() + "/" + navigation.getLocation().getPathWithQueryParameters());
        }
    }
}
