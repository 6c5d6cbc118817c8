package org.kundenportal.demo;

import org.kundenportal.users.domain.UserRepository;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Remembers whether the demo logins existed at the moment the web server opened its port, for the start-up test. */
@Component
public class WebServerStartRecorder {

    private final UserRepository users;
    private volatile Boolean demoLoginsExisted;

    WebServerStartRecorder(UserRepository users) {
        this.users = users;
    }

    @EventListener
    void webServerStarted(WebServerInitializedEvent event) {
        demoLoginsExisted = users.findPrincipal(DemoData.CUSTOMER).isPresent();
    }

    /** Null when the web server never started in this context. */
    Boolean demoLoginsExisted() {
        return demoLoginsExisted;
    }
}
