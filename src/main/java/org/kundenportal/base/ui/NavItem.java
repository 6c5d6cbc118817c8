package org.kundenportal.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Every place the side navigation can lead to, in menu order. An item shows only when a view is registered
 * at its path and the user may open that view (its access annotations and {@link RequiresArea}), so feature
 * issues make an item appear just by adding the view.
 */
public enum NavItem {
    HOME("", "nav.home", VaadinIcon.HOME, Section.PORTAL),
    QUOTES("quotes", "nav.quotes", VaadinIcon.FILE_TEXT_O, Section.PORTAL),
    ORDERS("orders", "nav.orders", VaadinIcon.CART_O, Section.PORTAL),
    PURCHASE_ORDERS("purchase-orders", "nav.purchase-orders", VaadinIcon.TRUCK, Section.PORTAL),
    INVOICES("invoices", "nav.invoices", VaadinIcon.INVOICE, Section.PORTAL),
    WALLETS("wallets", "nav.wallets", VaadinIcon.WALLET, Section.PORTAL),
    RECEIPTS("receipts", "nav.receipts", VaadinIcon.RECORDS, Section.PORTAL),
    TICKETS("tickets", "nav.tickets", VaadinIcon.LIFEBUOY, Section.PORTAL),
    SIGNATURES("signatures", "nav.signatures", VaadinIcon.PENCIL, Section.PORTAL),
    SUBSCRIPTIONS("subscriptions", "nav.subscriptions", VaadinIcon.REFRESH, Section.PORTAL),
    PARTNER_CUSTOMERS("partner/customers", "nav.partner-customers", VaadinIcon.GROUP, Section.PORTAL),
    ACCOUNT("account", "nav.account", VaadinIcon.USER, Section.PORTAL),
    STAFF_HOME("staff", "nav.staff-home", VaadinIcon.DASHBOARD, Section.BACK_OFFICE),
    STAFF_CONTACTS("staff/contacts", "nav.staff-contacts", VaadinIcon.USERS, Section.BACK_OFFICE),
    STAFF_QUOTES("staff/quotes", "nav.staff-quotes", VaadinIcon.FILE_TEXT_O, Section.BACK_OFFICE),
    STAFF_ORDERS("staff/orders", "nav.staff-orders", VaadinIcon.CART_O, Section.BACK_OFFICE),
    STAFF_PURCHASE_ORDERS("staff/purchase-orders", "nav.staff-purchase-orders", VaadinIcon.TRUCK, Section.BACK_OFFICE),
    STAFF_INVOICES("staff/invoices", "nav.staff-invoices", VaadinIcon.INVOICE, Section.BACK_OFFICE),
    STAFF_TICKETS("staff/tickets", "nav.staff-tickets", VaadinIcon.LIFEBUOY, Section.BACK_OFFICE),
    STAFF_SIGNATURES("staff/signatures", "nav.staff-signatures", VaadinIcon.PENCIL, Section.BACK_OFFICE),
    STAFF_SUBSCRIPTIONS("staff/subscriptions", "nav.staff-subscriptions", VaadinIcon.REFRESH, Section.BACK_OFFICE),
    STAFF_EMPLOYEES("staff/employees", "nav.staff-employees", VaadinIcon.USER_CLOCK, Section.BACK_OFFICE),
    STAFF_USERS("staff/users", "nav.staff-users", VaadinIcon.USER_CARD, Section.ADMINISTRATION),
    STAFF_MAILBOX("staff/mailbox", "nav.staff-mailbox", VaadinIcon.ENVELOPES_O, Section.ADMINISTRATION),
    STAFF_TEMPLATES("staff/templates", "nav.staff-templates", VaadinIcon.ENVELOPE_OPEN_O, Section.ADMINISTRATION),
    STAFF_SETTINGS("staff/settings", "nav.staff-settings", VaadinIcon.COG_O, Section.ADMINISTRATION),
    STAFF_AUDIT("staff/audit", "nav.staff-audit", VaadinIcon.CLIPBOARD_TEXT, Section.ADMINISTRATION);

    /** Groups of the side navigation, each under its own heading. */
    public enum Section {
        PORTAL("nav.section.portal"), BACK_OFFICE("nav.section.back-office"), ADMINISTRATION("nav.section.administration");

        private final String labelKey;

        Section(String labelKey) {
            this.labelKey = labelKey;
        }

        public String labelKey() {
            return labelKey;
        }
    }

    private final String path;
    private final String labelKey;
    private final VaadinIcon icon;
    private final Section section;

    NavItem(String path, String labelKey, VaadinIcon icon, Section section) {
        this.path = path;
        this.labelKey = labelKey;
        this.icon = icon;
        this.section = section;
    }

    public String path() {
        return path;
    }

    public String labelKey() {
        return labelKey;
    }

    public String descriptionKey() {
        return labelKey + ".description";
    }

    public VaadinIcon icon() {
        return icon;
    }

    public Section section() {
        return section;
    }
}
