package org.kundenportal.access.domain;

import java.util.Optional;
import java.util.Set;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.Role;
import org.kundenportal.users.domain.UserAccount;
import org.kundenportal.users.domain.UserAccount.PortalStatus;

/**
 * One contact in the portal access dialog: its portal user if it has one, with that user's roles and area
 * permissions; without a user, the roles and areas a grant would start with.
 */
public record AccessEntry(long contactId, String name, String email, String jobTitle, UserAccount user,
                          Set<Role> roles, Set<AreaPermission> areas) {

    public Optional<UserAccount> account() {
        return Optional.ofNullable(user);
    }

    public PortalStatus status() {
        return user == null ? PortalStatus.NO_ACCESS : user.portalStatus();
    }
}
