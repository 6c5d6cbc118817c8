package org.kundenportal.browser;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kundenportal.SpringTest;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;

/** Real-browser tests: the running app on a random port, one fresh headless Chromium per test. */
abstract class BrowserTest extends SpringTest {

    @Value("${local.server.port}")
    int port;
    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Waits like {@link WebDriverWait#until}, but a timeout says where the browser was and what it showed. */
    <T> T await(ExpectedCondition<T> condition) {
        try {
            return wait.until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out at " + browser.getCurrentUrl() + " showing: "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }
}
