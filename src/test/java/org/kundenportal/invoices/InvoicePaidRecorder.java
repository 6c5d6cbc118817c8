package org.kundenportal.invoices;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kundenportal.documents.domain.InvoicePaid;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps every {@link InvoicePaid} event the application publishes, from any thread, for tests to count. */
@Component
public class InvoicePaidRecorder {

    private final List<InvoicePaid> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(InvoicePaid event) {
        events.add(event);
    }

    public List<InvoicePaid> of(long invoiceId) {
        return events.stream().filter(event -> event.invoiceId() == invoiceId).toList();
    }
}
