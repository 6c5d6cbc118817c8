package org.kundenportal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.springframework.beans.factory.annotation.Value;

/** What the running server answers over HTTP without a login. */
class PwaAndOperationsTest extends SpringTest {

    @Value("${local.server.port}")
    int port;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void manifestDescribesTheInstallableApp() throws Exception {
        HttpResponse<String> manifest = get("/manifest.webmanifest");

        assertThat(manifest.statusCode()).isEqualTo(200);
        // the app's own file, written to be read (PwaManifestTest checks its icons and languages)
        assertThat(manifest.body().replaceAll("\\s", "")).contains("\"name\":\"Kundenportal\"", "\"display\":\"standalone\"",
                "\"theme_color\":\"#1a56a4\"", "icon-512x512.png");
    }

    @Test
    void serviceWorkerOfflinePageAndIconsAreServed() throws Exception {
        assertThat(get("/sw.js").statusCode()).isEqualTo(200);
        assertThat(get("/offline.html").body()).contains("Keine Verbindung");
        assertThat(get("/icons/icon-192x192.png").statusCode()).isEqualTo(200);
        assertThat(get("/themes/portal/styles.css").body()).contains(".home-card");
    }

    @Test
    void healthIsPublicAndUp() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void protectedPagesRedirectToTheLogin() throws Exception {
        HttpResponse<String> page = get("/staff/users");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }
}
