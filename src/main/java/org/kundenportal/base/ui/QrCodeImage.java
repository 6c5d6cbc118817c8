package org.kundenportal.base.ui;

import com.vaadin.flow.component.html.Image;
import java.util.Base64;
import org.kundenportal.base.qr.QrCodes;

/** A QR code as an image in the page: a PNG data URL, so what it encodes never sits behind a URL of its own. */
public final class QrCodeImage {

    private QrCodeImage() {
    }

    public static Image of(String text, int size, String alt) {
        Image image = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(text, size)), alt);
        image.setWidth(size + "px");
        image.setHeight(size + "px");
        image.addClassName("qr-code");
        return image;
    }
}
