package org.kundenportal.base.security;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What login, the current user and the language choice need to know of the portal's users. The users feature
 * answers it, so that base depends on no feature.
 */
public interface UserDirectory {

    /** The user who logs in with this e-mail address, as the security context holds them. */
    Optional<PortalUser> findPrincipal(String email);

    Set<AreaPermission> areaPermissions(long userId);

    boolean twoFactorEnabled(long userId);

    void recordLogin(long userId, Instant at);

    Optional<String> language(long userId);

    void setLanguage(long userId, String language);

    /** Login names compare without case and surrounding blanks. */
    static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
