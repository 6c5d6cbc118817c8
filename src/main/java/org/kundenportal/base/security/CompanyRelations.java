package org.kundenportal.base.security;

import java.util.List;
import java.util.Optional;

/** Which companies a portal user acts for: the contacts feature answers it, so that base depends on no feature. */
public interface CompanyRelations {

    /** The company a person acts for (their own company, or the company itself). */
    Optional<Long> actingCompanyOf(long contactId);

    /** The customers a partner company looks after. */
    List<Long> customersOfPartner(long partnerCompanyId);
}
