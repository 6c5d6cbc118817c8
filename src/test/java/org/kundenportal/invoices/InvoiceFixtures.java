package org.kundenportal.invoices;

import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.PAYMENT_PROVIDER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.kundenportal.TestWorld;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentNumbers;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.InvoiceKind;
import org.kundenportal.invoices.domain.InvoicePayments;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.kundenportal.invoices.domain.InvoiceService;
import org.kundenportal.invoices.domain.NewInvoice;
import org.kundenportal.invoices.domain.payment.BankTransferProvider;
import org.kundenportal.invoices.domain.payment.PaymentProviders;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Each test's own invoices, for the test world's companies or a test's own, made through the invoice service. */
public class InvoiceFixtures {

    public final DSLContext db;
    public final InvoiceRepository invoices;
    private final InvoiceService service;
    private final InvoicePayments payments;
    private final UserRepository users;
    private final PaymentProviders providers;
    private final DocumentNumbers numbers;
    private final TransactionTemplate tx;

    public InvoiceFixtures(ApplicationContext context) {
        db = context.getBean(DSLContext.class);
        invoices = context.getBean(InvoiceRepository.class);
        service = context.getBean(InvoiceService.class);
        payments = context.getBean(InvoicePayments.class);
        users = context.getBean(UserRepository.class);
        providers = context.getBean(PaymentProviders.class);
        numbers = context.getBean(DocumentNumbers.class);
        tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    public long company(String name) {
        return db.select(CONTACT.ID).from(CONTACT).where(CONTACT.NAME.eq(name)).fetchSingle(CONTACT.ID);
    }


    /** A posted invoice of 100.00 net + 19 % = 119.00, due in two weeks. */
    public Invoice posted(long companyId) {
        return posted(companyId, InvoiceKind.INVOICE, Direction.OUT, new BigDecimal("100.00"));
    }

    public Invoice posted(long companyId, InvoiceKind kind, Direction direction, BigDecimal net) {
        long id = draftId(companyId, kind, direction, net, LocalDate.now(Formats.ZONE), "Testleistung");
        invoices.post(id, java.time.Instant.now());
        return invoices.find(id).orElseThrow();
    }

    /** A posted invoice of 119.00 like {@link #posted(long)}, whose one line reads {@code lineText}. */
    public Invoice posted(long companyId, String lineText) {
        long id = draftId(companyId, InvoiceKind.INVOICE, Direction.OUT, new BigDecimal("100.00"), LocalDate.now(Formats.ZONE),
                lineText);
        invoices.post(id, java.time.Instant.now());
        return invoices.find(id).orElseThrow();
    }

    /** A posted invoice of the kind with the given lines, dated today, due in two weeks. */
    public Invoice posted(long companyId, InvoiceKind kind, List<DocumentLine> lines) {
        LocalDate today = LocalDate.now(Formats.ZONE);
        long id = tx.execute(status -> {
            long draft = invoices.insert(new NewInvoice(numbers.next(DocumentNumbers.Series.INVOICE, today), Direction.OUT,
                    kind, companyId, null, null, "TEST", today, today.plusDays(14), null, Formats.EURO, null));
            service.store(draft, lines);
            return draft;
        });
        invoices.post(id, java.time.Instant.now());
        return invoices.find(id).orElseThrow();
    }

    /** The invoice staff create from a confirmed sales order, posted. */
    public Invoice fromOrder(long saleOrderId) {
        Invoice invoice = find(service.createFromOrder(saleOrderId, LocalDate.now(Formats.ZONE), staffId()));
        invoices.post(invoice.id(), java.time.Instant.now());
        return reload(invoice);
    }

    /** A posted invoice of 119.00 dated 30 days ago, whose due date passed 16 days ago. */
    public Invoice overdue(long companyId) {
        long id = draftId(companyId, InvoiceKind.INVOICE, Direction.OUT, new BigDecimal("100.00"), LocalDate.now(Formats.ZONE).minusDays(30),
                "Testleistung");
        invoices.post(id, java.time.Instant.now());
        return invoices.find(id).orElseThrow();
    }

    public Invoice draft(long companyId) {
        return invoices.find(draftId(companyId, InvoiceKind.INVOICE, Direction.OUT, new BigDecimal("100.00"),
                LocalDate.now(Formats.ZONE), "Testleistung")).orElseThrow();
    }

    /** A posted invoice of 119.00, of which staff registered 50.00 as paid. */
    public Invoice partiallyPaid(long companyId) {
        Invoice invoice = posted(companyId);
        payments.register(invoice, new BigDecimal("50.00"), LocalDate.now(Formats.ZONE), null, staffId());
        return reload(invoice);
    }

    /** A posted invoice of 119.00 that staff registered as paid in full. */
    public Invoice paid(long companyId) {
        Invoice invoice = posted(companyId);
        payments.register(invoice, invoice.amountDue(), LocalDate.now(Formats.ZONE), null, staffId());
        return reload(invoice);
    }

    /** A posted invoice that staff cancelled before any money came. */
    public Invoice cancelled(long companyId) {
        Invoice invoice = posted(companyId);
        service.cancel(invoice.id(), staffId());
        return reload(invoice);
    }

    /** The test world's staff member, who registers payments and cancels. */
    public long staffId() {
        return users.findPrincipal(TestWorld.STAFF).orElseThrow().id();
    }

    private long draftId(long companyId, InvoiceKind kind, Direction direction, BigDecimal net, LocalDate date, String lineText) {
        return tx.execute(status -> {
            String number = numbers.next(direction == Direction.IN ? DocumentNumbers.Series.VENDOR_BILL
                    : DocumentNumbers.Series.INVOICE, date);
            long id = invoices.insert(new NewInvoice(number, direction, kind, companyId, null, null, "TEST", date,
                    date.plusDays(14), null, Formats.EURO, null));
            service.store(id, List.of(DocumentLine.product("T-1", lineText, BigDecimal.ONE, "Stk.", net,
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

    /** Switches the provider on or off, keeping its display name; a provider nobody saved yet gets its row. */
    public void setProviderEnabled(String code, boolean enabled) {
        int updated = db.update(PAYMENT_PROVIDER).set(PAYMENT_PROVIDER.ENABLED, enabled).where(PAYMENT_PROVIDER.CODE.eq(code))
                .execute();
        if (updated == 0) {
            providers.save(code, enabled, "", null);
        }
    }

    public void enableBankTransfer(boolean enabled) {
        setProviderEnabled(BankTransferProvider.CODE, enabled);
    }
}
