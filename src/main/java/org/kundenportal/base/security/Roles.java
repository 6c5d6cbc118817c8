package org.kundenportal.base.security;

/** {@link Role} names as compile-time constants, for {@code @RolesAllowed}. */
public final class Roles {

    public static final String CUSTOMER = "CUSTOMER";
    public static final String PARTNER = "PARTNER";
    public static final String SUPPLIER = "SUPPLIER";
    public static final String STAFF = "STAFF";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
