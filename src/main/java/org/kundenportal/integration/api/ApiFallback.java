package org.kundenportal.integration.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Unknown API paths (and known paths with a method they do not offer) answer 404 as problem details instead of
 * falling through to the UI's router. Only requests with a token reach it (the chain answers the others with 401),
 * so the reference page's static files, fetched without one, stay with their resource handler.
 */
@IntegrationApi
@Hidden
class ApiFallback {

    @RequestMapping(path = "/api/**", headers = "Authorization")
    void unknown(HttpServletRequest request) {
        throw new NotFoundException(request.getMethod() + " " + request.getRequestURI());
    }
}
