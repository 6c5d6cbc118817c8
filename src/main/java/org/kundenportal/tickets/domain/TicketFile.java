package org.kundenportal.tickets.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A file sent with a ticket. Its type is sniffed from the content, never taken from the browser, and only
 * PDF, PNG, JPEG, GIF, WebP and plain text are kept: nothing a download could run.
 */
public record TicketFile(String fileName, byte[] content) {

    public static final int MAX_FILES = 5;
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final List<String> ACCEPTED_TYPES = List.of("application/pdf", "image/png", "image/jpeg",
            "image/gif", "image/webp", "text/plain");

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF = {'G', 'I', 'F', '8'};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP = {'W', 'E', 'B', 'P'};

    public TicketFile {
        fileName = safeName(fileName);
    }

    /** The content's real type, or empty when it is none of the accepted ones (or too large or empty). */
    public Optional<String> sniffedType() {
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            return Optional.empty();
        }
        if (startsWith(content, 0, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, 0, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 0, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 0, GIF)) {
            return Optional.of("image/gif");
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP)) {
            return Optional.of("image/webp");
        }
        return isText(content) ? Optional.of("text/plain") : Optional.empty();
    }

    /** Plain text: valid UTF-8 without control characters other than tabs and line ends. */
    private static boolean isText(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        return content.length >= offset + prefix.length
                && Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    /** Only the last path segment, without characters that would break a download header. */
    private static String safeName(String name) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            return "attachment";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
