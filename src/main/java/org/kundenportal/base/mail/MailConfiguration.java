package org.kundenportal.base.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * With no SMTP server configured ({@code spring.mail.host}), mails go to an embedded GreenMail SMTP server,
 * so that invitations and resets work out of the box and can be read in the back office. GreenMail is on the
 * classpath of {@code ./mvnw spring-boot:run} and of the tests only: the production jar leaves it out, and there an
 * SMTP server must be configured ({@code MissingServersGuard} says so at start-up).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "com.icegreen.greenmail.util.GreenMail")
@Conditional(NoMailHostCondition.class)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean(destroyMethod = "stop")
    GreenMail embeddedSmtpServer(@Value("${kundenportal.mail.embedded-smtp-port:2525}") int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail greenMail = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        try {
            greenMail.start();
        } catch (RuntimeException portTaken) {
            // only this app talks to its embedded server, so any free port does (e.g. a second instance)
            log.warn("Mail: port {} is taken ({}); the embedded SMTP server uses a free port instead", port,
                    portTaken.getMessage());
            greenMail = new GreenMail(setup.dynamicPort());
            greenMail.start();
        }
        log.info("Mail: no SMTP server configured (spring.mail.host); mails go to the embedded GreenMail SMTP server "
                + "on 127.0.0.1:{} and show under Back office > Mailbox", greenMail.getSmtp().getPort());
        return greenMail;
    }

    @Bean
    JavaMailSender javaMailSender(GreenMail embeddedSmtpServer) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(embeddedSmtpServer.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    @Bean
    CaughtMails caughtMails(GreenMail embeddedSmtpServer) {
        return () -> List.of(embeddedSmtpServer.getReceivedMessages());
    }
}
