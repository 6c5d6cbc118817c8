package org.kundenportal.history.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentTypesTest {

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }

    @Test
    void knownFormatsAreRecognisedByTheirMagicBytesAndMatchingExtension() {
        assertThat(AttachmentTypes.contentTypeOf("a.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).hasValue("application/pdf");
        assertThat(AttachmentTypes.contentTypeOf("a.JPG", bytes(0xFF, 0xD8, 0xFF, 0xE0))).hasValue("image/jpeg");
        assertThat(AttachmentTypes.contentTypeOf("a.jpeg", bytes(0xFF, 0xD8, 0xFF, 0xE1))).hasValue("image/jpeg");
        assertThat(AttachmentTypes.contentTypeOf("a.gif", "GIF89a..".getBytes(StandardCharsets.US_ASCII))).hasValue("image/gif");
        assertThat(AttachmentTypes.contentTypeOf("a.webp", "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))).hasValue("image/webp");
        byte[] zip = bytes('P', 'K', 3, 4, 20, 0);
        assertThat(AttachmentTypes.contentTypeOf("a.xlsx", zip)).hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(AttachmentTypes.contentTypeOf("a.odt", zip)).hasValue("application/vnd.oasis.opendocument.text");
        assertThat(AttachmentTypes.contentTypeOf("a.ods", zip)).hasValue("application/vnd.oasis.opendocument.spreadsheet");
        assertThat(AttachmentTypes.contentTypeOf("notiz.txt", "Grüße 👋".getBytes(StandardCharsets.UTF_8))).hasValue("text/plain;charset=UTF-8");
    }

    @Test
    void everythingElseIsRefused() {
        byte[] zip = bytes('P', 'K', 3, 4, 20, 0);
        assertThat(AttachmentTypes.contentTypeOf("a.zip", zip)).isEmpty();
        assertThat(AttachmentTypes.contentTypeOf("a.jar", zip)).isEmpty();
        assertThat(AttachmentTypes.contentTypeOf("a.webp", "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(AttachmentTypes.contentTypeOf("a.svg", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(AttachmentTypes.contentTypeOf("a.png", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(AttachmentTypes.contentTypeOf("leer.txt", new byte[0])).isEmpty();
        assertThat(AttachmentTypes.contentTypeOf("ohne-endung", "text".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void fileNamesLoseTheirPathAndControlCharacters() {
        assertThat(HistoryService.safeFileName("C:\\fakepath\\Rechnung\r\n.pdf")).isEqualTo("Rechnung.pdf");
        assertThat(HistoryService.safeFileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(HistoryService.safeFileName("  ")).isEqualTo("file");
        assertThat(HistoryService.safeFileName("x".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
    }
}
