package org.kundenportal.account.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kundenportal.base.security.Hashes;

/**
 * One-time recovery codes for when the phone is lost: ten of them, each 50 random bits written as
 * {@code xxxxx-xxxxx} in an alphabet without look-alike characters. Stored only as SHA-256.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final int LENGTH = 10;

    private RecoveryCodes() {
    }

    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder(LENGTH + 1);
            for (int c = 0; c < LENGTH; c++) {
                if (c == LENGTH / 2) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(Hashes.random().nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** The stored form: case, spaces and dashes do not matter when the user types a code. */
    public static String hash(String code) {
        return Hashes.sha256Hex(code.replace("-", "").replace(" ", "").strip().toLowerCase(Locale.ROOT));
    }
}
