package org.kundenportal.integration.api;

import org.kundenportal.base.db.Upserted;
import org.springframework.http.ResponseEntity;

/** The answer to a PUT by another system's id: 201 when it created the resource, else 200, with its body. */
public final class PutAnswer {

    private PutAnswer() {
    }

    public static <T> ResponseEntity<T> of(Upserted written, T body) {
        return ResponseEntity.status(written.created() ? 201 : 200).body(body);
    }
}
