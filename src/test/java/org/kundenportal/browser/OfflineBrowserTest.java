package org.kundenportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser that loses its network: the service worker answers with the app's own offline page, in German
 * for a German-speaking customer, both for an address typed in and for a click inside the app.
 */
class OfflineBrowserTest extends BrowserTest {

    /** A sentence only the app's offline page says (Vaadin's own notice says "Keine Verbindung" too). */
    private static final String OFFLINE_PAGE = "Das Portal braucht eine Internetverbindung";

    /** The visible text of the page, or of the frame Vaadin shows its offline page in. */
    private static final String SHOWN_TEXT = """
            const frame = document.querySelector('iframe');
            const inFrame = frame && frame.contentDocument && frame.contentDocument.body
                ? frame.contentDocument.body.innerText : '';
            return document.body.innerText + '\\n' + inFrame;""";

    private void logInAndWaitForTheServiceWorker() {
        logInAsCustomer();
        Object controlled = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                navigator.serviceWorker.ready.then(() => {
                  const check = () => navigator.serviceWorker.controller ? done(true) : setTimeout(check, 100);
                  check();
                }, error => done(String(error)));""");
        assertThat(controlled).as("the service worker controls the page").isEqualTo(true);
    }

    private void goOffline() {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private String shownText() {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(SHOWN_TEXT));
    }

    @Test
    void anAddressOpenedOfflineShowsTheAppsOfflinePage() {
        logInAndWaitForTheServiceWorker();
        goOffline();

        browser.get(url("/invoices"));

        await(driver -> shownText().contains(OFFLINE_PAGE));
    }

    @Test
    void aClickInsideTheAppWhileOfflineShowsTheAppsOfflinePage() {
        logInAndWaitForTheServiceWorker();
        goOffline();

        await(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-side-nav-item[path='/invoices']"))).click();

        await(driver -> shownText().contains(OFFLINE_PAGE));
        assertThat(shownText()).doesNotContain("Connection lost");
    }
}
