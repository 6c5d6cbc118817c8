package org.kundenportal.base.audit;

import static org.kundenportal.db.Tables.AUDIT_LOG;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.kundenportal.base.db.SortOrders;
import org.kundenportal.base.security.PortalUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who did what, when, from which address. Entries are only ever added. */
@Repository
public class AuditLog {

    public static final Map<String, Field<?>> SORT_FIELDS = Map.of(
            "occurredAt", AUDIT_LOG.OCCURRED_AT,
            "action", AUDIT_LOG.ACTION,
            "actorEmail", AUDIT_LOG.ACTOR_EMAIL);

    private final DSLContext db;

    public AuditLog(DSLContext db) {
        this.db = db;
    }

    /** Records an action of the logged-in user. */
    public void record(AuditAction action, String targetType, Long targetId, String details) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            record(user.id(), user.email(), action, targetType, targetId, details);
        } else {
            record(null, null, action, targetType, targetId, details);
        }
    }

    public void record(Long actorUserId, String actorEmail, AuditAction action, String targetType, Long targetId,
                       String details) {
        db.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, Instant.now())
                .set(AUDIT_LOG.ACTOR_USER_ID, actorUserId)
                .set(AUDIT_LOG.ACTOR_EMAIL, actorEmail)
                .set(AUDIT_LOG.ACTION, action.name())
                .set(AUDIT_LOG.TARGET_TYPE, targetType)
                .set(AUDIT_LOG.TARGET_ID, targetId)
                .set(AUDIT_LOG.DETAILS, details)
                .set(AUDIT_LOG.CLIENT_ADDRESS, clientAddress())
                .execute();
    }

    public List<AuditEntry> page(String text, int offset, int limit, List<SortOrders.Sort> sort) {
        var orderBy = new java.util.ArrayList<>(SortOrders.toSortFields(sort, SORT_FIELDS));
        orderBy.add(AUDIT_LOG.ID.desc());
        return db.selectFrom(AUDIT_LOG)
                .where(condition(text))
                .orderBy(orderBy)
                .offset(offset)
                .limit(limit)
                .fetch(entry -> new AuditEntry(entry.getId(), entry.getOccurredAt(), entry.getActorEmail(),
                        entry.getAction(), entry.getTargetType(), entry.getTargetId(), entry.getDetails(),
                        entry.getClientAddress()));
    }

    public int count(String text) {
        return db.fetchCount(AUDIT_LOG, condition(text));
    }

    private static Condition condition(String text) {
        if (text == null || text.isBlank()) {
            return DSL.noCondition();
        }
        String pattern = "%" + text.strip() + "%";
        return AUDIT_LOG.ACTOR_EMAIL.likeIgnoreCase(pattern).or(AUDIT_LOG.ACTION.likeIgnoreCase(pattern))
                .or(AUDIT_LOG.DETAILS.likeIgnoreCase(pattern));
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        com.vaadin.flow.server.VaadinRequest vaadinRequest = com.vaadin.flow.server.VaadinRequest.getCurrent();
        return vaadinRequest == null ? null : vaadinRequest.getRemoteAddr();
    }
}
