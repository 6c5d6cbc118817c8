package org.kundenportal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.signatures.SignatureFixtures;
import org.kundenportal.signatures.domain.FieldKind;
import org.kundenportal.signatures.domain.SignatureField;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser: where staff click on a rendered page is where the field lands, whatever size the browser
 * shows the page at (the click's offset in the image over the image's size).
 */
class StaffSignatureEditorBrowserTest extends BrowserTest {

    @Test
    void aClickOnAPagePlacesTheFieldRightThere() {
        SignatureFixtures fixtures = new SignatureFixtures(context);
        long company = fixtures.company();
        PortalUser signer = fixtures.signer(company, "de");
        String number = fixtures.draft(company, signer, "Vertrag im Browser", SignatureFixtures.pdf(2));

        browser.get(url("/login"));
        submitLogin(TestWorld.STAFF, TestWorld.PASSWORD);
        await(ExpectedConditions.urlToBe(url("/staff")));
        browser.get(url("/staff/signatures/" + number));
        WebElement image = await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("img.staff-signature-page-image")));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("arguments[0].scrollIntoView({block: 'start'})", image);
        await(driver -> Boolean.TRUE.equals(js.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image)));
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) js.executeScript(
                "const r = arguments[0].getBoundingClientRect(); return {left: r.left, top: r.top, width: r.width, height: r.height};",
                image);
        double left = box.get("left").doubleValue();
        double top = box.get("top").doubleValue();
        double width = box.get("width").doubleValue();
        double height = box.get("height").doubleValue();

        // a quarter of the width in, 120 px down from the page's top edge
        new Actions(browser).moveToLocation((int) Math.round(left + width / 4), (int) Math.round(top + 120)).click().perform();
        await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".staff-signature-box")));
        // the button is scrolled away above the page by now
        js.executeScript("arguments[0].click()", browser.findElement(By.id("signature-save")));
        await(driver -> !fixtures.staffView(number).fields().isEmpty());

        List<SignatureField> fields = fixtures.staffView(number).fields();
        assertThat(fields).hasSize(1);
        SignatureField field = fields.getFirst();
        assertThat(field.kind()).isEqualTo(FieldKind.SIGNATURE);
        assertThat(field.page()).isEqualTo(1);
        // a pixel either way is a few thousandths of the page
        assertThat(field.x().doubleValue()).isCloseTo(0.25, within(0.005));
        assertThat(field.y().doubleValue()).isCloseTo(120 / height, within(0.005));
        assertThat(field.width()).isGreaterThan(BigDecimal.ZERO);
    }
}
