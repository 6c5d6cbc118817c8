package org.kundenportal.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.LOGIN_ATTEMPT;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.kundenportal.FormLoginClient;
import org.kundenportal.SpringTest;
import org.kundenportal.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Login CSRF: another site must not be able to post the login form and so log the visitor's browser into an
 * account of its choosing. Raw HTTP, as another site's form would send it.
 */
class LoginCsrfTest extends SpringTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Value("${local.server.port}")
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DSLContext db;

    /** A browser with its own cookies that follows no redirects. */
    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> send(HttpClient browser, HttpRequest request) throws IOException, InterruptedException {
        return browser.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(HttpClient browser, String email, String token) throws Exception {
        String form = "username=" + encode(email) + "&password=" + encode(TestAccounts.PASSWORD)
                + (token == null ? "" : "&_csrf=" + encode(token));
        return send(browser, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://other-site.example")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private String tokenOfLoginPage(HttpClient browser) throws Exception {
        Matcher csrf = CSRF.matcher(send(browser, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .build()).body());
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        return csrf.group(1);
    }

    private boolean loggedIn(HttpClient browser) throws Exception {
        HttpResponse<String> home = send(browser, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build());
        return home.statusCode() == 200;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void aLoginFormPostedWithoutTokenLogsNobodyInAndCountsNoFailure() throws Exception {
        String email = TestAccounts.uniqueEmail("login-csrf");
        accounts.customer(email, "de");
        HttpClient browser = browser();

        HttpResponse<String> answer = postLogin(browser, email, null);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
        assertThat(loggedIn(browser)).isFalse();
        assertThat(db.fetchCount(LOGIN_ATTEMPT, LOGIN_ATTEMPT.EMAIL.eq(email))).isZero();
    }

    @Test
    void aTokenFromAnotherBrowsersLoginPageDoesNotWork() throws Exception {
        String email = TestAccounts.uniqueEmail("login-csrf-foreign");
        accounts.customer(email, "de");
        String attackersToken = tokenOfLoginPage(browser());
        HttpClient victim = browser();

        HttpResponse<String> answer = postLogin(victim, email, attackersToken);

        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
        assertThat(loggedIn(victim)).isFalse();
    }

    @Test
    void theTokenOfTheLoginPageLogsIn() throws Exception {
        String email = TestAccounts.uniqueEmail("login-csrf-ok");
        accounts.customer(email, "de");
        HttpClient browser = browser();
        String token = tokenOfLoginPage(browser);

        HttpResponse<String> answer = postLogin(browser, email, token);

        assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
        assertThat(loggedIn(browser)).isTrue();
        assertThat(new FormLoginClient(port).logIn(email, TestAccounts.PASSWORD)).isEqualTo("/");
    }
}
