package org.kundenportal.base.security;

/** Portal users belong to a contact (customer, partner, supplier); internal users are our staff. */
public enum UserKind {
    PORTAL, INTERNAL
}
