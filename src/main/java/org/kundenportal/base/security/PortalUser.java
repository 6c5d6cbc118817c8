package org.kundenportal.base.security;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated principal kept in the HTTP session. Deliberately small: it holds identity and roles,
 * while anything that staff may change during a session (area permissions, scope) is read fresh.
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String displayName;
    private final UserKind kind;
    private final Long contactId;
    private final Set<Role> roles;
    private final boolean enabled;
    private final Instant lockedUntil;
    private final boolean registered;
    private String passwordHash;

    public PortalUser(long id, String email, String displayName, UserKind kind, Long contactId, Set<Role> roles,
                      String passwordHash, boolean enabled, Instant lockedUntil) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.kind = kind;
        this.contactId = contactId;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
        this.registered = passwordHash != null;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
    }

    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public UserKind kind() {
        return kind;
    }

    public Long contactId() {
        return contactId;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isInternal() {
        return kind == UserKind.INTERNAL;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    /** An invited user who has not chosen a password yet cannot log in. */
    @Override
    public boolean isEnabled() {
        return enabled && registered;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortalUser user && user.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "PortalUser[" + id + ", " + email + ", " + List.copyOf(roles) + "]";
    }
}
