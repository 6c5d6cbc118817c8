package org.kundenportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kundenportal.FormLoginClient;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.invoices.InvoiceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * Over real HTTP, as the probe saw it: the security headers of the pages, and the status codes of full page loads
 * (the app's own page with 404 or 403, never the browser's), of malformed file addresses (404, no error logged)
 * and of anonymous visits (the login).
 */
class HeadersAndStatusTest extends SpringTest {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'");
    private static final String[] NOT_FOUND = {"Seite nicht gefunden", "Page not found"};
    private static final String[] NO_ACCESS = {"Kein Zugriff", "No access"};

    @Value("${local.server.port}")
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void theLoginPageCarriesTheSecurityHeaders() {
        Answer login = Answer.anonymous(port, "GET", "/login");

        assertThat(login.status()).isEqualTo(200);
        assertPageHeaders(login);
        assertThat(nonceOf(login)).as("a fresh nonce per page").isNotEqualTo(nonceOf(Answer.anonymous(port, "GET", "/login")));
    }

    @Test
    void aLoggedInPageCarriesTheSecurityHeaders() {
        Answer home = Answer.get(loggedIn(TestWorld.CUSTOMER), "/");

        assertThat(home.status()).isEqualTo(200);
        assertPageHeaders(home);
    }

    @Test
    void filesCarryTheHeadersThatApplyToThem() {
        Answer file = Answer.get(loggedIn(TestWorld.CUSTOMER), "/documents/attachments/0");

        assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(file.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(file.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
    }

    @Test
    void theApiAnswersWithItsOwnChain() {
        Answer api = Answer.anonymous(port, "GET", "/api/v1/tickets");

        assertThat(api.status()).isEqualTo(401);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void unknownAddressesAnswer404WithTheAppsPage() {
        FormLoginClient customer = loggedIn(TestWorld.CUSTOMER);

        for (String path : new String[]{"/no-such-page", "/staff/nothing", "/invoices/no-such-number"}) {
            Answer answer = Answer.get(customer, path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).containsAnyOf(NOT_FOUND);
        }
    }

    @Test
    void anotherCompanysDocumentAnswers404LikeOneThatDoesNotExist() {
        String invoiceOfA = new InvoiceFixtures(context).posted(world.customer().companyId()).number();

        Answer answer = Answer.get(loggedIn(TestWorld.CUSTOMER2), "/invoices/" + invoiceOfA);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).containsAnyOf(NOT_FOUND).doesNotContain(ProbeAccounts.DATA_OF_A);
    }

    @Test
    void aViewWithoutPermissionAnswers403WithTheAppsPage() {
        Answer backOffice = Answer.get(loggedIn(TestWorld.CUSTOMER), "/staff/users");
        assertThat(backOffice.status()).isEqualTo(403);
        assertThat(backOffice.body()).containsAnyOf(NO_ACCESS);

        // the world's second customer has the quotes and invoices areas only
        Answer area = Answer.get(loggedIn(TestWorld.CUSTOMER2), "/orders");
        assertThat(area.status()).isEqualTo(403);
        assertThat(area.body()).containsAnyOf(NO_ACCESS);
    }

    @Test
    void aMalformedPageNumberAnswers404AndLogsNoError() {
        FormLoginClient customer = loggedIn(TestWorld.CUSTOMER);

        try (ErrorLog log = new ErrorLog()) {
            Answer answer = Answer.get(customer, "/documents/signature-pages/x/abc.png");

            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.response().body()).isEmpty();
            assertThat(log.errors()).isEmpty();
        }
    }

    @Test
    void anonymousVisitorsOfProtectedAddressesStillGoToTheLogin() {
        for (String path : new String[]{"/no-such-page", "/invoices/no-such-number", "/staff/users"}) {
            Answer answer = Answer.anonymous(port, "GET", path);
            assertThat(answer.status()).as(path).isEqualTo(302);
            assertThat(answer.location()).as(path).startsWith("/login");
        }
    }

    private static void assertPageHeaders(Answer page) {
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                "frame-ancestors 'self'", "form-action 'self'").doesNotContain("unsafe-eval");
        assertThat(policy.split(";")).filteredOn(directive -> directive.strip().startsWith("script-src"))
                .singleElement().asString().doesNotContain("unsafe-inline");
        String nonce = nonceOf(page);
        // every script of the page carries the nonce, or the browser would not run Vaadin's bootstrap
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(page.body());
        int count = 0;
        while (scripts.find()) {
            assertThat(scripts.group(1)).contains("nonce=\"" + nonce + "\"");
            count++;
        }
        assertThat(count).as("scripts of the page").isPositive();
        assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(page.header("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()", "payment=()");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
    }

    private static String nonceOf(Answer page) {
        Matcher nonce = NONCE.matcher(page.header("Content-Security-Policy"));
        assertThat(nonce.find()).as("a nonce in " + page.header("Content-Security-Policy")).isTrue();
        return nonce.group(1);
    }

    private FormLoginClient loggedIn(String email) {
        return Answer.loggedIn(port, email, TestWorld.PASSWORD);
    }
}
