package org.kundenportal.base.cluster;

/**
 * A change one app node made that every node must apply to what it holds in memory.
 *
 * @param userId           whose sessions end ({@link Kind#SESSIONS_ENDED} only)
 * @param exceptSessionId  the session that stays, on the node where it lives (null: none)
 */
public record ClusterEvent(long id, Kind kind, Long userId, String exceptSessionId) {

    public enum Kind {
        /** Settings (company, logo, sales, security) changed: drop the cached ones. */
        SETTINGS_CHANGED,
        /** End the user's sessions. */
        SESSIONS_ENDED
    }
}
