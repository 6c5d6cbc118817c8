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

    /**
     * Nested collections ({@code multiset}) are read on MariaDB through {@code group_concat}; by default jOOQ wraps such
     * a query in statements that raise the session's {@code group_concat_max_len} and restore it, a multi-statement
     * query the driver refuses. Every pooled connection raises that limit once instead (application.yml,
     * {@code connection-init-sql}).
     */
    @Bean
    DefaultConfigurationCustomizer groupConcatLimitSetPerConnection() {
        return configuration -> configuration.settings().setRenderGroupConcatMaxLenSessionVariable(false);
    }
}
