package org.kundenportal.base.security;

/**
 * Portal areas that are granted per portal user (by staff, or by the partner for a partner-sold customer).
 * Tickets and signature requests need no grant: every portal user has them.
 */
public enum AreaPermission {
    QUOTES, ORDERS, INVOICES, SUBSCRIPTIONS
}
