package org.kundenportal;

import java.util.Set;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.users.domain.NewUser;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Fresh portal users with a known password, so that tests never depend on each other or on the demo users. */
@Component
public class TestAccounts {

    public static final String PASSWORD = TestWorld.PASSWORD;

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;

    public TestAccounts(UserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + System.nanoTime() + "@example.com";
    }

    /** A registered customer user with {@link #PASSWORD}; returns its id. */
    public long customer(String email, String language) {
        return users.create(new NewUser(email, "Test " + email.substring(0, email.indexOf('@')), UserKind.PORTAL, null,
                passwordEncoder.encode(PASSWORD), language, Set.of(Role.CUSTOMER), Set.of()));
    }
}
