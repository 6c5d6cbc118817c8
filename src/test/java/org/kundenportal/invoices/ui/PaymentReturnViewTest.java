package org.kundenportal.invoices.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.invoices.InvoiceFixtures;
import org.kundenportal.invoices.StripeStub;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.InvoicePaymentStatus;
import org.kundenportal.invoices.domain.InvoicePayments;
import org.kundenportal.invoices.domain.Payment;
import org.kundenportal.invoices.domain.payment.StripeProvider;

class PaymentReturnViewTest extends KaribuTest {

    InvoiceFixtures fixtures;
    Invoice invoice;
    Payment payment;

    @BeforeEach
    void startAPayment() {
        fixtures = new InvoiceFixtures(context);
        invoice = fixtures.posted(world.customer().companyId());
        long customer = login(TestWorld.CUSTOMER).id();
        context.getBean(InvoicePayments.class).startCheckout(context.getBean(StripeProvider.class), invoice,
                invoice.amountDue(), customer);
        payment = fixtures.invoices.payments(invoice.id()).getFirst();
    }

    /** Arrives at the return address with these query parameters, as the provider's redirect does. */
    private void back(Map<String, List<String>> parameters) {
        UI.getCurrent().navigate("invoices/" + invoice.number() + "/payment-return", new QueryParameters(parameters));
    }

    private String message() {
        return _get(Paragraph.class, spec -> spec.withClasses("payment-return-message")).getText();
    }

    @Test
    void backFromAPaidCheckoutTheInvoiceIsPaidBecauseStripeSaysSo() {
        StripeStub.get().pay(payment.providerReference());

        back(Map.of("payment", List.of(String.valueOf(payment.id()))));

        assertThat(message()).startsWith("Vielen Dank");
        assertThat(fixtures.reload(invoice).status()).isEqualTo(InvoicePaymentStatus.PAID);
    }

    @Test
    void whatTheAddressClaimsCountsForNothing() {
        back(Map.of("payment", List.of(String.valueOf(payment.id())), "status", List.of("paid")));

        assertThat(message()).contains("noch");
        assertThat(fixtures.reload(invoice).status()).isEqualTo(InvoicePaymentStatus.NOT_PAID);
    }

    @Test
    void backFromTheCancelLinkTheCustomerIsToldNothingWasPaid() {
        back(Map.of("payment", List.of(String.valueOf(payment.id())), "cancelled", List.of("true")));

        assertThat(message()).contains("nichts bezahlt");
        assertThat(fixtures.reload(invoice).status()).isEqualTo(InvoicePaymentStatus.NOT_PAID);
    }

    @Test
    void anotherCompanysPaymentIsNotFound() {
        login(TestWorld.CUSTOMER2);
        back(Map.of("payment", List.of(String.valueOf(payment.id()))));

        assertThat(_find(PaymentReturnView.class)).isEmpty();
    }
}
