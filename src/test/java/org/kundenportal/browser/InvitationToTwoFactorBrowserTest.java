package org.kundenportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kundenportal.access.AccessFixtures;
import org.kundenportal.account.domain.Base32;
import org.kundenportal.account.domain.Totp;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The whole way of a new portal user in a real browser: staff grant access, the invitation mail's link leads
 * to the sign-up, the user turns on two-factor authentication, logs out, and logs in again with a code.
 */
class InvitationToTwoFactorBrowserTest extends BrowserTest {

    private static final String PASSWORD = "Leuchtturm-Kiel-2026";


    private void click(String buttonText) {
        await(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[contains(., '" + buttonText + "')]"))).click();
    }

    private static String code(String secret, long step) {
        return Totp.code(Base32.decode(secret), step);
    }

    @Test
    void invitedUserSignsUpEnablesTwoFactorAndLogsInWithACode() {
        AccessFixtures fixtures = new AccessFixtures(context);
        String email = AccessFixtures.uniqueEmail("journey");
        long company = fixtures.customerCompany(AccessFixtures.uniqueName("Reise GmbH"));
        fixtures.grant(fixtures.person(company, "Jana Reise", email, "de"));

        // the link from the invitation mail
        browser.get("http://localhost:" + port + "/" + fixtures.latestSignUpPath(email));
        List<WebElement> passwords = await(ExpectedConditions.numberOfElementsToBe(By.cssSelector("vaadin-password-field input"), 2));
        passwords.get(0).sendKeys(PASSWORD);
        passwords.get(1).sendKeys(PASSWORD);
        click("Passwort speichern und anmelden");
        await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Jana Reise"));

        // two-factor authentication, set up with the secret the page shows
        browser.get("http://localhost:" + port + "/account/security");
        click("Zwei-Faktor-Authentifizierung einrichten");
        String secret = await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".two-factor-secret")))
                .getText().replace(" ", "");
        long step = Totp.stepAt(Instant.now());
        await(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-field[autocomplete='one-time-code'] input")))
                .sendKeys(code(secret, step), Keys.TAB);
        click("Aktivieren");
        click("Ich habe die Codes gesichert");

        // log out and in again: the password leads to the code step, the code into the portal
        browser.findElement(By.cssSelector(".user-menu vaadin-menu-bar-button")).click();
        await(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-menu-bar-item[contains(., 'Abmelden')]"))).click();
        await(ExpectedConditions.urlContains("/login"));
        submitLogin(email, PASSWORD);
        await(ExpectedConditions.urlContains("/login/code"));
        // a code of a later time step than the one used for the setup: every step works only once
        await(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-field input")))
                .sendKeys(code(secret, step + 1), Keys.ENTER);

        await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Jana Reise"));
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    }
}
