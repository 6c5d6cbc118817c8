package org.kundenportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kundenportal.TestWorld;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal's and the back office's lists on a phone, a tablet in both orientations and a desktop: nothing scrolls
 * sideways, the first row's key facts are on screen, the filters fold on a phone and a select above the cards sorts
 * them, the side menu overlays below 1024 px, and fingers get targets of 44 px.
 */
class ResponsiveListsBrowserTest extends BrowserTest {

    private static final List<String> CUSTOMER_LISTS = List.of("/invoices", "/quotes", "/orders", "/tickets");
    private static final List<String> STAFF_LISTS = List.of("/staff/contacts", "/staff/quotes", "/staff/tickets");

    /** Every list checked has a first row, the newest: the customer's own invoice, quote, order and ticket. */
    @BeforeEach
    void documentsForTheLists() {
        CustomerDocuments.lists(context, world);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.kundenportal.browser.Viewport#all")
    void theCustomersListsFitTheScreen(Viewport viewport) {
        viewport.applyTo(browser);
        logInAsCustomer();
        CUSTOMER_LISTS.forEach(path -> checkList(viewport, path));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.kundenportal.browser.Viewport#all")
    void theStaffListsFitTheScreen(Viewport viewport) {
        viewport.applyTo(browser);
        logInAsStaff();
        STAFF_LISTS.forEach(path -> checkList(viewport, path));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.kundenportal.browser.Viewport#all")
    void theSideMenuOverlaysBelow1024PixelsAndClosesAfterNavigating(Viewport viewport) {
        viewport.applyTo(browser);
        logInAsCustomer();
        await(driver -> layoutProperty("overlay") != null);

        assertThat(layoutProperty("overlay")).as("overlay at " + viewport).isEqualTo(viewport.drawerOverlays());
        if (!viewport.drawerOverlays()) {
            assertThat(layoutProperty("drawerOpened")).as("pinned and open").isEqualTo(true);
            return;
        }
        assertThat(layoutProperty("drawerOpened")).as("closed by default").isEqualTo(false);
        browser.findElement(By.tagName("vaadin-drawer-toggle")).click();
        await(driver -> Boolean.TRUE.equals(layoutProperty("drawerOpened")));
        await(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-side-nav-item[path='/invoices']"))).click();
        await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid.invoice-grid")));
        await(driver -> Boolean.FALSE.equals(layoutProperty("drawerOpened")));
    }

    private void checkList(Viewport viewport, String path) {
        String where = path + " at " + viewport;
        browser.get(url(path));
        await(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-grid[width-class='" + viewport.widthClass() + "']")));
        await(driver -> LayoutChecks.firstRowNotVisible(driver, "vaadin-grid").stream()
                .noneMatch(problem -> problem.startsWith("no first row") || problem.startsWith("first row shows no")));
        settle(() -> LayoutChecks.firstRowNotVisible(browser, "vaadin-grid").isEmpty());

        assertThat(LayoutChecks.horizontalOverflow(browser)).as(where).isEmpty();
        assertThat(LayoutChecks.firstRowNotVisible(browser, "vaadin-grid")).as(where).isEmpty();
        if (viewport.widthClass().equals("phone")) {
            // a contact has no amount: its card is name, company and portal status
            boolean withDetail = !path.equals("/staff/contacts");
            assertThat(LayoutChecks.firstCardIncomplete(browser, "vaadin-grid", withDetail)).as(where).isEmpty();
            checkFiltersFold(where);
            assertThat(LayoutChecks.displayed(browser, "vaadin-select.list-sort")).as("sort select at " + where).isTrue();
        } else {
            assertThat(LayoutChecks.displayed(browser, "vaadin-select.list-sort")).as("headers sort at " + where).isFalse();
            assertThat(LayoutChecks.displayed(browser, ".filter-toggle")).as("no filter button at " + where).isFalse();
            assertThat(LayoutChecks.displayed(browser, ".filter-fields > *")).as("filters shown at " + where).isTrue();
        }
        assertThat(LayoutChecks.coarsePointer(browser)).as("coarse pointer at " + where).isEqualTo(viewport.touch());
        if (viewport.touch()) {
            assertThat(LayoutChecks.smallTouchTargets(browser)).as(where).isEmpty();
        } else {
            assertThat(LayoutChecks.smallTouchTargets(browser)).as("a mouse keeps the compact sizes at " + where)
                    .isNotEmpty();
        }
    }

    /** The grid sizes its auto-width columns after the first rows arrive: waits briefly for the layout to settle. */
    private void settle(java.util.function.BooleanSupplier settled) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> settled.getAsBoolean());
        } catch (TimeoutException e) {
            // the assertions that follow name what is still wrong
        }
    }

    private void checkFiltersFold(String where) {
        assertThat(LayoutChecks.displayed(browser, ".filter-toggle")).as("filter button at " + where).isTrue();
        assertThat(LayoutChecks.displayed(browser, ".filter-fields > *")).as("filters folded at " + where).isFalse();
        browser.findElement(By.cssSelector(".filter-toggle")).click();
        await(driver -> LayoutChecks.displayed(driver, ".filter-fields > *"));
        assertThat(LayoutChecks.horizontalOverflow(browser)).as("open filters at " + where).isEmpty();
    }

    private Object layoutProperty(String name) {
        return ((JavascriptExecutor) browser).executeScript(
                "const layout = document.querySelector('vaadin-app-layout'); return layout ? layout[arguments[0]] : null;",
                name);
    }
}
