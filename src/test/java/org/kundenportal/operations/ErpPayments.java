package org.kundenportal.operations;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.kundenportal.TestWorld;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.integration.ApiHttp;

/**
 * Paying invoices the way the ERP does, over the integration API with the load's ERP client, from several concurrent
 * clients: each posts an invoice (PUT), then reports the payment that settles it (the same PUT with the payment).
 * The payment is the action the kill may cut; it is journalled as "pay" under the invoice's external id.
 */
final class ErpPayments {

    static final String PREFIX = "CRASH-I-";
    static final String KIND = "pay";

    private final ApiHttp api;
    private final Journal journal;
    private final AtomicInteger counter = new AtomicInteger();
    private final List<Thread> clients = new ArrayList<>();
    private volatile boolean running = true;

    ErpPayments(int port, Journal journal) {
        this.api = new ApiHttp(port, CrashLoad.TOKEN);
        this.journal = journal;
    }

    void start(int count) {
        for (int i = 0; i < count; i++) {
            clients.add(Thread.ofPlatform().daemon().name("erp-client-" + i).start(this::run));
        }
    }

    /** After the kill: the clients end at their next failed request. */
    void stop() throws InterruptedException {
        running = false;
        for (Thread client : clients) {
            client.join(30_000);
        }
    }

    private void run() {
        try {
            while (running) {
                String externalId = PREFIX + counter.incrementAndGet();
                ApiHttp.Answer posted = api.put("/api/v1/invoices/" + externalId, invoice(externalId, ""));
                if (posted.status() != 201) {
                    fail(externalId, "post", posted);
                    return;
                }
                String amount = posted.json().path("amountDue").asString();
                journal.start(KIND, externalId);
                ApiHttp.Answer paid = api.put("/api/v1/invoices/" + externalId, invoice(externalId,
                        ", \"payments\": [{\"id\": \"PAY-" + externalId + "\", \"amount\": " + amount + "}]"));
                if (paid.status() != 200) {
                    fail(externalId, "pay", paid);
                    return;
                }
                journal.done(KIND, externalId);
            }
        } catch (UncheckedIOException killed) {
            // the app is gone: this client's last request has an unknown outcome, which the invariants cover
        }
    }

    private void fail(String externalId, String step, ApiHttp.Answer answer) {
        if (running) {
            journal.failed(KIND + " " + externalId + " " + step + " answered " + answer.status() + " " + answer.body());
        }
    }

    static String invoice(String externalId, String payments) {
        return """
                {"company": "%s", "reference": "Crash-load %s", "date": "%s", "state": "posted",
                 "lines": [{"productCode": "KR-80", "description": "Kassenrollen 80 mm", "quantity": 10, "unit": "Stk",
                            "unitPrice": 10.00, "taxRate": 19}]%s}""".formatted(TestWorld.CUSTOMER_ERP_ID, externalId, LocalDate.now(Formats.ZONE),
                payments);
    }
}
