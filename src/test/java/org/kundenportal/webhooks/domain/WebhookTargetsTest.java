package org.kundenportal.webhooks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class WebhookTargetsTest {

    private final WebhookTargets strict = new WebhookTargets(false);
    private final WebhookTargets relaxed = new WebhookTargets(true);

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void internalAddressesAreNotPublic() {
        for (String internal : new String[] {"127.0.0.1", "127.8.9.10", "::1", "10.1.2.3", "172.16.0.1", "172.31.255.255",
                "192.168.1.1", "169.254.169.254", "fe80::1", "fc00::1", "fd12:3456::1", "224.0.0.1", "ff02::1",
                "0.0.0.0", "::", "100.64.0.1", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "64:ff9b::a00:1",
                "2002:c0a8:0101::1", "255.255.255.255"}) {
            assertThat(WebhookTargets.isPublic(address(internal))).as(internal).isFalse();
        }
    }

    @Test
    void publicAddressesArePublic() {
        for (String external : new String[] {"93.184.216.34", "8.8.8.8", "172.32.0.1", "192.169.0.1",
                "2606:2800:220:1:248:1893:25c8:1946", "2a00:1450:4001:82b::200e", "::ffff:8.8.8.8"}) {
            assertThat(WebhookTargets.isPublic(address(external))).as(external).isTrue();
        }
    }

    @Test
    void withoutTheFlagOnlyHttpsToPublicAddressesIsAccepted() {
        assertThat(strict.problem("https://93.184.216.34/hooks")).isEmpty();
        assertThat(strict.problem("https://[2606:2800:220:1:248:1893:25c8:1946]/hooks")).isEmpty();
        assertThat(strict.problem("http://93.184.216.34/hooks")).contains("webhooks.error.url-https");
        assertThat(strict.problem("https://127.0.0.1/hooks")).contains("webhooks.error.url-private");
        assertThat(strict.problem("https://localhost:8443/hooks")).contains("webhooks.error.url-private");
        assertThat(strict.problem("https://10.0.0.5/hooks")).contains("webhooks.error.url-private");
        assertThat(strict.problem("https://[::1]/hooks")).contains("webhooks.error.url-private");
        assertThat(strict.problem("https://169.254.169.254/latest/meta-data")).contains("webhooks.error.url-private");
        assertThat(strict.problem("ftp://93.184.216.34/x")).contains("webhooks.error.url-invalid");
        assertThat(strict.problem("hooks.example.com/x")).contains("webhooks.error.url-invalid");
        assertThat(strict.problem(" ")).contains("webhooks.error.url-required");
        assertThat(strict.problem("https://" + "a".repeat(2000) + ".example")).contains("webhooks.error.url-too-long");
    }

    @Test
    void theCheckBeforeEachAttemptRefusesWhatTheHostResolvesToNow() throws Exception {
        assertThatThrownBy(() -> strict.checkBeforeSending(URI.create("https://127.0.0.1:8443/hook")))
                .isInstanceOf(WebhookTargets.RefusedTarget.class).hasMessageContaining("127.0.0.1");
        assertThatThrownBy(() -> strict.checkBeforeSending(URI.create("https://localhost/hook")))
                .isInstanceOf(WebhookTargets.RefusedTarget.class);
        assertThatThrownBy(() -> strict.checkBeforeSending(URI.create("http://93.184.216.34/hook")))
                .isInstanceOf(WebhookTargets.RefusedTarget.class);
        strict.checkBeforeSending(URI.create("https://93.184.216.34/hook"));
    }

    @Test
    void withTheFlagLocalReceiversOverHttpAreAllowed() throws Exception {
        assertThat(relaxed.problem("http://127.0.0.1:8080/hook")).isEmpty();
        assertThat(relaxed.problem("http://localhost:8080/hook")).isEmpty();
        assertThat(relaxed.problem("https://192.168.1.20/hook")).isEmpty();
        relaxed.checkBeforeSending(URI.create("http://127.0.0.1:8080/hook"));
        assertThat(relaxed.problem("ftp://127.0.0.1/x")).contains("webhooks.error.url-invalid");
    }
}
