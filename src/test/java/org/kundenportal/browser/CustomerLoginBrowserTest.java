package org.kundenportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kundenportal.TestWorld;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** In a real browser: a customer logs in through the form and lands on the portal home. */
class CustomerLoginBrowserTest extends BrowserTest {

    @Test
    void aCustomerLogsInAndSeesTheHomePage() {
        String name = displayName(TestWorld.CUSTOMER);
        browser.get("http://localhost:" + port + "/");

        await(ExpectedConditions.urlContains("/login"));
        submitLogin(TestWorld.CUSTOMER, TestWorld.PASSWORD);

        await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), name));
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Guten Tag, " + name);
        assertThat(browser.findElement(By.cssSelector(".app-title")).getText()).isEqualTo(TestWorld.SELLER);
        Object manifestLinked = ((JavascriptExecutor) browser)
                .executeScript("return document.querySelector('link[rel=manifest]') !== null");
        assertThat(manifestLinked).isEqualTo(true);
        Object serviceWorkerScope = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "navigator.serviceWorker.ready.then(r => done(r.scope), e => done(String(e)));");
        assertThat(serviceWorkerScope).isEqualTo("http://localhost:" + port + "/");
    }

    @Test
    void theSideNavigationShowsItsIconsAndLeadsToTheInvoices() {
        browser.get("http://localhost:" + port + "/login");
        submitLogin(TestWorld.CUSTOMER, TestWorld.PASSWORD);
        await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), displayName(TestWorld.CUSTOMER)));

        WebElement invoices = await(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-side-nav-item[path='/invoices']")));
        assertThat(invoices.getText()).isEqualTo("Rechnungen");
        assertThat(invoices.findElement(By.cssSelector("vaadin-icon[slot='prefix']")).getDomAttribute("icon"))
                .isEqualTo("vaadin:invoice");
        invoices.click();

        await(ExpectedConditions.urlContains("/invoices"));
        await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid.invoice-grid")));
        // the navigation is drawn anew after every navigation: the item marked as the current page is a new element
        await(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-side-nav-item[path='/invoices'][current]")));
    }

    @Test
    void logoutEndsTheSession() {
        String name = displayName(TestWorld.STAFF);
        browser.get("http://localhost:" + port + "/login");
        submitLogin(TestWorld.STAFF, TestWorld.PASSWORD);
        await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), name));

        browser.findElement(By.cssSelector(".user-menu vaadin-menu-bar-button")).click();
        await(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-menu-bar-item[contains(., 'Abmelden')]"))).click();

        await(ExpectedConditions.urlContains("/login"));
        browser.get("http://localhost:" + port + "/staff");
        await(ExpectedConditions.urlContains("/login"));
        await(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        assertThat(browser.getPageSource()).doesNotContain(name);
    }

    @Test
    void wrongPasswordKeepsTheVisitorOnTheLoginWithAMessage() {
        browser.get("http://localhost:" + port + "/login");

        submitLogin(TestWorld.CUSTOMER, "wrong-password");

        await(ExpectedConditions.urlContains("error"));
        await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-login-form"), "Anmeldung fehlgeschlagen"));
    }
}
