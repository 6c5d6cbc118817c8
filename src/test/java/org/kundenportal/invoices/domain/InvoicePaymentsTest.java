package org.kundenportal.invoices.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.validation.RefusedException;

class InvoicePaymentsTest extends PaymentTestBase {

    private static final BigDecimal TOTAL = new BigDecimal("119.00");



    private long pending(Invoice invoice, BigDecimal amount) {
        return invoices.insertPayment(new NewPayment(invoice.id(), PaymentMethod.BANK_TRANSFER, "BANK_TRANSFER", amount,
                Formats.EURO, "test:" + UUID.randomUUID(), null, null, clara));
    }

    /** Runs the tasks at the same moment on their own threads; each result is true when it went through. */
    private List<Boolean> concurrently(List<Runnable> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (Runnable task : tasks) {
                Callable<Boolean> call = () -> {
                    start.await();
                    try {
                        task.run();
                        return true;
                    } catch (RefusedException refused) {
                        return false;
                    }
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> result : results) {
                outcomes.add(result.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoThreadsCompletingTheSamePaymentCountItOnce() throws Exception {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        long payment = pending(invoice, TOTAL);

        List<Boolean> outcomes = concurrently(List.of(() -> payments.complete(payment, null, clara),
                () -> payments.complete(payment, null, clara)));

        assertThat(outcomes).containsExactlyInAnyOrder(true, false);
        Invoice after = fixtures.reload(invoice);
        assertThat(after.paid()).isEqualByComparingTo(TOTAL);
        assertThat(after.status()).isEqualTo(InvoicePaymentStatus.PAID);
        assertThat(invoices.payment(payment).orElseThrow().state()).isEqualTo(PaymentAttemptState.SUCCEEDED);
        assertThat(paidEvents.of(invoice.id())).hasSize(1);
    }

    @Test
    void twoPaymentsBeyondTheAmountDueNeverOverpay() throws Exception {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        long first = pending(invoice, new BigDecimal("80.00"));
        long second = pending(invoice, new BigDecimal("80.00"));

        List<Boolean> outcomes = concurrently(List.of(() -> payments.complete(first, null, clara),
                () -> payments.complete(second, null, clara)));

        assertThat(outcomes).containsExactlyInAnyOrder(true, false);
        Invoice after = fixtures.reload(invoice);
        assertThat(after.paid()).isEqualByComparingTo("80.00");
        assertThat(after.status()).isEqualTo(InvoicePaymentStatus.PARTIALLY_PAID);
        assertThat(invoices.payments(invoice.id())).extracting(Payment::state)
                .containsExactlyInAnyOrder(PaymentAttemptState.SUCCEEDED, PaymentAttemptState.PENDING);
        assertThat(paidEvents.of(invoice.id())).isEmpty();
    }

    @Test
    void registeredPaymentsAddUpAndPublishInvoicePaidOnce() {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        LocalDate today = LocalDate.now(Formats.ZONE);

        payments.register(invoice, new BigDecimal("19.00"), today, null, clara);
        assertThat(fixtures.reload(invoice).status()).isEqualTo(InvoicePaymentStatus.PARTIALLY_PAID);
        assertThatThrownBy(() -> payments.register(fixtures.reload(invoice), new BigDecimal("100.01"), today, null, clara))
                .isInstanceOf(RefusedException.class);
        payments.register(fixtures.reload(invoice), new BigDecimal("100.00"), today, null, clara);

        Invoice after = fixtures.reload(invoice);
        assertThat(after.status()).isEqualTo(InvoicePaymentStatus.PAID);
        assertThat(after.amountDue()).isEqualByComparingTo("0");
        assertThat(paidEvents.of(invoice.id())).hasSize(1);
        assertThat(paidEvents.of(invoice.id()).getFirst().prepayment()).isFalse();
    }

    @Test
    void prepaymentInvoiceSaysSoWhenPaid() {
        Invoice invoice = fixtures.posted(world.customer().companyId(), InvoiceKind.PREPAYMENT, Direction.OUT, new BigDecimal("10.00"));

        payments.register(invoice, invoice.amountDue(), LocalDate.now(Formats.ZONE), null, clara);

        assertThat(paidEvents.of(invoice.id())).singleElement().satisfies(event -> assertThat(event.prepayment()).isTrue());
    }

    @Test
    void announcedBankTransferIsRecordedOnceAndPaysOnlyWhenConfirmed() {
        Invoice invoice = fixtures.posted(world.customer().companyId());

        Payment first = payments.announceBankTransfer(invoice, clara);
        Payment again = payments.announceBankTransfer(invoice, clara);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.state()).isEqualTo(PaymentAttemptState.PENDING);
        assertThat(fixtures.reload(invoice).status()).isEqualTo(InvoicePaymentStatus.NOT_PAID);

        payments.confirm(first.id(), LocalDate.now(Formats.ZONE), clara);
        assertThat(fixtures.reload(invoice).status()).isEqualTo(InvoicePaymentStatus.PAID);
        assertThatThrownBy(() -> payments.confirm(first.id(), LocalDate.now(Formats.ZONE), clara))
                .isInstanceOf(RefusedException.class);
        assertThat(fixtures.reload(invoice).paid()).isEqualByComparingTo(TOTAL);
    }

    @Test
    void cancelledInvoiceCannotBePaid() {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        long payment = pending(invoice, TOTAL);
        context.getBean(InvoiceService.class).cancel(invoice.id(), clara);

        assertThatThrownBy(() -> payments.complete(payment, null, clara)).isInstanceOf(RefusedException.class);
        assertThat(fixtures.reload(invoice).status()).isEqualTo(InvoicePaymentStatus.CANCELLED);
        assertThat(fixtures.reload(invoice).paid()).isEqualByComparingTo("0");
    }
}
