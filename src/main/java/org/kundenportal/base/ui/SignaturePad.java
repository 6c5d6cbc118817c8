package org.kundenportal.base.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Arrays;
import java.util.Base64;
import org.kundenportal.base.signature.SignatureImages;

/**
 * A signature drawn with mouse, pen or finger ({@code frontend/signature-pad.js} on the npm package
 * {@code signature_pad}). The value is the drawing as PNG bytes, empty while nothing is drawn. What the browser
 * sends is only a claim: check it with {@link SignatureImages#isUsable} before storing it.
 */
@Tag("kp-signature-pad")
@JsModule("./signature-pad.js")
@NpmPackage(value = "signature_pad", version = "5.1.3")
public class SignaturePad extends AbstractField<SignaturePad, byte[]> implements HasSize {

    private static final byte[] EMPTY = new byte[0];

    public SignaturePad() {
        super(EMPTY);
        getElement().addEventListener("signature-change", event -> {
            String dataUrl = event.getEventData().get("event.detail.value").asString();
            byte[] png = dataUrl == null || dataUrl.isEmpty() ? EMPTY : SignatureImages.fromDataUrl(dataUrl).orElse(EMPTY);
            setModelValue(png, true);
        }).addEventData("event.detail.value");
    }

    public void setLabel(String label) {
        getElement().setProperty("label", label);
    }

    @Override
    public void clear() {
        setValue(EMPTY);
    }

    /** Takes back the last stroke; the browser then sends what is left. */
    public void undo() {
        getElement().callJsFunction("undo");
    }

    @Override
    public boolean isEmpty() {
        byte[] value = getValue();
        return value == null || value.length == 0;
    }

    @Override
    public void setValue(byte[] value) {
        super.setValue(value == null ? EMPTY : value);
    }

    @Override
    protected boolean valueEquals(byte[] value1, byte[] value2) {
        return Arrays.equals(value1, value2);
    }

    @Override
    protected void setPresentationValue(byte[] value) {
        if (value == null || value.length == 0) {
            getElement().callJsFunction("clear");
        } else {
            getElement().callJsFunction("show", "data:image/png;base64," + Base64.getEncoder().encodeToString(value));
        }
    }

    public void setDisabled(boolean disabled) {
        getElement().setProperty("disabled", disabled);
    }
}
