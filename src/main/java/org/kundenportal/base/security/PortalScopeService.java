package org.kundenportal.base.security;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Service;

/** The one place that computes a user's {@link PortalScope}: once per request ({@link PerRequest}). */
@Service
public class PortalScopeService {

    private final CompanyRelations contacts;

    public PortalScopeService(CompanyRelations contacts) {
        this.contacts = contacts;
    }

    public PortalScope scopeOf(PortalUser user) {
        return PerRequest.once("scope." + user.id(), () -> compute(user));
    }

    private PortalScope compute(PortalUser user) {
        if (user.isInternal()) {
            return PortalScope.staff();
        }
        if (user.contactId() == null) {
            return PortalScope.nothing();
        }
        Long company = contacts.actingCompanyOf(user.contactId()).orElse(null);
        if (company == null) {
            return PortalScope.nothing();
        }
        Set<Long> customerSide = new HashSet<>();
        if (user.has(Role.CUSTOMER) || user.has(Role.PARTNER)) {
            customerSide.add(company);
        }
        if (user.has(Role.PARTNER)) {
            customerSide.addAll(contacts.customersOfPartner(company));
        }
        Set<Long> supplierSide = user.has(Role.SUPPLIER) ? Set.of(company) : Set.of();
        return new PortalScope(false, company, customerSide, supplierSide);
    }
}
