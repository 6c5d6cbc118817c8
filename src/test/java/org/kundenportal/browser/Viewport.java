package org.kundenportal.browser;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A device's screen for real-browser tests, set through ChromeDriver's DevTools commands: the layout viewport's
 * size and, for touch devices, a coarse pointer ({@code @media (pointer: coarse)}).
 *
 * @param widthClass what the lists call this width: phone, tablet or desktop
 */
record Viewport(String name, int width, int height, boolean touch, String widthClass) {

    static final Viewport PHONE = new Viewport("phone", 390, 844, true, "phone");
    static final Viewport TABLET_PORTRAIT = new Viewport("tablet portrait", 820, 1180, true, "tablet");
    static final Viewport TABLET_LANDSCAPE = new Viewport("tablet landscape", 1180, 820, true, "tablet");
    static final Viewport DESKTOP = new Viewport("desktop", 1440, 900, false, "desktop");

    static List<Viewport> all() {
        return List.of(PHONE, TABLET_PORTRAIT, TABLET_LANDSCAPE, DESKTOP);
    }

    /** Below this width the side menu overlays the content instead of being pinned. */
    boolean drawerOverlays() {
        return width < 1024;
    }

    /** Gives the browser this screen; call before loading the page, the size also holds for later pages. */
    void applyTo(ChromeDriver browser) {
        // mobile: false keeps the layout viewport at the given width, so an overflowing page cannot zoom itself out
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        browser.executeCdpCommand("Emulation.setTouchEmulationEnabled",
                touch ? Map.of("enabled", true, "maxTouchPoints", 5) : Map.of("enabled", false));
    }

    @Override
    public String toString() {
        return name + " " + width + "x" + height;
    }
}
