package org.kundenportal.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.kundenportal.FormLoginClient;
import org.kundenportal.SpringTest;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The manifest an installed app reads: the app's own file, with a maskable icon and both languages' descriptions. */
class PwaManifestTest extends SpringTest {

    @Value("${local.server.port}")
    int port;

    private HttpResponse<String> get(String path) {
        return new FormLoginClient(port).get(path);
    }

    @Test
    void hasAMaskableIconAndGermanAndEnglishDescriptions() {
        JsonNode manifest = JsonMapper.builder().build().readTree(get("/manifest.webmanifest").body());

        assertThat(manifest.get("lang").asString()).isEqualTo("de");
        assertThat(manifest.get("description").asString()).startsWith("Angebote, Aufträge, Rechnungen");
        assertThat(manifest.get("description_localized").get("en").asString()).startsWith("Quotes, orders, invoices");
        JsonNode maskable = null;
        for (JsonNode icon : manifest.get("icons")) {
            if ("maskable".equals(icon.path("purpose").asString())) {
                maskable = icon;
            }
        }
        assertThat(maskable).as("a maskable icon").isNotNull();
        assertThat(get("/" + maskable.get("src").asString()).statusCode()).isEqualTo(200);
        for (JsonNode icon : manifest.get("icons")) {
            assertThat(get("/" + icon.get("src").asString()).statusCode()).as(icon.get("src").asString()).isEqualTo(200);
        }
    }
}
