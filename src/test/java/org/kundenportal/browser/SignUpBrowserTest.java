package org.kundenportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kundenportal.access.AccessFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** In a real browser: the invitation link leads to the sign-up page, which logs the new user in. */
class SignUpBrowserTest extends BrowserTest {

    @Test
    void invitedContactSignsUpAndLandsLoggedInOnTheHomePage() {
        AccessFixtures fixtures = new AccessFixtures(context);
        String email = AccessFixtures.uniqueEmail("browser");
        long company = fixtures.customerCompany(AccessFixtures.uniqueName("Browser GmbH"));
        fixtures.grant(fixtures.person(company, "Bruno Browser", email, "de"));

        browser.get("http://localhost:" + port + "/" + fixtures.latestSignUpPath(email));

        List<WebElement> passwords = await(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("vaadin-password-field input"), 2));
        passwords.get(0).sendKeys("Feuerschiff-Elbe-77");
        passwords.get(1).sendKeys("Feuerschiff-Elbe-77");
        browser.findElement(By.xpath("//vaadin-button[contains(., 'Passwort speichern und anmelden')]")).click();

        await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Bruno Browser"));
        assertThat(browser.getCurrentUrl()).doesNotContain("/signup").doesNotContain("/login");
        assertThat(browser.findElement(By.cssSelector(".user-name")).getText()).isEqualTo("Bruno Browser");
    }
}
