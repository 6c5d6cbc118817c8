package org.kundenportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The texts inside Vaadin's components that only the browser shows, in the German UI: the password fields' reveal
 * buttons (the login form's too), the grids' sort headers and the user menu's overflow button. In English they come
 * from Vaadin as "Show password", "Sort by ..." and "More options".
 */
class ComponentTextsBrowserTest extends BrowserTest {

    @Test
    void revealButtonsSortHeadersAndTheUserMenuSpeakGerman() {
        browser.get(url("/login"));
        await(ExpectedConditions.attributeToBe(By.cssSelector("vaadin-login-form vaadin-password-field-button"),
                "aria-label", "Passwort anzeigen"));

        logInAsCustomer();
        browser.get(url("/invoices"));
        await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid-sorter")));
        awaitIdle();
        await(driver -> driver.findElements(By.cssSelector("vaadin-grid-sorter")).stream()
                .allMatch(sorter -> sorter.getDomAttribute("aria-label").startsWith("Sortieren nach ")));
        assertThat(browser.findElements(By.cssSelector("vaadin-grid-sorter")))
                .extracting(sorter -> sorter.getDomAttribute("aria-label")).contains("Sortieren nach Nummer");
        WebElement overflow = browser.findElement(By.cssSelector(".user-menu vaadin-menu-bar-button[slot='overflow']"));
        assertThat(overflow.getDomAttribute("aria-label")).isEqualTo("Weitere Optionen");

        browser.get(url("/account/security"));
        await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-password-field-button")));
        await(driver -> driver.findElements(By.cssSelector("vaadin-password-field-button")).stream()
                .allMatch(button -> "Passwort anzeigen".equals(button.getDomAttribute("aria-label"))));
    }
}
