package org.kundenportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.users.domain.UserRepository;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/** Real-browser tests: the running app on a random port, one fresh headless Chromium per test. */
abstract class BrowserTest extends SpringTest {

    @Value("${local.server.port}")
    int port;
    @Value("${kundenportal.csp.report-only:false}")
    boolean cspReportOnly;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserRepository users;
    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    /**
     * Every browser test also proves that the page did all it did under the Content-Security-Policy. With the
     * policy only reported, it instead adds the Flow functions the page needed to the function table.
     */
    @AfterEach
    void closeBrowser() {
        try {
            CspConsole console = CspConsole.read(browser);
            if (cspReportOnly) {
                CspFunctionTable.add(console.missingFunctions());
            } else {
                assertThat(console.complaints()).as("what the browser refused under the security headers").isEmpty();
            }
        } finally {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Fills the login form and sends it, once the page's scripts are loaded and Vaadin is idle: typing into the
     * form's inputs before the login component is ready can lose what was typed.
     */
    void submitLogin(String email, String password) {
        await(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !!customElements.get('vaadin-login-form')")));
        awaitIdle();
        WebElement emailField = await(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        emailField.clear();
        emailField.sendKeys(email);
        WebElement passwordField = browser.findElement(By.cssSelector("input[name='password']"));
        passwordField.clear();
        passwordField.sendKeys(password);
        await(driver -> email.equals(emailField.getDomProperty("value")) && password.equals(passwordField.getDomProperty("value")));
        passwordField.sendKeys(Keys.ENTER);
    }

    /** The name the app greets the user with. */
    String displayName(String email) {
        return users.findPrincipal(email).orElseThrow().displayName();
    }

    /** Logs the test world's customer in through the form and waits for the portal's home. */
    void logInAsCustomer() {
        browser.get(url("/login"));
        submitLogin(TestWorld.CUSTOMER, TestWorld.PASSWORD);
        await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), displayName(TestWorld.CUSTOMER)));
    }

    /** Logs the test world's staff member in through the form and waits for the back office's home. */
    void logInAsStaff() {
        browser.get(url("/login"));
        submitLogin(TestWorld.STAFF, TestWorld.PASSWORD);
        await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), displayName(TestWorld.STAFF)));
    }

    /** Waits until the page's Vaadin client is loaded and has no request under way. */
    void awaitIdle() {
        await(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) && Object.values("
                        + "window.Vaadin.Flow.clients).every(client => !client.isActive || !client.isActive())")));
    }

    /** Waits like {@link WebDriverWait#until}, but a timeout says where the browser was and what it showed. */
    <T> T await(ExpectedCondition<T> condition) {
        try {
            return wait.until(driver -> stillNavigating(condition, driver));
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out at " + browser.getCurrentUrl() + " showing: "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    /**
     * A look at the page while the browser moves to another one (the login's redirect on a slow machine) is aborted by
     * Chrome; that only means "not yet", as for an element not there yet.
     */
    private static <T> T stillNavigating(ExpectedCondition<T> condition, WebDriver driver) {
        try {
            return condition.apply(driver);
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("aborted by navigation")) {
                return null;
            }
            throw e;
        }
    }

    /**
     * Waits for the open signature pad and draws two strokes on its canvas with real mouse moves, the first starting
     * {@code left} pixels left of the canvas's centre.
     */
    void drawSignature(int left) {
        WebElement pad = await(ExpectedConditions.visibilityOfElementLocated(By.tagName("kp-signature-pad")));
        WebElement canvas = await(driver -> pad.getShadowRoot().findElement(By.cssSelector("canvas")));
        await(driver -> canvas.getSize().getWidth() > 100);
        new Actions(browser)
                .moveToElement(canvas, left, 10)
                .clickAndHold()
                .moveByOffset(30, -25)
                .moveByOffset(30, 30)
                .moveByOffset(30, -35)
                .moveByOffset(30, 25)
                .moveByOffset(40, -10)
                .release()
                .moveToElement(canvas, left + 60, 30)
                .clickAndHold()
                .moveByOffset(80, 5)
                .moveByOffset(60, -5)
                .release()
                .perform();
    }
}
