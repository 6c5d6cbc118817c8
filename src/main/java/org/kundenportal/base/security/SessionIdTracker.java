package org.kundenportal.base.security;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import org.springframework.stereotype.Component;

/** Feeds session id changes (at login) to {@link UserSessions}. */
@Component
class SessionIdTracker implements HttpSessionIdListener {

    private final UserSessions sessions;

    SessionIdTracker(UserSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        sessions.idChanged(oldSessionId, event.getSession());
    }
}
