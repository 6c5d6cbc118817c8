package org.kundenportal.base.security;

import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Which companies' rows the current user may see, as jOOQ conditions. Every portal query takes its rows
 * through one of these, so scoping happens in SQL and never after paging.
 *
 * @param unrestricted       staff and admins see everything
 * @param ownCompanyId       the company the user acts for (null for internal users and unlinked users)
 * @param customerCompanyIds companies whose sales documents the user sees: its own as a customer, plus, for a
 *                           partner, the customers it sold to
 * @param supplierCompanyIds companies whose purchase side the user sees as a supplier
 */
public record PortalScope(boolean unrestricted, Long ownCompanyId, Set<Long> customerCompanyIds,
                          Set<Long> supplierCompanyIds) {

    public PortalScope {
        customerCompanyIds = Set.copyOf(customerCompanyIds);
        supplierCompanyIds = Set.copyOf(supplierCompanyIds);
    }

    public static PortalScope staff() {
        return new PortalScope(true, null, Set.of(), Set.of());
    }

    public static PortalScope nothing() {
        return new PortalScope(false, null, Set.of(), Set.of());
    }

    /** Sales side (quotes, orders, invoices, tickets, ...): rows whose customer company is in scope. */
    public Condition customers(Field<Long> customerCompanyField) {
        return in(customerCompanyField, customerCompanyIds);
    }

    /** Only the user's own company, never a partner's customers (e.g. account data). */
    public Condition ownCompany(Field<Long> companyField) {
        if (unrestricted) {
            return DSL.trueCondition();
        }
        return ownCompanyId == null ? DSL.falseCondition() : companyField.eq(ownCompanyId);
    }

    /** Purchase side: rows whose supplier company is in scope. */
    public Condition suppliers(Field<Long> supplierCompanyField) {
        return in(supplierCompanyField, supplierCompanyIds);
    }

    public boolean isPartnerCustomer(long companyId) {
        return !unrestricted && customerCompanyIds.contains(companyId) && !Long.valueOf(companyId).equals(ownCompanyId);
    }

    private Condition in(Field<Long> field, Set<Long> ids) {
        if (unrestricted) {
            return DSL.trueCondition();
        }
        return ids.isEmpty() ? DSL.falseCondition() : field.in(ids);
    }
}
