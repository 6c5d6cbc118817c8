package org.kundenportal.users.domain;

import java.time.Instant;
import java.util.Set;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.UserKind;

/** One line of the staff user list. */
public record UserRow(long id, String email, String displayName, UserKind kind, String companyName,
                      Set<Role> roles, boolean enabled, boolean registered, Instant lockedUntil, Instant lastLoginAt) {

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
