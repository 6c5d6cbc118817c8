package org.kundenportal.invoices.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kundenportal.db.Tables.HISTORY_ENTRY;

import java.util.List;
import java.util.function.LongSupplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.invoices.InvoiceFixtures;
import org.kundenportal.invoices.InvoicePaidRecorder;
import org.kundenportal.invoices.domain.payment.PaymentProvider;
import org.kundenportal.invoices.domain.payment.PaymentProviderRepository;
import org.kundenportal.invoices.domain.payment.PaymentProviders;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** What the payment tests share: the payment service, fresh invoices of the test world's customer, and its user Clara paying. */
abstract class PaymentTestBase extends SpringTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InvoicePayments payments;
    @Autowired
    InvoiceRepository invoices;
    @Autowired
    InvoicePaidRecorder paidEvents;
    @Autowired
    UserRepository users;
    @Autowired
    DSLContext db;
    @Autowired
    Settings settings;

    InvoiceFixtures fixtures;
    long clara;

    @BeforeEach
    void setUpPayments() {
        fixtures = new InvoiceFixtures(context);
        clara = users.findPrincipal(TestWorld.CUSTOMER).orElseThrow().id();
    }

    /** Without its environment variables a provider says which are missing and cannot be switched on. */
    void assertCannotBeSwitchedOnWithout(PaymentProvider unset, String... variables) {
        assertThat(unset.configured()).isFalse();
        assertThat(unset.missingSettings()).containsExactly(variables);
        assertThatThrownBy(() -> new PaymentProviders(context.getBean(PaymentProviderRepository.class), List.of(unset), settings).save(unset.code(), true, "", null))
                .isInstanceOfSatisfying(RefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("invoices.providers.environment-missing");
                    assertThat(refused.arguments()).containsExactly(String.join(", ", variables));
                });
    }

    /** A second tab paying the same invoice gets the first attempt's checkout back, and the provider opens no other. */
    void assertSecondTabContinues(PaymentProvider provider, Invoice invoice, String firstCheckout, LongSupplier opened) {
        long before = opened.getAsLong();

        String again = payments.startCheckout(provider, fixtures.reload(invoice), invoice.amountDue(), clara);

        assertThat(again).isEqualTo(firstCheckout);
        assertThat(invoices.payments(invoice.id())).hasSize(1);
        assertThat(opened.getAsLong()).isEqualTo(before);
    }

    /**
     * Each provider fails to open a checkout (wrong credentials, not reachable): the customer is told, and each
     * attempt is recorded FAILED with a reason containing the text given for it.
     */
    void assertStartFailsWithReasons(Invoice invoice, List<? extends PaymentProvider> failing, String... reasons) {
        for (PaymentProvider provider : failing) {
            assertThatThrownBy(() -> payments.startCheckout(provider, fixtures.reload(invoice), invoice.amountDue(), clara))
                    .isInstanceOfSatisfying(RefusedException.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("invoices.pay.provider-failed"));
        }
        List<Payment> attempts = invoices.payments(invoice.id());
        assertThat(attempts).hasSize(reasons.length).extracting(Payment::state).containsOnly(PaymentAttemptState.FAILED);
        for (int i = 0; i < reasons.length; i++) {
            assertThat(attempts.get(i).failureReason()).contains(reasons[i]);
        }
    }

    List<String> history(Invoice invoice) {
        return db.select(HISTORY_ENTRY.EVENT).from(HISTORY_ENTRY)
                .where(HISTORY_ENTRY.DOCUMENT_TYPE.eq(DocumentType.INVOICE), HISTORY_ENTRY.DOCUMENT_ID.eq(invoice.id()))
                .orderBy(HISTORY_ENTRY.ID).fetch(HISTORY_ENTRY.EVENT);
    }
}
