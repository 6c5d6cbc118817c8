package org.kundenportal.base.audit;

import java.time.Instant;

/** One line of the audit log as admins read it. */
public record AuditEntry(long id, Instant occurredAt, String actorEmail, String action, String targetType,
                         Long targetId, String details, String clientAddress) {
}
