package org.kundenportal.users.domain;

import java.util.Set;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.UserKind;

/** What creating a user needs; {@code passwordHash} is null for an invited user who has not signed up. */
public record NewUser(String email, String displayName, UserKind kind, Long contactId, String passwordHash,
                      String language, Set<Role> roles, Set<AreaPermission> areaPermissions) {
}
