package org.kundenportal.integration.api;

import org.kundenportal.base.security.Hashes;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SHA-256 of a request as parsed, written back in a fixed order: the same request sent twice (even with other
 * spacing or field order) has the same hash, so its second write can be skipped.
 */
@Component
public class RequestHash {

    private final JsonMapper json;

    RequestHash(JsonMapper json) {
        this.json = json;
    }

    public String of(Object request) {
        return Hashes.sha256Hex(json.writeValueAsBytes(request));
    }
}
