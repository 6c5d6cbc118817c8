package org.kundenportal.settings.domain;

import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The company logo as staff upload it: a PNG or JPEG of at most {@value #MAX_BYTES} bytes, kept as a data URL so
 * that pages can show it without another request. The file's first bytes decide its type, not its name.
 */
public final class CompanyLogo {

    public static final int MAX_BYTES = 512 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    public enum Problem {
        TOO_LARGE("settings.logo.too-large"), NOT_AN_IMAGE("settings.logo.not-an-image");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private CompanyLogo() {
    }

    /** What is wrong with an uploaded file, if anything. */
    public static Optional<Problem> check(byte[] content) {
        if (content.length > MAX_BYTES) {
            return Optional.of(Problem.TOO_LARGE);
        }
        return mimeType(content).isEmpty() ? Optional.of(Problem.NOT_AN_IMAGE) : Optional.empty();
    }

    /** The data URL of a file that passed {@link #check}. */
    public static String dataUrl(byte[] content) {
        String type = mimeType(content).orElseThrow(() -> new IllegalArgumentException("Neither PNG nor JPEG"));
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(content);
    }

    /** A stored value: empty (no logo), or a data URL whose content passes {@link #check}. */
    public static Optional<Problem> checkDataUrl(String dataUrl) {
        if (dataUrl == null || dataUrl.isEmpty()) {
            return Optional.empty();
        }
        int comma = dataUrl.indexOf(',');
        if (!dataUrl.startsWith("data:image/") || comma < 0 || !dataUrl.substring(0, comma).endsWith(";base64")) {
            return Optional.of(Problem.NOT_AN_IMAGE);
        }
        try {
            byte[] content = Base64.getDecoder().decode(dataUrl.substring(comma + 1));
            Optional<Problem> problem = check(content);
            if (problem.isPresent()) {
                return problem;
            }
            return dataUrl.startsWith("data:" + mimeType(content).orElseThrow() + ";") ? Optional.empty()
                    : Optional.of(Problem.NOT_AN_IMAGE);
        } catch (IllegalArgumentException notBase64) {
            return Optional.of(Problem.NOT_AN_IMAGE);
        }
    }

    private static Optional<String> mimeType(byte[] content) {
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        return startsWith(content, JPEG) ? Optional.of("image/jpeg") : Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
