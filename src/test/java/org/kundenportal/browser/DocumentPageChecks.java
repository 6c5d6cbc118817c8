package org.kundenportal.browser;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Viewport emulation and layout measurements for the document pages' browser test: the page's own geometry, read
 * in the browser with one script each, so a failure names what is off screen or cut off.
 */
final class DocumentPageChecks {

    /** The four screens of issue 14; phones and tablets have a coarse pointer. */
    enum Screen {
        PHONE(390, 844, true), TABLET_PORTRAIT(820, 1180, true), TABLET_LANDSCAPE(1180, 820, true), DESKTOP(1440, 900, false);

        final int width;
        final int height;
        final boolean touch;

        Screen(int width, int height, boolean touch) {
            this.width = width;
            this.height = height;
            this.touch = touch;
        }
    }

    private final ChromeDriver browser;

    DocumentPageChecks(ChromeDriver browser) {
        this.browser = browser;
    }

    /** Saves what the browser shows, when -Dkundenportal.screenshots names a folder (for the README's pictures). */
    void screenshot(String name) {
        String folder = System.getProperty("kundenportal.screenshots");
        if (folder != null && !folder.isBlank()) {
            try {
                java.nio.file.Files.createDirectories(java.nio.file.Path.of(folder));
                java.nio.file.Files.write(java.nio.file.Path.of(folder, name + ".png"),
                        browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    void emulate(Screen screen) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", screen.width,
                "height", screen.height, "deviceScaleFactor", 1, "mobile", screen.touch && screen.width < 900));
        browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", screen.touch,
                "maxTouchPoints", screen.touch ? 5 : 1));
    }

    /** How far the page is wider than the screen, in CSS pixels; 0 when it needs no horizontal scrolling. */
    long horizontalOverflow() {
        return (Long) browser.executeScript("""
                const widest = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
                return Math.max(0, Math.ceil(widest - document.documentElement.clientWidth));""");
    }

    /**
     * The elements matching the selector (in the document, or in an open dialog) that are not wholly on screen,
     * or whose text is cut off, each described; empty when all are fine. No match at all is a problem too.
     */
    @SuppressWarnings("unchecked")
    List<String> notFullyVisible(String selector) {
        return (List<String>) browser.executeScript("""
                const found = [...document.querySelectorAll(arguments[0])].filter(e => e.getClientRects().length > 0);
                if (found.length === 0) { return ['nothing visible matches ' + arguments[0]]; }
                const width = document.documentElement.clientWidth, height = window.innerHeight;
                const problems = [];
                for (const element of found) {
                  const box = element.getBoundingClientRect();
                  const name = element.tagName.toLowerCase() + '.' + [...element.classList].join('.')
                      + ' "' + (element.textContent || '').trim().slice(0, 40) + '"';
                  if (box.width < 1 || box.height < 1) {
                    problems.push(name + ' has no size: ' + box.width + 'x' + box.height);
                  }
                  const icon = element.querySelector('vaadin-icon');
                  if (icon && icon.getBoundingClientRect().width < 1) {
                    problems.push(name + ' shows no icon');
                  }
                  if (box.left < -0.5 || box.right > width + 0.5 || box.top < -0.5 || box.bottom > height + 0.5) {
                    problems.push(name + ' at ' + Math.round(box.left) + ',' + Math.round(box.top) + '-'
                        + Math.round(box.right) + ',' + Math.round(box.bottom) + ' outside ' + width + 'x' + height);
                  }
                  const label = element.shadowRoot ? element.shadowRoot.querySelector('[part="label"]') : element;
                  if (label && label.scrollWidth > label.clientWidth + 1) {
                    problems.push(name + ' is cut off: ' + label.scrollWidth + ' px of text in ' + label.clientWidth);
                  }
                }
                return problems;""", selector);
    }

    /**
     * Like {@link #notFullyVisible} but horizontally only: for elements further down a page that scrolls. Text cut
     * off is looked for in plain elements; a web component's inner width is its own business.
     */
    @SuppressWarnings("unchecked")
    List<String> notFullyVisibleAcross(String selector) {
        return (List<String>) browser.executeScript("""
                const found = [...document.querySelectorAll(arguments[0])].filter(e => e.getClientRects().length > 0);
                if (found.length === 0) { return ['nothing visible matches ' + arguments[0]]; }
                const width = document.documentElement.clientWidth;
                return found.filter(e => {
                  const box = e.getBoundingClientRect();
                  return box.left < -0.5 || box.right > width + 0.5 || (!e.shadowRoot && e.scrollWidth > e.clientWidth + 1);
                }).map(e => e.className + ' "' + e.textContent.trim() + '" at ' + Math.round(e.getBoundingClientRect().left)
                    + '-' + Math.round(e.getBoundingClientRect().right) + ' of ' + width);""", selector);
    }
}
