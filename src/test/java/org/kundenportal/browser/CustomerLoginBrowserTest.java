package org.kundenportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.demo.DemoData;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;

/** In a real browser: the demo customer logs in through the form and lands on the portal home. */
class CustomerLoginBrowserTest extends SpringTest {

    @Value("${local.server.port}")
    int port;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void demoCustomerLogsInAndSeesTheHomePage() {
        browser.get("http://localhost:" + port + "/");

        wait.until(ExpectedConditions.urlContains("/login"));
        WebElement email = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        email.sendKeys(DemoData.CUSTOMER);
        WebElement password = browser.findElement(By.cssSelector("input[name='password']"));
        password.sendKeys(DemoData.PASSWORD, Keys.ENTER);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Anna Becker"));
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Guten Tag, Anna Becker");
        assertThat(browser.findElement(By.cssSelector(".app-title")).getText()).isEqualTo("Nordlicht Handel GmbH");
        Object manifestLinked = ((JavascriptExecutor) browser)
                .executeScript("return document.querySelector('link[rel=manifest]') !== null");
        assertThat(manifestLinked).isEqualTo(true);
        Object serviceWorkerScope = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "navigator.serviceWorker.ready.then(r => done(r.scope), e => done(String(e)));");
        assertThat(serviceWorkerScope).isEqualTo("http://localhost:" + port + "/");
    }

    @Test
    void logoutEndsTheSession() {
        browser.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys(DemoData.STAFF);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(DemoData.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Stefan Krüger"));

        browser.findElement(By.cssSelector(".user-menu vaadin-menu-bar-button")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-menu-bar-item[contains(., 'Abmelden')]"))).click();

        wait.until(ExpectedConditions.urlContains("/login"));
        browser.get("http://localhost:" + port + "/staff");
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        assertThat(browser.getPageSource()).doesNotContain("Stefan Krüger");
    }

    @Test
    void wrongPasswordKeepsTheVisitorOnTheLoginWithAMessage() {
        browser.get("http://localhost:" + port + "/login");

        WebElement email = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        email.sendKeys(DemoData.CUSTOMER);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("wrong-password", Keys.ENTER);

        wait.until(ExpectedConditions.urlContains("error"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-login-form"), "Anmeldung fehlgeschlagen"));
    }
}
