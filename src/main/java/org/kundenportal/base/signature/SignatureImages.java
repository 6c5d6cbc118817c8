package org.kundenportal.base.signature;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Signature images as the server accepts and makes them: a drawn signature must be a PNG that decodes and has
 * ink on it; a typed name is rendered into one, so every signed document carries an image.
 */
public final class SignatureImages {

    /** Larger than any pad draws, small enough that nobody stores a photo as a signature. */
    public static final int MAX_BYTES = 512 * 1024;
    private static final String DATA_URL_PREFIX = "data:image/png;base64,";
    /** A few inked pixels are a stray click, not a signature. */
    private static final int MIN_INKED_PIXELS = 30;
    private static final int MAX_SIDE = 4000;

    private SignatureImages() {
    }

    /** The PNG bytes of a data URL as the pad sends it; empty when it is none. */
    public static Optional<byte[]> fromDataUrl(String dataUrl) {
        if (dataUrl == null || !dataUrl.startsWith(DATA_URL_PREFIX) || dataUrl.length() > MAX_BYTES * 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getDecoder().decode(dataUrl.substring(DATA_URL_PREFIX.length())));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** True when the bytes are a PNG of sensible size with enough ink on it to be a signature. */
    public static boolean isUsable(byte[] png) {
        if (png == null || png.length == 0 || png.length > MAX_BYTES || !isPng(png)) {
            return false;
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null || image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
                return false;
            }
            return inkedPixels(image) >= MIN_INKED_PIXELS;
        } catch (IOException | RuntimeException broken) {
            return false;
        }
    }

    private static boolean isPng(byte[] bytes) {
        return bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
    }

    /** Pixels that are neither transparent nor (near) white: the pad draws dark ink on a transparent canvas. */
    private static int inkedPixels(BufferedImage image) {
        int inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                int red = (argb >> 16) & 0xff;
                int green = (argb >> 8) & 0xff;
                int blue = argb & 0xff;
                if (alpha > 64 && red + green + blue < 600) {
                    inked++;
                    if (inked >= MIN_INKED_PIXELS) {
                        return inked;
                    }
                }
            }
        }
        return inked;
    }

    /** The typed name in a handwriting-like italic, dark blue on transparent, as a PNG. */
    public static byte[] typed(String name) {
        String text = name == null ? "" : name.strip();
        Font font = new Font(Font.SERIF, Font.ITALIC, 56);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D probeGraphics = probe.createGraphics();
        FontMetrics metrics = probeGraphics.getFontMetrics(font);
        int width = Math.max(200, Math.min(1600, metrics.stringWidth(text) + 40));
        int height = metrics.getHeight() + 40;
        probeGraphics.dispose();

        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setColor(new Color(0x1a, 0x2a, 0x6c));
        graphics.setFont(font);
        int baseline = 20 + metrics.getAscent();
        graphics.drawString(text, 20, baseline);
        graphics.setStroke(new BasicStroke(2f));
        graphics.drawLine(16, baseline + 8, width - 16, baseline + 8);
        graphics.dispose();
        return png(image);
    }

    /** A hand-drawn looking scribble, for demo data and tests that need a drawn signature. */
    public static byte[] scribble(long seed) {
        java.util.Random random = new java.util.Random(seed);
        BufferedImage image = new BufferedImage(400, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setColor(new Color(0x1a, 0x2a, 0x6c));
        graphics.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
        path.moveTo(20, 70);
        for (int x = 20; x < 380; x += 40) {
            path.curveTo(x + 10, 20 + random.nextInt(30), x + 25, 80 + random.nextInt(30), x + 40, 50 + random.nextInt(30));
        }
        graphics.draw(path);
        graphics.dispose();
        return png(image);
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
