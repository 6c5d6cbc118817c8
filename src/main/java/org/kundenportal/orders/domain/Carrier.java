package org.kundenportal.orders.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A parcel carrier with the address of its tracking page.
 *
 * @param trackingUrl an https address in which {@value #PLACEHOLDER} stands for the tracking number
 */
public record Carrier(Long id, String code, String name, String trackingUrl, boolean active) {

    public static final String PLACEHOLDER = "{tracking}";

    public static Carrier blank() {
        return new Carrier(null, "", "", "https://", true);
    }

    /** The tracking page of one parcel; the number is URL-encoded, so it cannot change the address around it. */
    public static String trackingLink(String urlPattern, String trackingNumber) {
        String encoded = URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8).replace("+", "%20");
        return urlPattern.replace(PLACEHOLDER, encoded);
    }
}
