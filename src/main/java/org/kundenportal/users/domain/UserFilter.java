package org.kundenportal.users.domain;

import org.kundenportal.base.security.UserKind;

/** The staff user list's filter: a kind (null for all) and free text matched against name and email. */
public record UserFilter(UserKind kind, String text) {

    public static UserFilter all() {
        return new UserFilter(null, null);
    }
}
