package org.kundenportal;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.util.List;

/**
 * The Vaadin routes the running application registered, as the router knows them: tests generated from this list
 * cover a new view without anyone writing a test for it.
 */
public final class AppRoutes {

    private AppRoutes() {
    }

    public static List<RouteData> all(ServletContext servletContext) {
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)).getRegisteredRoutes();
    }

    /** Routes that take no route parameter, as addresses ({@code ""} is the home page). */
    public static List<String> withoutParameters(ServletContext servletContext) {
        return all(servletContext).stream().filter(route -> route.getRouteParameters().isEmpty())
                .map(RouteData::getTemplate).sorted().toList();
    }

    public static boolean isPublic(RouteData route) {
        return route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class);
    }
}
