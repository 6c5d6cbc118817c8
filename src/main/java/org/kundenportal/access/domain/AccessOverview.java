package org.kundenportal.access.domain;

import java.util.List;

/** A contact and its child persons with their portal access, in the company context that rules it. */
public record AccessOverview(long contactId, String contactName, CompanyContext company, List<AccessEntry> entries) {

    /** Staff cannot change area permissions here: the partner that sold the customer manages them. */
    public boolean permissionsManagedByPartner() {
        return company.soldByPartner();
    }
}
