package org.kundenportal.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Loads the demo data at start-up: on by default with the embedded database, off with an external one
 * unless DEMO_DATA=true asks for it.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    private final DemoData demoData;
    private final Environment environment;

    DemoDataLoader(DemoData demoData, Environment environment) {
        this.demoData = demoData;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled()) {
            demoData.loadIfEmpty();
        }
    }

    private boolean enabled() {
        String setting = environment.getProperty("kundenportal.demo-data", "");
        if (StringUtils.hasText(setting)) {
            return Boolean.parseBoolean(setting);
        }
        return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }
}
