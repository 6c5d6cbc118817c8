package org.kundenportal.base.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class EmbeddedSmtpPortTest {

    @Test
    void aTakenPortFallsBackToAFreeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            GreenMail server = new MailConfiguration().embeddedSmtpServer(taken.getLocalPort());
            try {
                assertThat(server.getSmtp().getPort()).isPositive().isNotEqualTo(taken.getLocalPort());
            } finally {
                server.stop();
            }
        }
    }
}
