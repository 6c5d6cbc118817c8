package org.kundenportal.invoices;

import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.PAYMENT_PROVIDER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentNumbers;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.InvoiceKind;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.kundenportal.invoices.domain.InvoiceService;
import org.kundenportal.invoices.domain.NewInvoice;
import org.kundenportal.invoices.domain.payment.BankTransferProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Fresh invoices of the demo companies for tests that change state, so demo rows other tests read stay as they are. */
public class InvoiceFixtures {

    public final DSLContext db;
    public final InvoiceRepository invoices;
    private final InvoiceService service;
    private final DocumentNumbers numbers;
    private final TransactionTemplate tx;

    public InvoiceFixtures(ApplicationContext context) {
        db = context.getBean(DSLContext.class);
        invoices = context.getBean(InvoiceRepository.class);
        service = context.getBean(InvoiceService.class);
        numbers = context.getBean(DocumentNumbers.class);
        tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    public long company(String name) {
        return db.select(CONTACT.ID).from(CONTACT).where(CONTACT.NAME.eq(name)).fetchSingle(CONTACT.ID);
    }

    public long bakery() {
        return company("Bäckerei Sonnenschein GmbH");
    }

    /** A posted invoice of 100.00 net + 19 % = 119.00, due in two weeks. */
    public Invoice posted(long companyId) {
        return posted(companyId, InvoiceKind.INVOICE, Direction.OUT, new BigDecimal("100.00"));
    }

    public Invoice posted(long companyId, InvoiceKind kind, Direction direction, BigDecimal net) {
        long id = draftId(companyId, kind, direction, net, LocalDate.now(Formats.ZONE));
        invoices.post(id, java.time.Instant.now());
        return invoices.find(id).orElseThrow();
    }

    /** A posted invoice of 119.00 dated 30 days ago, whose due date passed 16 days ago. */
    public Invoice overdue(long companyId) {
        long id = draftId(companyId, InvoiceKind.INVOICE, Direction.OUT, new BigDecimal("100.00"), LocalDate.now(Formats.ZONE).minusDays(30));
        invoices.post(id, java.time.Instant.now());
        return invoices.find(id).orElseThrow();
    }

    public Invoice draft(long companyId) {
        return invoices.find(draftId(companyId, InvoiceKind.INVOICE, Direction.OUT, new BigDecimal("100.00"),
                LocalDate.now(Formats.ZONE))).orElseThrow();
    }

    private long draftId(long companyId, InvoiceKind kind, Direction direction, BigDecimal net, LocalDate date) {
        return tx.execute(status -> {
            String number = numbers.next(direction == Direction.IN ? DocumentNumbers.Series.VENDOR_BILL
                    : DocumentNumbers.Series.INVOICE, date);
            long id = invoices.insert(new NewInvoice(number, direction, kind, companyId, null, null, "TEST", date,
                    date.plusDays(14), null, Formats.EURO, null));
            service.store(id, List.of(DocumentLine.product("T-1", "Testleistung", BigDecimal.ONE, "Stk.", net,
                    BigDecimal.ZERO, new BigDecimal("19"))));
            return id;
        });
    }

    public Invoice reload(Invoice invoice) {
        return invoices.find(invoice.id()).orElseThrow();
    }

    public Invoice find(String number) {
        return invoices.find(number, PortalScope.staff(), true).orElseThrow();
    }

    public void setProviderEnabled(String code, boolean enabled) {
        db.update(PAYMENT_PROVIDER).set(PAYMENT_PROVIDER.ENABLED, enabled).where(PAYMENT_PROVIDER.CODE.eq(code)).execute();
    }

    public void enableBankTransfer(boolean enabled) {
        setProviderEnabled(BankTransferProvider.CODE, enabled);
    }
}
