package org.kundenportal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalUser;

/** Decides which {@link NavItem}s and views the current user may open; the side nav and the guard share it. */
@org.springframework.stereotype.Component
public class Navigation {

    private final AccessAnnotationChecker accessChecker;
    private final CurrentUser currentUser;

    public Navigation(AccessAnnotationChecker accessChecker, CurrentUser currentUser) {
        this.accessChecker = accessChecker;
        this.currentUser = currentUser;
    }

    /** The items the current user may open, in menu order. Reads the area permissions once. */
    public List<NavItem> visibleItems() {
        Optional<PortalUser> user = currentUser.get();
        if (user.isEmpty()) {
            return List.of();
        }
        Set<AreaPermission> permissions = currentUser.areaPermissions();
        return java.util.Arrays.stream(NavItem.values())
                // staff open portal pages only as the customer preview of a document, never from the menu
                .filter(item -> !(user.get().isInternal() && item.section() == NavItem.Section.PORTAL))
                .filter(item -> view(item).filter(view -> mayOpen(view, user.get(), permissions)).isPresent())
                .toList();
    }

    public Optional<Class<? extends Component>> view(NavItem item) {
        return RouteConfiguration.forApplicationScope().getRoute(item.path());
    }

    /** Whether the current user passes the view's area permission, if it has one. */
    public boolean passesAreaCheck(Class<?> view) {
        RequiresArea area = view.getAnnotation(RequiresArea.class);
        if (area == null) {
            return true;
        }
        return currentUser.get().map(user -> user.isInternal() || currentUser.mayUse(area.value())).orElse(false);
    }

    /** Whether the current user may open this view: its access annotation and its area permission. */
    public boolean mayOpen(Class<?> view) {
        return currentUser.get().filter(user -> mayOpen(view, user, currentUser.areaPermissions())).isPresent();
    }

    private boolean mayOpen(Class<?> view, PortalUser user, Set<AreaPermission> permissions) {
        if (!accessChecker.hasAccess(view)) {
            return false;
        }
        RequiresArea area = view.getAnnotation(RequiresArea.class);
        return area == null || user.isInternal() || permissions.contains(area.value());
    }
}
