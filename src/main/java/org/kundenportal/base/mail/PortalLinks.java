package org.kundenportal.base.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Links into the portal for mails, built from the address users reach it at (BASE_URL). */
@Component
public class PortalLinks {

    private final String baseUrl;

    public PortalLinks(@Value("${kundenportal.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The absolute link to a path of the portal, with or without a leading slash. */
    public String to(String path) {
        return baseUrl + "/" + path.replaceAll("^/+", "");
    }
}
