package org.kundenportal.webhooks.domain;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

@Configuration
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    /**
     * Private targets are allowed when the setting says so; left empty, they are allowed exactly when demo data is
     * on (the rule of {@code demo/DemoDataLoader}), so a newcomer can try a receiver on their own machine.
     */
    @Bean
    WebhookTargets webhookTargets(WebhookProperties properties, Environment environment) {
        String setting = properties.allowPrivateTargets();
        if (StringUtils.hasText(setting)) {
            return new WebhookTargets(Boolean.parseBoolean(setting.strip()));
        }
        String demoData = environment.getProperty("kundenportal.demo-data", "");
        boolean demo = StringUtils.hasText(demoData) ? Boolean.parseBoolean(demoData)
                : !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        return new WebhookTargets(demo);
    }
}
