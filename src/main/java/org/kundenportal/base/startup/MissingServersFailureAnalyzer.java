package org.kundenportal.base.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link MissingServersException} into Spring Boot's "APPLICATION FAILED TO START" report. */
public class MissingServersFailureAnalyzer extends AbstractFailureAnalyzer<MissingServersException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingServersException cause) {
        return new FailureAnalysis("This jar is the production build, which has no embedded database or mail server: "
                + String.join("; ", cause.missing()) + ".",
                "Set DB_URL, DB_USER and DB_PASSWORD to a MariaDB server and SPRING_MAIL_HOST (and SPRING_MAIL_PORT) to an "
                        + "SMTP server, as docker-compose.yml does. To try the portal without them, run "
                        + "./mvnw spring-boot:run in the source tree: it starts the embedded MariaDB and mail server.",
                cause);
    }
}
