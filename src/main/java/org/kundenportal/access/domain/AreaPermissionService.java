package org.kundenportal.access.domain;

import java.util.Set;
import org.kundenportal.base.audit.AuditAction;
import org.kundenportal.base.audit.AuditLog;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.PortalScopeService;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that changes a portal user's area permissions, and decides who may: staff for every customer
 * except those a partner sold to; a partner only for the users of its own customers (from its scope).
 */
@Service
public class AreaPermissionService {

    private final UserRepository users;
    private final AccessRepository access;
    private final PortalScopeService scopes;
    private final AuditLog audit;

    public AreaPermissionService(UserRepository users, AccessRepository access, PortalScopeService scopes, AuditLog audit) {
        this.users = users;
        this.access = access;
        this.scopes = scopes;
        this.audit = audit;
    }

    /** Makes the user's area permissions exactly these; true when anything changed. */
    @Transactional
    public boolean change(PortalUser actor, long userId, Set<AreaPermission> areas) {
        users.account(userId).filter(user -> user.kind() == UserKind.PORTAL)
                .orElseThrow(() -> new RefusedException("access.error.user-missing"));
        CompanyContext company = access.contactOfUser(userId).flatMap(access::companyContext).orElse(null);
        if (actor.isInternal()) {
            if (company != null && company.soldByPartner()) {
                throw new RefusedException("access.error.partner-manages", company.partnerName());
            }
        } else if (!mayManageAsPartner(actor, company)) {
            throw new AccessDeniedException("User " + userId + " is not a user of this partner's customers");
        }
        if (!access.replaceAreaPermissions(userId, areas, actor.id())) {
            return false;
        }
        audit.record(actor.id(), actor.email(), AuditAction.PERMISSIONS_CHANGED, "user", userId,
                PortalAccessService.describe(areas));
        return true;
    }

    /** Whether the user of this company is a customer of the partner, judged on the partner's current scope. */
    public boolean mayManageAsPartner(PortalUser actor, CompanyContext company) {
        return actor.has(Role.PARTNER) && company != null
                && scopes.scopeOf(actor).isPartnerCustomer(company.companyId());
    }
}
