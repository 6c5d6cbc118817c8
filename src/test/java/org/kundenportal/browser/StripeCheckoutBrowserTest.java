package org.kundenportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.invoices.InvoiceFixtures;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.InvoicePaymentStatus;
import org.kundenportal.invoices.domain.PaymentAttemptState;
import org.kundenportal.invoices.domain.payment.PaymentProviders;
import org.kundenportal.invoices.domain.payment.StripeProvider;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A customer pays an invoice on Stripe's (stand-in) checkout page and comes back to it paid. */
class StripeCheckoutBrowserTest extends BrowserTest {

    /** Switched like an admin does in the settings, which also creates the provider's row the first time. */
    private void stripe(boolean enabled) {
        context.getBean(PaymentProviders.class).save(StripeProvider.CODE, enabled, "", world.admin().userId());
    }

    @AfterEach
    void stripeOffAgain() {
        stripe(false);
    }

    @Test
    void aCustomerPaysOnStripesPageAndComesBackToThePaidInvoice() {
        InvoiceFixtures fixtures = new InvoiceFixtures(context);
        stripe(true);
        Invoice invoice = fixtures.posted(world.customer().companyId());
        logInAsCustomer();

        browser.get(url("/invoices/" + invoice.number()));
        await(ExpectedConditions.elementToBeClickable(By.cssSelector(".invoice-pay"))).click();
        await(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-radio-button[contains(., 'Stripe')]"))).click();
        await(ExpectedConditions.elementToBeClickable(By.cssSelector(".pay-stripe"))).click();

        // the invoice page's own title names the invoice too: wait for Stripe's page by its address
        await(ExpectedConditions.urlContains("/c/pay/cs_test_"));
        await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), invoice.number()));
        assertThat(browser.findElement(By.className("amount")).getText()).isEqualTo("119.00 EUR");
        browser.findElement(By.id("pay")).click();

        await(ExpectedConditions.urlContains("/invoices/" + invoice.number() + "/payment-return"));
        await(ExpectedConditions.textToBePresentInElementLocated(By.className("payment-return-message"), "Vielen Dank"));
        browser.findElement(By.linkText("Zurück zur Rechnung")).click();
        await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".invoice-status-paid")));
        assertThat(browser.findElements(By.cssSelector(".invoice-pay"))).isEmpty();

        assertThat(fixtures.reload(invoice).status()).isEqualTo(InvoicePaymentStatus.PAID);
        assertThat(fixtures.invoices.payments(invoice.id())).singleElement()
                .satisfies(payment -> assertThat(payment.state()).isEqualTo(PaymentAttemptState.SUCCEEDED));
    }
}
