package org.kundenportal.base.qr;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/** Reads back the QR codes the product draws, as a phone's camera app would. */
public final class QrReading {

    private QrReading() {
    }

    /**
     * The text of a QR code PNG. Our images are clean and axis-aligned, so the reader is told so: its camera-photo
     * detector sometimes picks a wrong alignment pattern on such images and then fails the checksum, at random with the
     * random two-factor secrets.
     */
    public static String text(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }

    /** The text of the QR code in an image's "data:image/png;base64,..." source. */
    public static String textOfDataUrl(String src) throws Exception {
        if (!src.startsWith("data:image/png;base64,")) {
            throw new AssertionError("not a PNG data URL: " + src);
        }
        return text(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)));
    }
}
