package org.kundenportal.signatures.ui;

import org.kundenportal.base.ui.HomeCardCounter;
import org.kundenportal.signatures.domain.SignatureRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The home card of the signature requests shows how many wait for a signature. */
@Configuration(proxyBeanMethods = false)
class SignaturesHomeCard {

    @Bean
    HomeCardCounter waitingSignatures(SignatureRepository requests) {
        return new HomeCardCounter(SignaturesView.class, "signatures.home-card", requests::countWaiting);
    }
}
