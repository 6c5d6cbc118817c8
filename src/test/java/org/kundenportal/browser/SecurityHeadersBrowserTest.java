package org.kundenportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.kundenportal.TestWorld;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.pdf.PdfFixtures;
import org.kundenportal.wallets.WalletFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium, under the Content-Security-Policy and Permissions-Policy the pages are sent with: the pages that
 * need the most of the browser work without a refusal (every browser test also checks its own pages, see
 * {@link BrowserTest}), and markup injected into a page runs nothing.
 */
class SecurityHeadersBrowserTest extends BrowserTest {

    @Autowired
    DSLContext db;
    @Autowired
    DocumentLines documentLines;

    @Test
    void anInvoiceAndAWalletsQrCodeShowUnderThePolicy() {
        String number = new PdfFixtures(db, documentLines).invoice(TestWorld.CUSTOMER_COMPANY, "OUT", "INVOICE", "POSTED",
                PdfFixtures.someLines(), BigDecimal.ZERO);
        String card = new WalletFixtures(context).eWallet(world.customer().companyId());
        logInAsCustomer();

        browser.get(url("/invoices/" + number));
        await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), number));

        browser.get(url("/wallets"));
        await(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[contains(@class, 'wallet-code') and contains(., '" + card + "')]"))).click();
        WebElement qr = await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("img.qr-code")));
        // a data URL the policy's img-src allows: the browser decoded the image
        await(driver -> Boolean.TRUE.equals(browser.executeScript("return arguments[0].naturalWidth > 0", qr)));
    }

    @Test
    void injectedMarkupRunsNothing() {
        logInAsCustomer();

        browser.executeScript("""
                const probe = document.createElement('div');
                probe.innerHTML = '<img src="x" onerror="window.kpInjected = true">';
                document.body.appendChild(probe);""");

        await(driver -> !CspConsole.read(browser).complaints().isEmpty() || cspReportOnly);
        sleep(Duration.ofMillis(300));
        assertThat(browser.executeScript("return window.kpInjected === true")).isEqualTo(cspReportOnly);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
