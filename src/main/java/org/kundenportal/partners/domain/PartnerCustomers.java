package org.kundenportal.partners.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.kundenportal.access.domain.AccessOverview;
import org.kundenportal.access.domain.AreaPermissionService;
import org.kundenportal.access.domain.PortalAccessService;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalScopeService;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.Role;
import org.springframework.stereotype.Service;

/**
 * A partner's (reseller's) customers with their portal users, and the area permissions the partner manages
 * for them. Which customers are the partner's comes from its {@link PortalScope}, on every call.
 */
@Service
public class PartnerCustomers {

    private final PortalScopeService scopes;
    private final PortalAccessService access;
    private final AreaPermissionService areaPermissions;

    public PartnerCustomers(PortalScopeService scopes, PortalAccessService access, AreaPermissionService areaPermissions) {
        this.scopes = scopes;
        this.access = access;
        this.areaPermissions = areaPermissions;
    }

    /** The partner's customers by name, each with its own contact and persons and their portal access. */
    public List<AccessOverview> customersOf(PortalUser partner) {
        if (!partner.has(Role.PARTNER)) {
            return List.of();
        }
        PortalScope scope = scopes.scopeOf(partner);
        return scope.customerCompanyIds().stream()
                .filter(scope::isPartnerCustomer)
                .map(access::overview)
                .sorted(Comparator.comparing(AccessOverview::contactName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Refused with an access-denied error for any user outside the partner's customers. */
    public boolean changeAreaPermissions(PortalUser partner, long userId, Set<AreaPermission> areas) {
        return areaPermissions.change(partner, userId, areas);
    }
}
