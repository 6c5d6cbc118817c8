package org.kundenportal.integration.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.kundenportal.base.validation.InvalidInputException;

/**
 * Where a list continues: the last row's change time and id, opaque to clients. Lists ordered by (time, id) read
 * from here on with their index, never by OFFSET, so a page costs the same however far the client has read.
 */
public record Cursor(Instant at, long id) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((at.toEpochMilli() + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a client sent back; null when it sent none. */
    public static Cursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split(":");
            return new Cursor(Instant.ofEpochMilli(Long.parseLong(parts[0])), Long.parseLong(parts[1]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw InvalidInputException.of("after", "api.error.cursor");
        }
    }

    public static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "api.error.limit", MAX_LIMIT);
        }
        return limit;
    }
}
