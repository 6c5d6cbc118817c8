package org.kundenportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * axe-core over the customer's home, lists, an order, a ticket, account security and the not-found page, and over
 * the staff contacts, quotes and tickets, on a phone, a tablet in both orientations and a desktop. (The invoice and
 * quote pages with their pay and accept dialogs are checked in {@link DocumentPagesBrowserTest}.) Every page has a
 * browser title; the browser speaks German.
 */
class AccessibilityBrowserTest extends BrowserTest {

    private static final List<String> CUSTOMER_PAGES = List.of("/", "/invoices", "/quotes", "/orders", "/tickets",
            "/receipts", "/wallets", "/signatures", "/subscriptions", "/account/security");
    private static final List<String> STAFF_PAGES = List.of("/staff/contacts", "/staff/quotes", "/staff/tickets");


    @ParameterizedTest(name = "{0}")
    @MethodSource("org.kundenportal.browser.Viewport#all")
    void theCustomersPagesHaveNoAccessibilityViolations(Viewport viewport) {
        // every list has rows to check, and there is an order and a ticket to open
        CustomerDocuments documents = CustomerDocuments.everything(context, world);
        List<String> pages = new ArrayList<>(CUSTOMER_PAGES);
        String order = documents.order();
        pages.add("/orders/" + order);
        pages.add("/orders/NO-SUCH-ORDER");
        pages.add("/tickets/" + documents.ticket());
        viewport.applyTo(browser);
        logInAsCustomer();
        pages.forEach(page -> check(page, viewport));

        browser.get(url("/orders/" + order));
        await(ExpectedConditions.titleIs("Verkaufsauftrag " + order));
        browser.get(url("/orders/NO-SUCH-ORDER"));
        await(ExpectedConditions.titleIs("Seite nicht gefunden"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.kundenportal.browser.Viewport#all")
    void theStaffPagesHaveNoAccessibilityViolations(Viewport viewport) {
        CustomerDocuments.lists(context, world);
        viewport.applyTo(browser);
        logInAsStaff();
        STAFF_PAGES.forEach(page -> check(page, viewport));
    }

    private void check(String page, Viewport viewport) {
        browser.get(url(page));
        await(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        awaitIdle();
        assertThat(browser.getTitle()).as("the browser title of " + page).isNotBlank();
        Accessibility.assertNoViolations(browser, page + " at " + viewport);
    }
}
