package org.kundenportal.base.ui;

/**
 * The groups of the side navigation, each under its own heading. A view's {@code @Menu} order says its group: the
 * thousands of the order, so that the orders of one group stay apart from the others' (the portal from 0, the back
 * office from 1000, the administration from 2000).
 */
public enum MenuSection {
    PORTAL("nav.section.portal"), BACK_OFFICE("nav.section.back-office"), ADMINISTRATION("nav.section.administration");

    private final String labelKey;

    MenuSection(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    /** The group of a {@code @Menu} order; an order beyond the last group's belongs to the last group. */
    static MenuSection of(double order) {
        int index = (int) Math.floor(order / 1000);
        return values()[Math.max(0, Math.min(index, values().length - 1))];
    }
}
