package org.kundenportal.orders.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.kundenportal.base.validation.RefusedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins maintain the carriers whose tracking pages order pages link to. */
@Service
public class CarrierService {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,20}");

    private final CarrierRepository carriers;

    public CarrierService(CarrierRepository carriers) {
        this.carriers = carriers;
    }

    /**
     * Saves a new or changed carrier.
     *
     * @throws RefusedException when a value is missing or invalid; nothing is saved then
     */
    @Transactional
    public long save(Carrier carrier) {
        String name = carrier.name() == null ? "" : carrier.name().strip();
        String code = carrier.code() == null ? "" : carrier.code().strip().toUpperCase(Locale.ROOT);
        String url = carrier.trackingUrl() == null ? "" : carrier.trackingUrl().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new RefusedException("orders.carriers.refused.name");
        }
        if (!CODE.matcher(code).matches()) {
            throw new RefusedException("orders.carriers.refused.code");
        }
        if (!validTrackingUrl(url)) {
            throw new RefusedException("orders.carriers.refused.url");
        }
        if (carriers.codeTaken(code, carrier.id())) {
            throw new RefusedException("orders.carriers.refused.code-taken", code);
        }
        return carriers.save(new Carrier(carrier.id(), code, name, url, carrier.active()));
    }

    @Transactional
    public void setActive(long carrierId, boolean active) {
        carriers.setActive(carrierId, active);
    }

    /** An https address with the placeholder, and nothing a link should not hold (spaces, quotes, angle brackets). */
    static boolean validTrackingUrl(String url) {
        return url.length() <= 500 && url.startsWith("https://") && url.length() > "https://".length()
                && url.contains(Carrier.PLACEHOLDER) && url.chars().noneMatch(c -> c <= ' ' || "\"'<>\\`".indexOf(c) >= 0);
    }
}
