package org.kundenportal.signatures.ui;

import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.ui.HomeCardCounter;
import org.kundenportal.base.ui.NavItem;
import org.kundenportal.signatures.domain.SignatureRepository;
import org.springframework.stereotype.Component;

/** The home card of the signature requests shows how many wait for a signature. */
@Component
class WaitingSignaturesCounter implements HomeCardCounter {

    private final SignatureRepository requests;

    WaitingSignaturesCounter(SignatureRepository requests) {
        this.requests = requests;
    }

    @Override
    public NavItem item() {
        return NavItem.SIGNATURES;
    }

    @Override
    public String labelKey() {
        return "signatures.home-card";
    }

    @Override
    public long count(PortalScope scope) {
        return requests.countWaiting(scope);
    }
}
