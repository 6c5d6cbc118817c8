package org.kundenportal.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Documents written at the same moment, as under load: every one of them is written, none is refused as a deadlock.
 * Both cases deadlocked before: the number series (a shared lock taken by INSERT IGNORE, then an exclusive one) and
 * the lines of new documents (the gap lock of a DELETE that found nothing).
 */
class ConcurrentDocumentsTest extends SpringTest {

    private static final int AT_ONCE = 8;

    @Autowired
    DocumentNumbers numbers;
    @Autowired
    DocumentLines lines;
    @Autowired
    PlatformTransactionManager transactions;

    /** Runs the work once per thread, each in its own transaction, all released together; holds the locks a moment. */
    private <T> List<T> atOnce(IntFunction<T> work) throws Exception {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CyclicBarrier start = new CyclicBarrier(AT_ONCE);
        ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<T>> done = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                int index = i;
                done.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return tx.execute(status -> {
                        T result = work.apply(index);
                        pause();
                        return result;
                    });
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> result : done) {
                results.add(result.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void documentsNumberedAtTheSameMomentEachGetTheirOwnNumber() throws Exception {
        // a year of its own: the first round races to create its sequence row, the second to lock it
        LocalDate date = LocalDate.of(2091, 3, 1);
        List<String> all = new ArrayList<>(atOnce(i -> numbers.next(DocumentNumbers.Series.TICKET, date)));
        all.addAll(atOnce(i -> numbers.next(DocumentNumbers.Series.TICKET, date)));

        assertThat(all).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 2 * AT_ONCE)
                .mapToObj(n -> "T-2091-%05d".formatted(n)).toList());
    }

    @Test
    void newDocumentsWrittenAtTheSameMomentAllKeepTheirLines() throws Exception {
        // ids beyond every real document, so their lines go where new documents' lines go: the end of the index
        long base = 9_000_000_000L + System.nanoTime() % 1_000_000 * 100;
        List<DocumentLine> twoLines = List.of(DocumentLine.section("Lieferung"), DocumentLine.product("KR-80",
                "Kassenrollen 80 mm", BigDecimal.TEN, "Stk", new BigDecimal("1.50"), BigDecimal.ZERO, new BigDecimal("19")));

        atOnce(i -> lines.replace(DocumentRef.invoice(base + i), twoLines));

        for (int i = 0; i < AT_ONCE; i++) {
            assertThat(lines.of(DocumentRef.invoice(base + i))).hasSize(2);
        }
    }
}
