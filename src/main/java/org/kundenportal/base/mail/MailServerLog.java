package org.kundenportal.base.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Says at start-up which SMTP server is in use when one is configured. */
@Component
class MailServerLog {

    private static final Logger log = LoggerFactory.getLogger(MailServerLog.class);

    @Value("${spring.mail.host:}")
    private String host;
    @Value("${spring.mail.port:25}")
    private int port;

    @EventListener(ApplicationReadyEvent.class)
    void logMailServer() {
        if (StringUtils.hasText(host)) {
            log.info("Mail: SMTP server {}:{}", host, port);
        }
    }
}
