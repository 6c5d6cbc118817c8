package org.kundenportal.base.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Content-Security-Policy of the app's pages, sent with Vaadin's bootstrap page (every view is that page).
 * The page starts Vaadin with inline scripts, so each page gets a fresh nonce that its own script elements carry;
 * injected markup can run nothing. No string is ever evaluated as code: Flow's client builds functions from the
 * expressions the server sends (executeJs, event data), and {@code frontend/csp-functions.js} answers those from
 * functions compiled into the bundle. Styles may be inline: Vaadin's components set style attributes and inject
 * style elements. The app frames only its own PDFs (print), and nothing frames the app but itself.
 * <p>
 * {@code kundenportal.csp.report-only=true} sends the policy as {@code Content-Security-Policy-Report-Only}: the
 * browser then reports what the policy would block instead of blocking it, which is how the function table is
 * completed after a Vaadin upgrade (see README).
 */
@Component
public class ContentSecurityPolicy implements VaadinServiceInitListener {

    public static final String HEADER = "Content-Security-Policy";
    public static final String REPORT_ONLY_HEADER = "Content-Security-Policy-Report-Only";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Served from META-INF/resources; see that file for why it exists. */
    public static final String FLOW_FUNCTIONS = "csp/flow-functions.js";

    private final boolean reportOnly;
    private final String flowFunctionsVersion;

    public ContentSecurityPolicy(@Value("${kundenportal.csp.report-only:false}") boolean reportOnly) {
        this.reportOnly = reportOnly;
        // the version in the address makes browsers fetch the table again when a release changes it
        this.flowFunctionsVersion = contentVersion("META-INF/resources/" + FLOW_FUNCTIONS);
    }

    /** The policy of a page whose own scripts carry {@code nonce}. */
    public static String policy(String nonce) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'nonce-" + nonce + "'",
                "style-src 'self' 'unsafe-inline'",
                // QR codes, signatures and the company logo are data URLs
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "frame-src 'self'",
                "worker-src 'self'",
                "manifest-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'self'");
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            String nonce = nonce();
            page.getVaadinResponse().setHeader(reportOnly ? REPORT_ONLY_HEADER : HEADER, policy(nonce));
            Document document = page.getDocument();
            // a classic script before Vaadin's module scripts, so that it runs before Flow builds any function;
            // from the root, as it comes before the page's base address
            document.head().prependElement("script").attr("src",
                    page.getVaadinRequest().getContextPath() + "/" + FLOW_FUNCTIONS + "?v=" + flowFunctionsVersion);
            document.getElementsByTag("script").attr("nonce", nonce);
        });
    }

    private static String contentVersion(String resource) {
        try (InputStream in = ContentSecurityPolicy.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()), 0, 6);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    private static String nonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
