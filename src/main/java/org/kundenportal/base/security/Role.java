package org.kundenportal.base.security;

/** What a user is to the selling company. A portal user may hold several (customer and supplier at once). */
public enum Role {
    CUSTOMER, PARTNER, SUPPLIER, STAFF, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isInternal() {
        return this == STAFF || this == ADMIN;
    }
}
