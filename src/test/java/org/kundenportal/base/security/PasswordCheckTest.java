package org.kundenportal.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * User enumeration by timing, checked without a clock: every login attempt costs exactly one hash comparison of
 * the real encoder, whether the email is unknown, the password wrong, or the account disabled, locked or without
 * a password.
 */
class PasswordCheckTest {

    private static final String PASSWORD = "Kontrolle-am-Morgen-7";

    /** The encoder the app uses, counting its comparisons (cost 4 keeps the test fast; the count is what matters). */
    private static final class CountingEncoder implements PasswordEncoder {

        private final PasswordEncoder real = new BCryptPasswordEncoder(4);
        private int matches;

        @Override
        public String encode(CharSequence rawPassword) {
            return real.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            matches++;
            return real.matches(rawPassword, encodedPassword);
        }
    }

    private final CountingEncoder encoder = new CountingEncoder();
    private final Map<String, PortalUser> accounts = new HashMap<>();
    private final PasswordCheck check = new PasswordCheck(email -> Optional.ofNullable(accounts.get(email))
            .orElseThrow(() -> new UsernameNotFoundException("Unknown login")), encoder);

    private void account(String email, String passwordHash, boolean enabled, Instant lockedUntil) {
        accounts.put(email, new PortalUser(accounts.size() + 1L, email, email, UserKind.PORTAL, null,
                Set.of(Role.CUSTOMER), passwordHash, enabled, lockedUntil));
    }

    /** How many hash comparisons one attempt cost, and that it failed the expected way. */
    private int comparisonsOf(String email, String password, Class<? extends AuthenticationException> failure) {
        int before = encoder.matches;
        assertThatThrownBy(() -> check.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password)))
                .isInstanceOf(failure);
        return encoder.matches - before;
    }

    @Test
    void everyFailedAttemptComparesOneHashWhateverTheAccount() {
        account("known@testwelt.example", encoder.encode(PASSWORD), true, null);
        account("disabled@testwelt.example", encoder.encode(PASSWORD), false, null);
        account("locked@testwelt.example", encoder.encode(PASSWORD), true, Instant.now().plusSeconds(3600));
        account("invited@testwelt.example", null, true, null);

        assertThat(comparisonsOf("nobody@testwelt.example", "guess", BadCredentialsException.class)).isEqualTo(1);
        assertThat(comparisonsOf("known@testwelt.example", "guess", BadCredentialsException.class)).isEqualTo(1);
        assertThat(comparisonsOf("disabled@testwelt.example", "guess", BadCredentialsException.class)).isEqualTo(1);
        assertThat(comparisonsOf("disabled@testwelt.example", PASSWORD, DisabledException.class)).isEqualTo(1);
        assertThat(comparisonsOf("locked@testwelt.example", "guess", BadCredentialsException.class)).isEqualTo(1);
        assertThat(comparisonsOf("locked@testwelt.example", PASSWORD, LockedException.class)).isEqualTo(1);
        assertThat(comparisonsOf("invited@testwelt.example", "guess", DisabledException.class)).isEqualTo(1);
    }

    @Test
    void theRightPasswordStillLogsIn() {
        account("known@testwelt.example", encoder.encode(PASSWORD), true, null);

        Authentication login = check.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("known@testwelt.example", PASSWORD));

        assertThat(login.isAuthenticated()).isTrue();
        assertThat(((PortalUser) login.getPrincipal()).email()).isEqualTo("known@testwelt.example");
    }
}
