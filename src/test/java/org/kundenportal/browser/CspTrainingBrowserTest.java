package org.kundenportal.browser;

import jakarta.servlet.ServletContext;
import java.util.List;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kundenportal.AppRoutes;
import org.kundenportal.TestWorld;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Only when the function table is completed (README, "Content-Security-Policy"): each of the test world's users
 * opens every view without route parameters, so that the table learns the Flow functions of every page, not only of
 * the pages the other browser tests visit.
 */
@EnabledIfSystemProperty(named = "kundenportal.csp.report-only", matches = "true")
class CspTrainingBrowserTest extends BrowserTest {

    @Autowired
    ServletContext servletContext;

    @ParameterizedTest
    @ValueSource(strings = {TestWorld.CUSTOMER, TestWorld.PARTNER, TestWorld.SUPPLIER, TestWorld.ADMIN})
    void everyViewOnceAs(String email) {
        browser.get(url("/login"));
        submitLogin(email, TestWorld.PASSWORD);
        await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        List<String> views = AppRoutes.withoutParameters(servletContext).stream()
                .filter(path -> !path.equals("login") && !path.startsWith("account/deleted")).toList();
        for (String view : views) {
            browser.get(url("/" + view));
            awaitIdle();
        }
    }
}
