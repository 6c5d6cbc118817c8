package org.kundenportal.integration.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's header: what the API is for, how to authenticate, which problems it answers with. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI integrationApi() {
        String problems = Arrays.stream(ProblemType.values())
                .map(type -> "- `" + type.uri() + "` (" + type.status() + "): " + type.title())
                .collect(Collectors.joining("\n"));
        return new OpenAPI()
                .info(new Info().title("Kundenportal integration API").version("v1").description("""
                        The company's ERP, POS and web shop feed the portal through this API and read back what the \
                        portal added. Resources are addressed by the sending system's own id: `PUT` creates or \
                        replaces and is idempotent (the same request again changes nothing), `GET` reads back.

                        Authenticate with an API client's token (Settings → API clients): \
                        `Authorization: Bearer <token>`. Each write needs the scope of its resource, every read the \
                        scope `read`. Each client may send 50 requests per second (configurable); more are answered \
                        429 with `Retry-After`.

                        Errors are RFC 9457 problem details (`application/problem+json`) in English, with one entry \
                        in `errors` per refused field. Their types:
                        """ + problems))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
