package org.kundenportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kundenportal.TestWorld;
import org.kundenportal.browser.DocumentPageChecks.Screen;
import org.kundenportal.invoices.InvoiceFixtures;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.quotes.QuoteFixtures;
import org.kundenportal.quotes.domain.Quote;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The document pages on a phone, both tablet orientations and a desktop, as a customer: an invoice, its pay
 * dialog, a quote and its accept & sign dialog. Nothing wider than the screen, title, status and amount in sight,
 * every action of the action bar wholly on screen and the lines' amounts readable.
 */
class DocumentPagesBrowserTest extends BrowserTest {

    private static final String ACTIONS = ".document-action-bar vaadin-button";
    private static final String HEADLINE = ".document-page-title, .document-page-header .state-badge, .document-summary-amount";


    @ParameterizedTest
    @EnumSource(Screen.class)
    void invoiceQuoteAndTheirDialogsFitTheScreen(Screen screen) {
        InvoiceFixtures invoices = new InvoiceFixtures(context);
        Invoice invoice = invoices.posted(world.customer().companyId());
        Quote quote = new QuoteFixtures(context).sent(TestWorld.CUSTOMER_COMPANY, true, false);
        DocumentPageChecks checks = new DocumentPageChecks(browser);
        logInAsCustomer();
        checks.emulate(screen);

        open("/invoices/" + invoice.number());
        checks.screenshot("invoice-" + screen);
        Accessibility.assertNoViolations(browser, "the invoice at " + screen);
        assertFits(checks, screen, "invoice");
        assertThat(checks.notFullyVisibleAcross(".lines-table td.line-amount")).as("invoice lines' amounts").isEmpty();

        browser.findElement(By.cssSelector(".invoice-pay")).click();
        await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pay-girocode p")));
        checks.screenshot("invoice-pay-" + screen);
        Accessibility.assertNoViolations(browser, "the pay dialog at " + screen);
        assertThat(checks.notFullyVisibleAcross(".pay-girocode p, .pay-girocode img")).as("pay dialog's GiroCode").isEmpty();
        assertThat(checks.horizontalOverflow()).as("pay dialog overflow at " + screen).isZero();

        open("/quotes/" + quote.number());
        checks.screenshot("quote-" + screen);
        Accessibility.assertNoViolations(browser, "the quote at " + screen);
        assertFits(checks, screen, "quote");
        assertThat(checks.notFullyVisibleAcross(".lines-table td.line-amount")).as("quote lines' amounts").isEmpty();
        assertThat(checks.notFullyVisible("#quote-accept, #quote-decline")).as("accept and decline").isEmpty();

        browser.findElement(By.id("quote-accept")).click();
        await(ExpectedConditions.visibilityOfElementLocated(By.id("accept-confirm")));
        checks.screenshot("quote-accept-" + screen);
        Accessibility.assertNoViolations(browser, "the accept & sign dialog at " + screen);
        assertThat(checks.notFullyVisibleAcross("kp-signature-pad")).as("accept & sign dialog's pad").isEmpty();
        assertThat(checks.notFullyVisible("#accept-confirm")).as("accept & sign dialog's button").isEmpty();
        assertThat(checks.horizontalOverflow()).as("accept dialog overflow at " + screen).isZero();
    }

    /** The small grids of a document page become cards on a phone too, like the lists: here an invoice's payments. */
    @ParameterizedTest
    @EnumSource(Screen.class)
    void anInvoicesPaymentsFitTheScreen(Screen screen) {
        String paid = CustomerDocuments.partlyPaidInvoice(context, world);
        DocumentPageChecks checks = new DocumentPageChecks(browser);
        logInAsCustomer();
        checks.emulate(screen);

        open("/invoices/" + paid);
        String grid = "vaadin-grid.invoice-payments";
        if (screen == Screen.PHONE) {
            await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(grid + "[width-class='phone']")));
            await(driver -> LayoutChecks.firstCardIncomplete(driver, grid, true).isEmpty());
        } else {
            await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(grid + "[width-class]")));
            awaitIdle();
            assertThat(browser.findElement(By.cssSelector(grid)).getDomAttribute("width-class")).as("payments at " + screen)
                    .isNotEqualTo("phone");
        }
        assertThat(checks.horizontalOverflow()).as("invoice with payments, overflow at " + screen).isZero();
    }

    private void open(String path) {
        browser.get(url(path));
        await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".document-action-bar")));
    }

    private void assertFits(DocumentPageChecks checks, Screen screen, String page) {
        assertThat(checks.horizontalOverflow()).as(page + " overflow at " + screen).isZero();
        assertThat(checks.notFullyVisible(HEADLINE)).as(page + " title, status and amount at " + screen).isEmpty();
        assertThat(checks.notFullyVisible(ACTIONS)).as(page + " actions at " + screen).isEmpty();
    }
}
