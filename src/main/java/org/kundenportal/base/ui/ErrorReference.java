package org.kundenportal.base.ui;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Short random references tying what a user reports to the log line of the failure. */
final class ErrorReference {

    private static final SecureRandom random = new SecureRandom();

    private ErrorReference() {
    }

    static String next() {
        byte[] bytes = new byte[4];
        random.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
