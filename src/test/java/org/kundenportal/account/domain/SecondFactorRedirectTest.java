package org.kundenportal.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.AUDIT_LOG;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.account.TestAccounts;
import org.kundenportal.demo.DemoData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/** Through the real filter chain: the password alone does not log a user with two-factor authentication in. */
class SecondFactorRedirectTest extends SpringTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    DSLContext db;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(String email, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aUserWithTwoFactorGoesToTheCodeStepAndIsNotLoggedInYet() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        TestAccounts.Account user = accounts.customer("redirect");
        accounts.enableTwoFactor(user.userId());
        get("/login");

        HttpResponse<String> login = postLogin(user.email(), DemoData.PASSWORD);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login/code"));
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(db.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq("LOGIN_SUCCEEDED").and(AUDIT_LOG.ACTOR_USER_ID.eq(user.userId()))))
                .as("only the code step logs in").isFalse();
    }

    @Test
    void aUserWithoutTwoFactorLogsInAsBefore() throws Exception {
        TestAccounts.Account user = new TestAccounts(context).customer("no-second-factor");
        get("/login");

        HttpResponse<String> login = postLogin(user.email(), DemoData.PASSWORD);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("login"));
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(db.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq("LOGIN_SUCCEEDED").and(AUDIT_LOG.ACTOR_USER_ID.eq(user.userId()))))
                .isTrue();
    }
}
