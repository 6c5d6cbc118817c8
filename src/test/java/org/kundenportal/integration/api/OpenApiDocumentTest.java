package org.kundenportal.integration.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.integration.ApiHttp;
import org.kundenportal.integration.ApiHttp.Answer;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document is public, 3.1, and every operation carries an example request (if any) and response. */
class OpenApiDocumentTest extends SpringTest {

    @LocalServerPort
    int port;

    @Test
    void theDocumentIsServedWithoutTokenAsOpenApi31() {
        Answer document = new ApiHttp(port, null).get("/api/v1/openapi.json");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().path("openapi").asString()).startsWith("3.1");
        assertThat(document.json().path("paths").has("/api/v1/receipts/{externalId}")).isTrue();
        assertThat(document.json().path("paths").has("/api/v1/receipts:batch")).isTrue();
        assertThat(document.json().path("components").path("securitySchemes").has("bearer")).isTrue();
    }

    @Test
    void everyOperationHasAnExampleRequestAndResponse() {
        JsonNode paths = new ApiHttp(port, null).get("/api/v1/openapi.json").json().path("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations++;
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode body = operation.getValue().path("requestBody");
                if (!body.isMissingNode() && !hasExample(body.path("content"))) {
                    missing.add(name + " request");
                }
                boolean responseExample = false;
                for (Map.Entry<String, JsonNode> response : operation.getValue().path("responses").properties()) {
                    if (response.getKey().startsWith("2") && (hasExample(response.getValue().path("content"))
                            || response.getKey().equals("204"))) {
                        responseExample = true;
                    }
                }
                if (!responseExample) {
                    missing.add(name + " response");
                }
            }
        }
        assertThat(operations).isGreaterThan(4);
        assertThat(missing).isEmpty();
    }

    @Test
    void theReferencePageIsServed() {
        Answer page = new ApiHttp(port, null).send(new ApiHttp(port, null).request("/api/v1/docs"));
        assertThat(page.status()).isIn(200, 302);
    }

    private static boolean hasExample(JsonNode content) {
        for (Map.Entry<String, JsonNode> media : content.properties()) {
            if (media.getValue().has("example") || media.getValue().path("examples").size() > 0) {
                return true;
            }
        }
        return false;
    }
}
