package org.kundenportal.integration.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kundenportal.integration.domain.ApiClient;
import org.kundenportal.integration.domain.ApiClientService;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * While a database node fails over, the token lookup can fail once; the client then gets a problem it can act on
 * (503, retry after a second), not the login page's redirect the servlet container's error handling gave it.
 */
class ApiTokenFilterTest {

    /** The token lookup of a moment when the database connection broke. */
    private static final class FailingOverClients extends ApiClientService {

        FailingOverClients() {
            super(null, null, null);
        }

        @Override
        public Optional<ApiClient> authenticate(String token) {
            throw new TransientDataAccessResourceException("Driver has reconnect connection after a communications link failure");
        }
    }

    @Test
    void aDatabaseFailoverDuringTheTokenLookupIsAnsweredRetryAfterASecond() throws Exception {
        ApiTokenFilter filter = new ApiTokenFilter(new FailingOverClients(), new ApiRateLimiter(50),
                new ProblemWriter(JsonMapper.builder().build()));
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/v1/companies/C-1");
        request.addHeader("Authorization", "Bearer some-token");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503", "nothing was changed")
                .doesNotContain("Exception");
        assertThat(chain.getRequest()).as("the request goes no further").isNull();
    }
}
