package org.kundenportal.base.security;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password check of every login, costing the same whatever the email names, so that the answer time never
 * tells whether an account exists or what state it is in. Spring's provider already compares an unknown email's
 * password against a dummy hash of the same encoder; but it looks at the account's state first and refuses a
 * disabled or locked account, or an invited one without a password, at once, without any hash. Here the state
 * is checked after the hash comparison, and an account without a password is compared against a dummy hash.
 */
final class PasswordCheck extends DaoAuthenticationProvider {

    /** Made once at start-up with the same encoder and cost as every real hash. */
    private final String dummyHash;

    PasswordCheck(UserDetailsService users, PasswordEncoder passwordEncoder) {
        super(users);
        setPasswordEncoder(passwordEncoder);
        dummyHash = passwordEncoder.encode(Hashes.randomToken());
        setPreAuthenticationChecks(account -> {
        });
        setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken attempt) {
        if (user.getPassword() == null) {
            Object presented = attempt.getCredentials();
            getPasswordEncoder().matches(presented == null ? "" : presented.toString(), dummyHash);
            throw new DisabledException("The account has no password yet");
        }
        super.additionalAuthenticationChecks(user, attempt);
    }
}
