package org.kundenportal.invoices.webhook;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.kundenportal.invoices.domain.InvoicePayments;
import org.kundenportal.invoices.domain.payment.InvalidNoticeException;
import org.kundenportal.invoices.domain.payment.PaymentProvider;
import org.kundenportal.invoices.domain.payment.PaymentProviders;
import org.kundenportal.invoices.domain.payment.ProviderNotice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Stripe and PayPal tell us about payments: {@code POST /webhooks/stripe}, {@code POST /webhooks/paypal}.
 * Only a notice whose signature checks out changes anything; the answer is 2xx once it is recorded (so the
 * provider stops resending), 400 for one that cannot be verified, and 5xx when we could not record it, so that the
 * provider sends it again later.
 */
@RestController
class ProviderWebhookController {

    private static final Logger log = LoggerFactory.getLogger(ProviderWebhookController.class);
    private static final Map<String, String> PATHS = Map.of("stripe", "STRIPE", "paypal", "PAYPAL");

    private final PaymentProviders providers;
    private final InvoicePayments payments;

    ProviderWebhookController(PaymentProviders providers, InvoicePayments payments) {
        this.providers = providers;
        this.payments = payments;
    }

    @PostMapping(path = "/webhooks/{provider}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> receive(@PathVariable("provider") String path, @RequestBody(required = false) String payload,
                              HttpServletRequest request) {
        Optional<PaymentProvider> provider = Optional.ofNullable(PATHS.get(path)).flatMap(providers::provider);
        if (provider.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "No payment provider sends webhooks here.");
        }
        ProviderNotice notice;
        try {
            notice = provider.get().notice(payload == null ? "" : payload, request::getHeader);
        } catch (InvalidNoticeException invalid) {
            log.warn("Refused a {} webhook: {}", path, invalid.getMessage());
            return problem(HttpStatus.BAD_REQUEST, "The webhook could not be verified.");
        }
        boolean ours = payments.apply(provider.get(), notice);
        if (!ours) {
            log.info("{} webhook {} ({}) concerns no payment of ours", path, notice.eventId(),
                    notice.kind() == ProviderNotice.Kind.IGNORED ? notice.ignoredType() : notice.kind());
        }
        return ResponseEntity.ok(Map.of("received", true));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
