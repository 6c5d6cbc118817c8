package org.kundenportal.documents.pdf;

import java.util.Locale;
import java.util.Set;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.Role;

/**
 * Who asks for a PDF: what they may see (read fresh for the request, as on the pages) and their language.
 *
 * @param internal staff and admins, who get every document including drafts
 */
public record Viewer(boolean internal, PortalScope scope, Set<AreaPermission> areas, Set<Role> roles, Locale locale) {

    public Viewer {
        areas = Set.copyOf(areas);
        roles = Set.copyOf(roles);
    }

    public boolean mayUse(AreaPermission area) {
        return internal || areas.contains(area);
    }

    public boolean has(Role role) {
        return internal || roles.contains(role);
    }
}
