package org.kundenportal.tickets.domain;

import java.util.Base64;

/** Small real files for attachment tests. */
public final class TestFiles {

    /** A 1x1 transparent PNG. */
    public static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private TestFiles() {
    }
}
