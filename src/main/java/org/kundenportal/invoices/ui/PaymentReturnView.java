package org.kundenportal.invoices.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.InvoicePayments;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.kundenportal.invoices.domain.Payment;
import org.kundenportal.invoices.domain.PaymentAttemptState;
import org.kundenportal.invoices.domain.payment.PaymentProviders;

/**
 * Where Stripe and PayPal send the payer back, after paying or giving up. What the query string claims is ignored: the attempt is looked
 * up within the user's scope and its outcome asked from the provider.
 */
@Route("invoices/:number/payment-return")
@RolesAllowed({Roles.CUSTOMER, Roles.PARTNER, Roles.SUPPLIER, Roles.STAFF, Roles.ADMIN})
public class PaymentReturnView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final InvoiceRepository invoices;
    private final InvoicePayments payments;
    private final PaymentProviders providers;
    private final CurrentUser currentUser;

    public PaymentReturnView(InvoiceRepository invoices, InvoicePayments payments, PaymentProviders providers,
                             CurrentUser currentUser) {
        this.invoices = invoices;
        this.payments = payments;
        this.providers = providers;
        this.currentUser = currentUser;
        addClassNames("document-view", "payment-return-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String number = event.getRouteParameters().get("number").orElse("");
        List<String> ids = event.getLocation().getQueryParameters().getParameters().getOrDefault("payment", List.of());
        Optional<Invoice> invoice = invoices.find(number, currentUser.scope(), false);
        Optional<Payment> payment = invoice.flatMap(found -> paymentOf(found, ids));
        if (payment.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new H1(getTranslation("invoices.return.title", number)));
        try {
            Payment now = providers.provider(payment.get().providerCode())
                    .map(provider -> payments.checkReturn(provider, payment.get().id()))
                    .orElse(payment.get());
            boolean cancelled = event.getLocation().getQueryParameters().getParameters()
                    .getOrDefault("cancelled", List.of()).contains("true");
            add(cancelled && now.state() == PaymentAttemptState.PENDING ? cancelledMessage() : message(now.state()));
        } catch (RefusedException refused) {
            Paragraph unknown = new Paragraph(getTranslation(refused.messageKey(), refused.arguments()));
            unknown.addClassName("payment-return-message");
            add(unknown);
        }
        add(new Anchor("/invoices/" + number, getTranslation("invoices.return.back")));
    }

    private Optional<Payment> paymentOf(Invoice invoice, List<String> ids) {
        if (ids.size() != 1 || !ids.getFirst().matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return invoices.payment(Long.parseLong(ids.getFirst())).filter(payment -> payment.invoiceId() == invoice.id());
    }

    private Paragraph cancelledMessage() {
        Paragraph message = new Paragraph(getTranslation("invoices.return.left"));
        message.addClassNames("payment-return-message", "payment-return-left");
        return message;
    }

    private Paragraph message(PaymentAttemptState state) {
        Paragraph message = new Paragraph(getTranslation("invoices.return." + state.name()));
        message.addClassNames("payment-return-message", "payment-return-" + state.name().toLowerCase());
        return message;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.invoices");
    }
}
