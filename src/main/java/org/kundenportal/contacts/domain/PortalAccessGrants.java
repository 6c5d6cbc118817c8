package org.kundenportal.contacts.domain;

import java.util.Set;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.Role;

/**
 * Granting and revoking a person's portal access, as the company import of the integration API asks for it. The
 * access feature implements it ({@code access/domain/PortalAccessService}), so that contacts, on which access
 * builds, does not depend on access.
 */
public interface PortalAccessGrants {

    /** Creates the contact's portal user (or gives a revoked one access again) and sends the invitation. */
    long grant(PortalUser actor, long contactId, Set<Role> chosenRoles, Set<AreaPermission> areas);

    /** Disables the portal user at once. */
    void revoke(PortalUser actor, long userId);
}
