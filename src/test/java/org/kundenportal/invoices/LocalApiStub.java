package org.kundenportal.invoices;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * A payment provider's API on 127.0.0.1 (WireMock, one per provider and test run) whose every request the subclass
 * answers in code, so that it can keep state (sessions, orders) the way the provider does.
 */
abstract class LocalApiStub {

    final JsonMapper json = JsonMapper.builder().build();
    final AtomicInteger counter = new AtomicInteger(1000);
    private final WireMockServer server;

    LocalApiStub(String name) {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
                .extensions(new Answers(name)));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(name)));
    }

    /** The provider's answer to one request. */
    abstract ResponseDefinition answer(ServeEvent event);

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Requests the portal made to paths starting with this one. */
    public List<LoggedRequest> requests(String path) {
        return server.getAllServeEvents().stream().map(ServeEvent::getRequest)
                .filter(request -> request.getUrl().startsWith(path)).toList();
    }

    private final class Answers implements ResponseDefinitionTransformerV2 {

        private final String name;

        Answers(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            return answer(event);
        }
    }
}
