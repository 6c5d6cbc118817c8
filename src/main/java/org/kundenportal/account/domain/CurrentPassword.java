package org.kundenportal.account.domain;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Checks the password a logged-in user types to confirm a sensitive change. */
@Component
class CurrentPassword {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    CurrentPassword(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    /** @throws AccountException WRONG_PASSWORD when it does not match (or the user has none) */
    void require(long userId, String password) {
        String hash = accounts.passwordHash(userId).orElse(null);
        if (hash == null || password == null || password.isEmpty() || !passwordEncoder.matches(password, hash)) {
            throw new AccountException(AccountException.Reason.WRONG_PASSWORD);
        }
    }
}
