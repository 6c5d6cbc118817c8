package org.kundenportal.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Scope and area permissions are read once per request, and fresh for the next one. */
class PerRequestTest {

    private final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void endRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private int read() {
        return reads.incrementAndGet();
    }

    private static void startRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    @Test
    void oneRequestReadsOnce() {
        startRequest();

        assertThat(PerRequest.once("scope.1", this::read)).isEqualTo(1);
        assertThat(PerRequest.once("scope.1", this::read)).isEqualTo(1);
        assertThat(reads).hasValue(1);
    }

    @Test
    void theNextRequestReadsAgain() {
        startRequest();
        PerRequest.once("scope.1", this::read);

        startRequest();

        assertThat(PerRequest.once("scope.1", this::read)).isEqualTo(2);
    }

    @Test
    void keysAreKeptApart() {
        startRequest();

        assertThat(PerRequest.once("scope.1", this::read)).isEqualTo(1);
        assertThat(PerRequest.once("scope.2", this::read)).isEqualTo(2);
    }

    @Test
    void outsideARequestEveryCallReads() {
        assertThat(PerRequest.once("scope.1", this::read)).isEqualTo(1);
        assertThat(PerRequest.once("scope.1", this::read)).isEqualTo(2);
    }
}
