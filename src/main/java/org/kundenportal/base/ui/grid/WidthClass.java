package org.kundenportal.base.ui.grid;

/**
 * How much room a list has, judged by the browser window's width: phones show cards, tablets leave out the
 * columns that matter least, desktops leave out only what the widest lists cannot fit, wide screens show every
 * column. In order from narrow to wide.
 */
public enum WidthClass {
    PHONE, TABLET, DESKTOP, WIDE;

    /** Below this a row becomes a card (the same breakpoint as the styles' phone rules). */
    static final int PHONE_BELOW = 600;
    /**
     * Wider than the ~1100 px a tablet has, because from 1024 px on the side menu is pinned and takes ~260 px: below
     * 1400 px a list has less than ~1100 px (a 1180 px landscape tablet leaves it about 880 px, as little as a
     * portrait one).
     */
    static final int TABLET_BELOW = 1400;
    /** A 1440 px desktop leaves a list about 1130 px beside the pinned menu: the widest lists need more. */
    static final int DESKTOP_BELOW = 1600;

    public static WidthClass of(int windowWidth) {
        if (windowWidth <= 0) {
            return WIDE; // not known (yet): show every column, as before
        }
        if (windowWidth < PHONE_BELOW) {
            return PHONE;
        }
        if (windowWidth < TABLET_BELOW) {
            return TABLET;
        }
        return windowWidth < DESKTOP_BELOW ? DESKTOP : WIDE;
    }
}
