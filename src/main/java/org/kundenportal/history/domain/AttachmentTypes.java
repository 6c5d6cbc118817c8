package org.kundenportal.history.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which uploaded files the history accepts, judged by their first bytes, never by what the browser claims. The
 * file name's extension must match the content too, so a saved download never opens as something else.
 */
final class AttachmentTypes {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = {'G', 'I', 'F', '8', '7', 'a'};
    private static final byte[] GIF89 = {'G', 'I', 'F', '8', '9', 'a'};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP = {'W', 'E', 'B', 'P'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private record Type(String contentType, Set<String> extensions) {
    }

    private static final Type PDF_TYPE = new Type("application/pdf", Set.of("pdf"));
    private static final Type PNG_TYPE = new Type("image/png", Set.of("png"));
    private static final Type JPEG_TYPE = new Type("image/jpeg", Set.of("jpg", "jpeg"));
    private static final Type GIF_TYPE = new Type("image/gif", Set.of("gif"));
    private static final Type WEBP_TYPE = new Type("image/webp", Set.of("webp"));
    private static final List<Type> OFFICE = List.of(
            new Type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
            new Type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx")),
            new Type("application/vnd.oasis.opendocument.text", Set.of("odt")),
            new Type("application/vnd.oasis.opendocument.spreadsheet", Set.of("ods")));
    private static final Type TEXT_TYPE = new Type("text/plain;charset=UTF-8", Set.of("txt"));
    private static final Type CSV_TYPE = new Type("text/csv;charset=UTF-8", Set.of("csv"));

    private AttachmentTypes() {
    }

    /** The content type to store and serve the file with, or empty when the file is not one we accept. */
    static Optional<String> contentTypeOf(String fileName, byte[] content) {
        String extension = extension(fileName);
        return candidates(content).stream()
                .filter(type -> type.extensions().contains(extension))
                .map(Type::contentType)
                .findFirst();
    }

    private static List<Type> candidates(byte[] content) {
        if (startsWith(content, 0, PDF)) {
            return List.of(PDF_TYPE);
        }
        if (startsWith(content, 0, PNG)) {
            return List.of(PNG_TYPE);
        }
        if (startsWith(content, 0, JPEG)) {
            return List.of(JPEG_TYPE);
        }
        if (startsWith(content, 0, GIF87) || startsWith(content, 0, GIF89)) {
            return List.of(GIF_TYPE);
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP)) {
            return List.of(WEBP_TYPE);
        }
        if (startsWith(content, 0, ZIP)) {
            return OFFICE;
        }
        return isUtf8Text(content) ? List.of(TEXT_TYPE, CSV_TYPE) : List.of();
    }

    private static boolean isUtf8Text(byte[] content) {
        if (content.length == 0) {
            return false;
        }
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, int offset, byte[] magic) {
        return content.length >= offset + magic.length
                && Arrays.equals(content, offset, offset + magic.length, magic, 0, magic.length);
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
