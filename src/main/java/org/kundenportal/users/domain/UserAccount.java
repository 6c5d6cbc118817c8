package org.kundenportal.users.domain;

import java.time.Instant;
import org.kundenportal.base.security.UserKind;

/** A user's account state as the back office and the account pages need it. */
public record UserAccount(long id, String email, String displayName, UserKind kind, Long contactId, String language,
                          boolean enabled, boolean registered, Instant lockedUntil, Instant lastLoginAt,
                          Instant invitedAt, Instant accessRevokedAt, boolean twoFactorEnabled, Instant deletedAt) {

    /** Portal status as staff see it on a contact. */
    public enum PortalStatus {
        NO_ACCESS, INVITED, ACTIVE, REVOKED;

        /** The status of an existing user; lists that join users compute it from the same columns. */
        public static PortalStatus of(boolean enabled, Instant accessRevokedAt, boolean registered) {
            if (accessRevokedAt != null || !enabled) {
                return REVOKED;
            }
            return registered ? ACTIVE : INVITED;
        }
    }

    public PortalStatus portalStatus() {
        return PortalStatus.of(enabled, accessRevokedAt, registered);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
