package org.kundenportal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;

/**
 * The port opens only when the app can serve logins: logins on a login page served before the demo users existed
 * failed and counted towards the lockout. The readiness probe says UP only when the app takes traffic.
 */
class StartupTest extends SpringTest {

    @Autowired
    WebServerStartRecorder recorder;
    @Autowired
    ApplicationContext context;
    @Value("${local.server.port}")
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theDemoLoginsExistBeforeTheWebServerOpensItsPort() {
        assertThat(recorder.demoLoginsExisted()).isTrue();
    }

    @Test
    void readinessIsUpOnlyWhileTheAppAcceptsTraffic() throws Exception {
        assertThat(get("/actuator/health/readiness").body()).contains("\"UP\"");
        try {
            AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);

            HttpResponse<String> refusing = get("/actuator/health/readiness");
            assertThat(refusing.statusCode()).isEqualTo(503);
            assertThat(refusing.body()).contains("OUT_OF_SERVICE");
            assertThat(get("/actuator/health").body()).doesNotContain("\"UP\"");
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }
}
