package org.kundenportal.base.ui;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.menu.MenuConfiguration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalUser;

/**
 * Decides which views the current user may open: the side nav and the home cards list the {@code @Menu} views among
 * them, the guard checks every navigation.
 */
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
        // the menu configuration leaves out the views whose access annotations the user does not pass
        return MenuConfiguration.getMenuEntries().stream().map(NavItem::of)
                // staff open portal pages only as the customer preview of a document, never from the menu
                .filter(item -> !(user.get().isInternal() && item.section() == MenuSection.PORTAL))
                .filter(item -> passesAreaCheck(item.view(), user.get(), permissions))
                .toList();
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
        return currentUser.get().filter(user -> accessChecker.hasAccess(view)
                && passesAreaCheck(view, user, currentUser.areaPermissions())).isPresent();
    }

    private static boolean passesAreaCheck(Class<?> view, PortalUser user, Set<AreaPermission> permissions) {
        RequiresArea area = view.getAnnotation(RequiresArea.class);
        return area == null || user.isInternal() || permissions.contains(area.value());
    }
}
