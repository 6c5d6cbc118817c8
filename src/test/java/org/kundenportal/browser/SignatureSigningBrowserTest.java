package org.kundenportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kundenportal.TestAccounts;
import org.kundenportal.base.security.Hashes;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.signatures.SignatureFixtures;
import org.kundenportal.signatures.domain.FieldKind;
import org.kundenportal.signatures.domain.SignatureField;
import org.kundenportal.signatures.domain.SignatureRequest;
import org.kundenportal.signatures.domain.SignatureState;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In Chromium: the signer sees the required fields red, "Next" scrolls to them and puts the focus into them, a
 * signature drawn with real mouse moves goes into its field, and after signing the completed PDF downloads with
 * the hash the page shows and an audit page naming the signer.
 */
class SignatureSigningBrowserTest extends BrowserTest {

    @TempDir
    Path downloads;

    @Test
    void signerFillsTheRequiredFieldsDrawsASignatureSignsAndDownloadsTheCompletedPdf() throws IOException {
        SignatureFixtures fixtures = new SignatureFixtures(context);
        long company = fixtures.company();
        PortalUser signer = fixtures.signer(company, "de");
        SignatureRequest request = fixtures.sent(company, signer, 2);
        browser.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));

        browser.get(url("/login"));
        submitLogin(signer.email(), TestAccounts.PASSWORD);
        await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        browser.get(url("/signatures/" + request.number()));

        WebElement text = await(ExpectedConditions.presenceOfElementLocated(By.id(boxId(request, FieldKind.TEXT))));
        WebElement signature = browser.findElement(By.id(boxId(request, FieldKind.SIGNATURE)));
        WebElement date = browser.findElement(By.id(boxId(request, FieldKind.DATE)));
        assertThat(isRed(text)).isTrue();
        assertThat(isRed(signature)).isTrue();
        assertThat(isRed(date)).isFalse();
        WebElement sign = browser.findElement(By.id("signature-sign"));
        assertThat(sign.getDomAttribute("disabled")).isNotNull();

        // Next: to the text field (page 2, out of sight), with the focus in it, so typing fills it
        browser.findElement(By.id("signature-next")).click();
        await(driver -> inView(text) && hasFocusInside(text));
        browser.switchTo().activeElement().sendKeys("Sina Signer");
        await(driver -> !isRed(text));

        browser.findElement(By.id("signature-next")).click();
        await(driver -> inView(signature) && hasFocusInside(signature));
        signature.findElement(By.tagName("vaadin-button")).click();
        drawSignature(-150);
        browser.findElement(By.id("signature-pad-apply")).click();
        await(driver -> !signature.findElements(By.cssSelector("img.signature-field-drawing")).isEmpty());
        assertThat(isRed(signature)).isFalse();

        // all required fields filled: Next is gone, Sign works; the optional checkbox is ticked on the way
        await(driver -> !browser.findElement(By.id("signature-next")).isDisplayed());
        WebElement checkbox = browser.findElement(By.id(boxId(request, FieldKind.CHECKBOX)));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", checkbox);
        checkbox.findElement(By.tagName("vaadin-checkbox")).click();
        await(driver -> browser.findElement(By.id("signature-sign")).getDomAttribute("disabled") == null);
        browser.findElement(By.id("signature-sign")).click();
        await(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space()='Rechtsverbindlich unterschreiben']"))).click();

        WebElement shownHash = await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".signature-hash-signed")));
        SignatureRequest signed = fixtures.staffView(request.number());
        assertThat(signed.state()).isEqualTo(SignatureState.SIGNED);
        assertThat(shownHash.getText()).isEqualTo(signed.signedSha256());
        assertThat(signed.fields()).filteredOn(field -> field.kind() == FieldKind.TEXT).singleElement()
                .extracting(SignatureField::textValue).isEqualTo("Sina Signer");
        assertThat(signed.fields()).filteredOn(field -> field.kind() == FieldKind.CHECKBOX).singleElement()
                .extracting(SignatureField::textValue).isEqualTo("true");

        browser.findElement(By.id("signature-download-signed")).click();
        Path file = downloads.resolve(request.number() + ".pdf");
        await(driver -> Files.exists(file) && size(file) > 0 && !Files.exists(downloads.resolve(request.number() + ".pdf.crdownload")));
        byte[] pdf = Files.readAllBytes(file);
        assertThat(Hashes.sha256Hex(pdf)).isEqualTo(shownHash.getText());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(document)).contains("Sina Signer");
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            assertThat(stripper.getText(document)).contains(signer.displayName(), signer.email(), request.number(),
                    signed.originalSha256(), signed.signerAddress());
        }
    }

    private static String boxId(SignatureRequest request, FieldKind kind) {
        List<SignatureField> fields = request.fields().stream().filter(field -> field.kind() == kind).toList();
        return "signature-field-" + fields.getFirst().id();
    }

    /** The box's computed background is the red of a required field still empty. */
    private boolean isRed(WebElement box) {
        String color = box.getCssValue("background-color");
        java.util.regex.Matcher rgb = java.util.regex.Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(color);
        return box.getDomAttribute("class").contains("signature-field-missing") && rgb.find()
                && Integer.parseInt(rgb.group(1)) > Integer.parseInt(rgb.group(2)) + 80;
    }

    private boolean inView(WebElement element) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;",
                element));
    }

    private boolean hasFocusInside(WebElement element) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "return arguments[0].contains(document.activeElement);", element));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
