package org.kundenportal.base.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Logins are email addresses, compared case-insensitively. */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final UserDirectory users;

    PortalUserDetailsService(UserDirectory users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return users.findPrincipal(email).orElseThrow(() -> new UsernameNotFoundException("Unknown login"));
    }
}
