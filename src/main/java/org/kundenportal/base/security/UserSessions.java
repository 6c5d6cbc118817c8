package org.kundenportal.base.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kundenportal.base.cluster.ClusterEvent;
import org.kundenportal.base.cluster.ClusterEventListener;
import org.kundenportal.base.cluster.ClusterEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Knows this node's live HTTP sessions so that a user's sessions can be ended at once: on revoked access, a
 * password change or reset, account deletion or a lock. An ended session's next request goes to the login. The
 * other app nodes end theirs when they read the cluster event this publishes (within a second, see
 * {@link ClusterEvents}); called in a transaction, the event counts only if the change commits.
 */
@Component
public class UserSessions implements HttpSessionListener, ClusterEventListener {

    private static final Logger log = LoggerFactory.getLogger(UserSessions.class);

    private final Map<String, HttpSession> live = new ConcurrentHashMap<>();
    private final ClusterEvents cluster;

    public UserSessions(ClusterEvents cluster) {
        this.cluster = cluster;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        live.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        live.remove(event.getSession().getId());
    }

    /** Ends every session of the user, on every node, except the one with the given id (null: all of them). */
    public int endSessions(long userId, String exceptSessionId) {
        cluster.publish(ClusterEvent.Kind.SESSIONS_ENDED, userId, exceptSessionId);
        return endLocalSessions(userId, exceptSessionId);
    }

    @Override
    public void onClusterEvent(ClusterEvent event) {
        if (event.kind() == ClusterEvent.Kind.SESSIONS_ENDED && event.userId() != null) {
            endLocalSessions(event.userId(), event.exceptSessionId());
        }
    }

    private int endLocalSessions(long userId, String exceptSessionId) {
        int ended = 0;
        for (HttpSession session : live.values()) {
            try {
                if (!session.getId().equals(exceptSessionId) && userOf(session) == userId) {
                    session.invalidate();
                    ended++;
                }
            } catch (IllegalStateException alreadyInvalid) {
                live.remove(session.getId());
            }
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of user {}", ended, userId);
        }
        return ended;
    }

    /** Sessions change their id at login (fixation protection); keep finding them under the new one. */
    public void idChanged(String oldId, HttpSession session) {
        live.remove(oldId);
        live.put(session.getId(), session);
    }

    int liveSessions() {
        return live.size();
    }

    private static long userOf(HttpSession session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (context instanceof SecurityContext securityContext) {
            Authentication authentication = securityContext.getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
                return user.id();
            }
        }
        return -1;
    }
}
