package org.kundenportal.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.SETTING;

import jakarta.servlet.http.HttpSessionEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.account.TestAccounts;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.UserSessions;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * What another app node changed reaches this one through the shared database: here the "other node" writes its
 * change and its event straight into the tables, as that node would, and this node's poller picks them up.
 */
class ClusterEventsTest extends SpringTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Autowired
    DSLContext db;
    @Autowired
    Settings settings;
    @Autowired
    UserSessions sessions;
    @Autowired
    ClusterEventRepository events;
    @Autowired
    UserRepository users;
    @Autowired
    ApplicationContext context;

    @Test
    void aSettingAnotherNodeChangedIsReadAgainOnceItsEventArrives() throws InterruptedException {
        String before = settings.get(SettingKey.COMPANY_PHONE);
        try {
            changeSettingAsAnotherNode("+49 40 999001");
            Thread.sleep(2_000);
            assertThat(settings.get(SettingKey.COMPANY_PHONE)).as("held in memory until told").isEqualTo(before);

            events.insert(ClusterEvent.Kind.SETTINGS_CHANGED, null, null);

            assertThat(eventually(() -> settings.get(SettingKey.COMPANY_PHONE).equals("+49 40 999001"))).isTrue();
        } finally {
            settings.put(SettingKey.COMPANY_PHONE, before, null);
        }
    }

    @Test
    void sessionsAUserHasHereEndWhenAnotherNodeEndsThem() {
        TestAccounts.Account user = accounts().customer("cluster-ended");
        MockHttpSession first = sessionOf(user.email());
        MockHttpSession kept = sessionOf(user.email());
        MockHttpSession someoneElses = sessionOf(accounts().customer("cluster-other").email());

        events.insert(ClusterEvent.Kind.SESSIONS_ENDED, user.userId(), kept.getId());

        assertThat(eventually(first::isInvalid)).isTrue();
        assertThat(kept.isInvalid()).isFalse();
        assertThat(someoneElses.isInvalid()).isFalse();
    }

    @Test
    void aNodeEndsSessionsOnceAndLeavesTheOnesOpenedAfterwards() throws InterruptedException {
        TestAccounts.Account user = accounts().customer("cluster-own");
        MockHttpSession before = sessionOf(user.email());

        sessions.endSessions(user.userId(), null);
        MockHttpSession after = sessionOf(user.email());
        Thread.sleep(3_000);

        assertThat(before.isInvalid()).isTrue();
        assertThat(after.isInvalid()).as("its own event is not applied again when it comes round").isFalse();
    }

    private TestAccounts accounts() {
        return new TestAccounts(context);
    }

    private void changeSettingAsAnotherNode(String phone) {
        db.insertInto(SETTING).set(SETTING.SETTING_KEY, SettingKey.COMPANY_PHONE.key()).set(SETTING.SETTING_VALUE, phone)
                .set(SETTING.UPDATED_AT, Instant.now())
                .onDuplicateKeyUpdate().set(SETTING.SETTING_VALUE, phone).execute();
    }

    private MockHttpSession sessionOf(String email) {
        PortalUser user = users.findPrincipal(email).orElseThrow();
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        sessions.sessionCreated(new HttpSessionEvent(session));
        return session;
    }

    private static boolean eventually(BooleanSupplier condition) {
        Instant until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
