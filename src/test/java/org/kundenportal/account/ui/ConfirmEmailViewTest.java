package org.kundenportal.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.APP_USER;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.account.TestAccounts;
import org.kundenportal.base.security.AuthTokens;
import org.kundenportal.base.security.TokenPurpose;
import org.springframework.beans.factory.annotation.Autowired;

/** The email change link opened in a browser where nobody is logged in (the mail read on another device). */
class ConfirmEmailViewTest extends KaribuTest {

    @Autowired
    AuthTokens tokens;
    @Autowired
    DSLContext db;

    @Test
    void confirmsTheNewAddressWithoutALogin() {
        TestAccounts.Account user = new TestAccounts(context).customer("confirm-anonymous");
        String newEmail = TestAccounts.uniqueEmail("confirmed");
        String token = tokens.issue(user.userId(), TokenPurpose.EMAIL_CHANGE, Duration.ofHours(24), newEmail);

        navigate("account/confirm-email/" + token);

        assertThat(_get(H2.class).getText()).isEqualTo("Email address confirmed");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("From now on you log in with " + newEmail + ".");
        assertThat(_get(Anchor.class).getHref()).isEqualTo("login");
        assertThat(db.select(APP_USER.EMAIL).from(APP_USER).where(APP_USER.ID.eq(user.userId())).fetchOne(APP_USER.EMAIL))
                .isEqualTo(newEmail);
    }

    @Test
    void anUnknownLinkSaysItDoesNotWork() {
        navigate("account/confirm-email/not-a-real-token");

        assertThat(_get(H2.class).getText()).isEqualTo("This link does not work");
    }

    @Test
    void anExpiredLinkChangesNothing() {
        TestAccounts.Account user = new TestAccounts(context).customer("confirm-expired");
        String token = tokens.issue(user.userId(), TokenPurpose.EMAIL_CHANGE, Duration.ofSeconds(-1),
                TestAccounts.uniqueEmail("too-late"));

        navigate("account/confirm-email/" + token);

        assertThat(_get(H2.class).getText()).isEqualTo("This link does not work");
        assertThat(db.select(APP_USER.EMAIL).from(APP_USER).where(APP_USER.ID.eq(user.userId())).fetchOne(APP_USER.EMAIL))
                .isEqualTo(user.email());
    }
}
