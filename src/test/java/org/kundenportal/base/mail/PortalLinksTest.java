package org.kundenportal.base.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortalLinksTest {

    @Test
    void joinsTheBaseAddressAndThePathWithExactlyOneSlash() {
        assertThat(new PortalLinks("https://portal.example.com/").to("/signup/abc")).isEqualTo("https://portal.example.com/signup/abc");
        assertThat(new PortalLinks("https://portal.example.com").to("reset-password/x")).isEqualTo("https://portal.example.com/reset-password/x");
        assertThat(new PortalLinks("https://example.com/portal//").to("")).isEqualTo("https://example.com/portal/");
    }
}
