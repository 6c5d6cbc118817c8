package org.kundenportal.demo;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Loads the demo data at start-up: on by default with the embedded database, off with an external one
 * unless DEMO_DATA=true asks for it. It runs in the lifecycle phase before the web server's, so the port opens
 * only when the demo logins exist: a login page served earlier refused them, and every refusal counted
 * towards the lockout of the account and of the client address.
 */
@Component
class DemoDataLoader implements SmartLifecycle {

    private final DemoData demoData;
    private final Environment environment;
    private volatile boolean running;

    DemoDataLoader(DemoData demoData, Environment environment) {
        this.demoData = demoData;
        this.environment = environment;
    }

    @Override
    public void start() {
        if (enabled(environment)) {
            demoData.loadIfEmpty();
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
    }

    static boolean enabled(Environment environment) {
        String setting = environment.getProperty("kundenportal.demo-data", "");
        if (StringUtils.hasText(setting)) {
            return Boolean.parseBoolean(setting);
        }
        return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }
}
