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
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.env.MockEnvironment;

/**
 * The port opens only when the app can serve logins: logins on a login page served before the demo users existed
 * failed and counted towards the lockout, so the demo loads in the lifecycle phase before the web server's. The
 * readiness probe says UP only when the app takes traffic.
 */
class StartupTest extends SpringTest {

    @Autowired
    DemoData demoData;
    @Autowired
    ApplicationContext context;
    @Value("${local.server.port}")
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theDemoIsLoadedInTheLifecyclePhaseBeforeTheWebServerOpensItsPort() {
        DemoDataLoader loader = new DemoDataLoader(demoData, new MockEnvironment());

        assertThat(loader.getPhase()).isLessThan(WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE);
    }

    @Test
    void theDemoIsOnWithTheEmbeddedDatabaseAndOffWithAnExternalOneUnlessAskedFor() {
        assertThat(DemoDataLoader.enabled(new MockEnvironment())).isTrue();
        assertThat(DemoDataLoader.enabled(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:mariadb://db/portal")))
                .isFalse();
        assertThat(DemoDataLoader.enabled(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:mariadb://db/portal")
                .withProperty("kundenportal.demo-data", "true"))).isTrue();
        assertThat(DemoDataLoader.enabled(new MockEnvironment().withProperty("kundenportal.demo-data", "false"))).isFalse();
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
