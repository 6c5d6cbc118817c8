package org.kundenportal.webhooks.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may be sent: https only, to hosts whose every address is public. Checked when an endpoint is
 * created and again before every attempt, after a fresh DNS lookup, so a host that later resolves to an internal
 * address (DNS rebinding) is refused then. With private targets allowed (a local receiver for trying it out, the
 * tests), http and every address are accepted.
 */
public class WebhookTargets {

    public static final int MAX_URL = 2000;

    /** A target that may not be sent to; the message says why (it goes into the delivery log). */
    public static class RefusedTarget extends Exception {
        public RefusedTarget(String message) {
            super(message);
        }
    }

    private final boolean allowPrivate;

    public WebhookTargets(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    public boolean allowsPrivate() {
        return allowPrivate;
    }

    /** The translation key of what is wrong with the URL as an endpoint, empty when it may be used. */
    public Optional<String> problem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("webhooks.error.url-required");
        }
        if (url.length() > MAX_URL) {
            return Optional.of("webhooks.error.url-too-long");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("webhooks.error.url-invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawFragment() != null
                || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("webhooks.error.url-invalid");
        }
        if (!allowPrivate && !scheme.equals("https")) {
            return Optional.of("webhooks.error.url-https");
        }
        try {
            checkAddresses(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("webhooks.error.url-unresolvable");
        } catch (RefusedTarget e) {
            return Optional.of("webhooks.error.url-private");
        }
        return Optional.empty();
    }

    /**
     * Right before an attempt: the scheme again, and the host resolved now with every address checked.
     *
     * @throws RefusedTarget when it may not be sent to (or the host does not resolve)
     */
    public void checkBeforeSending(URI uri) throws RefusedTarget {
        if (allowPrivate) {
            return;
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw new RefusedTarget("Only https targets are allowed");
        }
        try {
            checkAddresses(uri.getHost());
        } catch (UnknownHostException e) {
            throw new RefusedTarget("Host " + uri.getHost() + " does not resolve");
        }
    }

    private void checkAddresses(String host) throws UnknownHostException, RefusedTarget {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses = InetAddress.getAllByName(bare);
        if (allowPrivate) {
            return;
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new RefusedTarget(host + " resolves to the non-public address " + address.getHostAddress());
            }
        }
    }

    /**
     * False for loopback, link-local, private (site-local, unique-local fc00::/7), multicast, unspecified and
     * other special-purpose ranges (carrier-grade NAT, "this network", reserved, broadcast), also when an IPv4
     * address is embedded in IPv6 (mapped, compatible, 6to4, NAT64).
     */
    public static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress() || address.isAnyLocalAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0                                       // 0.0.0.0/8 "this network"
                    && !(first == 100 && (second & 0xc0) == 64)     // 100.64.0.0/10 carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24 protocol assignments
                    && !(first == 198 && (second & 0xfe) == 18)     // 198.18.0.0/15 benchmarking
                    && first < 240;                                 // 240.0.0.0/4 reserved, broadcast
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {                            // fc00::/7 unique local
                return false;
            }
            Optional<InetAddress> embedded = embeddedIpv4(b);
            return embedded.map(WebhookTargets::isPublic).orElse(true);
        }
        return false;
    }

    /** The IPv4 address inside ::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d (NAT64) and 2002:ab:cd::/48 (6to4). */
    private static Optional<InetAddress> embeddedIpv4(byte[] b) {
        try {
            boolean zeros80 = true;
            for (int i = 0; i < 10; i++) {
                zeros80 &= b[i] == 0;
            }
            boolean mapped = zeros80 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
            boolean compatible = zeros80 && b[10] == 0 && b[11] == 0;
            boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
            if (mapped || compatible || nat64) {
                return Optional.of(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
            }
            if (b[0] == 0x20 && b[1] == 0x02) {
                return Optional.of(InetAddress.getByAddress(new byte[] {b[2], b[3], b[4], b[5]}));
            }
            return Optional.empty();
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
