package org.kundenportal.base.mail;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Links into the portal for mails and for payment providers' return addresses, built from the address users reach
 * it at (BASE_URL). Read when a link is made rather than at start: without BASE_URL the address names the port the
 * server really opened, which a random port (PORT=0) only knows once it is open.
 */
@Component
public class PortalLinks {

    private final Environment environment;
    private final String fixedBaseUrl;

    @Autowired
    public PortalLinks(Environment environment) {
        this.environment = environment;
        this.fixedBaseUrl = null;
    }

    public PortalLinks(String baseUrl) {
        this.environment = null;
        this.fixedBaseUrl = baseUrl;
    }

    /** The absolute link to a path of the portal, with or without a leading slash. */
    public String to(String path) {
        return baseUrl() + "/" + path.replaceAll("^/+", "");
    }

    private String baseUrl() {
        String base = fixedBaseUrl != null ? fixedBaseUrl : environment.getRequiredProperty("kundenportal.base-url");
        return base.replaceAll("/+$", "");
    }
}
