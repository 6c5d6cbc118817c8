package org.kundenportal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.SALE_ORDER;

import org.junit.jupiter.api.Test;
import org.kundenportal.base.signature.SignatureImages;
import org.kundenportal.db.tables.records.SaleOrderRecord;
import org.kundenportal.TestWorld;
import org.kundenportal.documents.domain.SaleOrderState;
import org.kundenportal.quotes.QuoteFixtures;
import org.kundenportal.quotes.domain.Quote;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** In a real browser: the customer draws a signature with pointer events on the pad and accepts the quote. */
class QuoteSignatureBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void customerDrawsASignatureAndAcceptsTheQuote() {
        QuoteFixtures fixtures = new QuoteFixtures(context);
        Quote quote = fixtures.sent(QuoteFixtures.BAKERY, true, false);

        browser.get(url("/login"));
        submitLogin(TestWorld.CUSTOMER, TestWorld.PASSWORD);
        await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Anna Becker"));
        browser.get(url("/quotes/" + quote.number()));

        await(ExpectedConditions.elementToBeClickable(By.id("quote-accept"))).click();
        drawSignature(-120);

        browser.findElement(By.id("accept-confirm")).click();

        await(ExpectedConditions.urlContains("/orders/" + quote.number()));
        SaleOrderRecord order = fixtures.db.selectFrom(SALE_ORDER).where(SALE_ORDER.ID.eq(quote.id())).fetchSingle();
        assertThat(order.getState()).isEqualTo(SaleOrderState.CONFIRMED);
        assertThat(order.getSignedName()).isEqualTo("Anna Becker");
        assertThat(order.getSignaturePng()).isNotEmpty();
        assertThat(SignatureImages.isUsable(order.getSignaturePng())).isTrue();
    }
}
