package org.kundenportal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.SALE_ORDER;

import org.junit.jupiter.api.Test;
import org.kundenportal.TestWorld;
import org.kundenportal.base.signature.SignatureImages;
import org.kundenportal.db.tables.records.SaleOrderRecord;
import org.kundenportal.documents.domain.SaleOrderState;
import org.kundenportal.quotes.QuoteFixtures;
import org.kundenportal.quotes.domain.Quote;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** In a real browser: the customer draws a signature with pointer events on the pad and accepts the quote. */
class QuoteSignatureBrowserTest extends BrowserTest {

    @Test
    void customerDrawsASignatureAndAcceptsTheQuote() {
        QuoteFixtures fixtures = new QuoteFixtures(context);
        Quote quote = fixtures.sent(TestWorld.CUSTOMER_COMPANY, true, false);
        String name = displayName(TestWorld.CUSTOMER);

        browser.get(url("/login"));
        submitLogin(TestWorld.CUSTOMER, TestWorld.PASSWORD);
        await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), name));
        browser.get(url("/quotes/" + quote.number()));

        await(ExpectedConditions.elementToBeClickable(By.id("quote-accept"))).click();
        drawSignature(-120);

        browser.findElement(By.id("accept-confirm")).click();

        await(ExpectedConditions.urlContains("/orders/" + quote.number()));
        SaleOrderRecord order = fixtures.db.selectFrom(SALE_ORDER).where(SALE_ORDER.ID.eq(quote.id())).fetchSingle();
        assertThat(order.getState()).isEqualTo(SaleOrderState.CONFIRMED);
        assertThat(order.getSignedName()).isEqualTo(name);
        assertThat(order.getSignaturePng()).isNotEmpty();
        assertThat(SignatureImages.isUsable(order.getSignaturePng())).isTrue();
    }
}
