package org.kundenportal.access.domain;

import java.util.EnumSet;
import java.util.Set;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.Role;

/**
 * The company a contact acts for (its company, or itself) with what decides its users' roles and who manages
 * their area permissions: a customer sold by a partner has its permissions managed by that partner.
 */
public record CompanyContext(long companyId, String companyName, boolean customer, boolean supplier,
                             boolean partner, Long partnerId, String partnerName) {

    /** Roles staff may choose; the partner role follows the company's partner flag. */
    public static final Set<Role> CHOOSABLE_ROLES = EnumSet.of(Role.CUSTOMER, Role.SUPPLIER);

    public boolean soldByPartner() {
        return partnerId != null;
    }

    /** The roles a new portal user of this company starts with. */
    public Set<Role> defaultRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (customer && !partner) {
            roles.add(Role.CUSTOMER);
        }
        if (supplier) {
            roles.add(Role.SUPPLIER);
        }
        return effectiveRoles(roles);
    }

    /** The chosen customer/supplier roles, plus the partner role for a partner company's users. */
    public Set<Role> effectiveRoles(Set<Role> chosen) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        chosen.stream().filter(CHOOSABLE_ROLES::contains).forEach(roles::add);
        if (partner) {
            roles.add(Role.PARTNER);
        }
        return roles;
    }

    /** What a new customer user sees unless staff choose otherwise: the retail portal's documents. */
    public Set<AreaPermission> defaultAreas() {
        if (soldByPartner() || !(customer || partner)) {
            return EnumSet.noneOf(AreaPermission.class);
        }
        return EnumSet.of(AreaPermission.QUOTES, AreaPermission.ORDERS, AreaPermission.INVOICES);
    }
}
