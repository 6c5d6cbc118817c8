package org.kundenportal.base.db;

import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** jOOQ's settings that differ from its defaults. */
@Configuration(proxyBeanMethods = false)
class JooqSettings {

    /**
     * No {@code SHOW WARNINGS} after a statement that warned: jOOQ would only log them at debug level, and an
     * {@code INSERT IGNORE} (document numbers, registers) paid a round trip for it on every call.
     */
    @Bean
    DefaultConfigurationCustomizer noWarningRoundTrips() {
        return configuration -> configuration.settings().setFetchWarnings(false);
    }
}
