package org.kundenportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kundenportal.TestWorld;
import org.kundenportal.account.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** In a real browser: a user with two-factor authentication passes the password, then the code step. */
class TwoFactorLoginBrowserTest extends BrowserTest {

    @Test
    void thePasswordLeadsToTheCodeStepAndTheCodeToThePageAskedFor() {
        TestAccounts accounts = new TestAccounts(context);
        TestAccounts.Account user = accounts.customer("browser-2fa");
        String secret = accounts.enableTwoFactor(user.userId());

        browser.get("http://localhost:" + port + "/account/security");
        await(ExpectedConditions.urlContains("/login"));
        submitLogin(user.email(), TestWorld.PASSWORD);

        await(ExpectedConditions.urlContains("/login/code"));
        await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Zwei-Faktor-Authentifizierung"));
        browser.get("http://localhost:" + port + "/account/security");
        await(ExpectedConditions.urlContains("/login"));
        assertThat(browser.getCurrentUrl()).as("the password alone opens nothing").doesNotContain("/account");

        browser.get("http://localhost:" + port + "/login/code");
        await(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-field input")))
                .sendKeys(TestAccounts.nextCode(secret), Keys.ENTER);

        await(ExpectedConditions.presenceOfElementLocated(By.xpath("//h3[contains(., 'Zwei-Faktor-Authentifizierung')]")));
        assertThat(browser.getCurrentUrl()).endsWith("/account/security");
        assertThat(browser.findElement(By.cssSelector(".user-name")).getText()).isEqualTo("Tina Test");
    }
}
