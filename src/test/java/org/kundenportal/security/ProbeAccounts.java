package org.kundenportal.security;

import static org.kundenportal.db.Tables.INVOICE;
import static org.kundenportal.db.Tables.POS_RECEIPT;
import static org.kundenportal.db.Tables.PURCHASE_ORDER;
import static org.kundenportal.db.Tables.RECEIVED_EINVOICE;
import static org.kundenportal.db.Tables.SALE_ORDER;
import static org.kundenportal.db.Tables.SIGNATURE_REQUEST;
import static org.kundenportal.db.Tables.SUBSCRIPTION;
import static org.kundenportal.db.Tables.TICKET;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.Condition;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import org.kundenportal.TestAccounts;
import org.kundenportal.TestWorld;
import org.kundenportal.access.AccessFixtures;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.SaleOrderState;
import org.kundenportal.history.HistoryFixtures;
import org.kundenportal.history.domain.HistoryService;
import org.kundenportal.history.domain.NewAttachment;
import org.kundenportal.invoices.InvoiceFixtures;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.InvoiceState;
import org.kundenportal.orders.OrderFixtures;
import org.kundenportal.orders.domain.OrderSource;
import org.kundenportal.purchasing.PurchasingFixtures;
import org.kundenportal.purchasing.domain.PurchaseOrderState;
import org.kundenportal.receipts.RetailFixtures;
import org.kundenportal.receipts.domain.ReceiptType;
import org.kundenportal.signatures.SignatureFixtures;
import org.kundenportal.signatures.domain.NewSignatureRequest;
import org.kundenportal.signatures.domain.SignatureRequest;
import org.kundenportal.signatures.domain.SignatureState;
import org.kundenportal.subscriptions.SubscriptionFixtures;
import org.kundenportal.subscriptions.domain.SubscriptionState;
import org.kundenportal.tickets.domain.TicketFixtures;
import org.kundenportal.tickets.domain.TicketState;
import org.kundenportal.users.domain.NewUser;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The two sides of the probe: company A is the test world's customer ({@link TestWorld#CUSTOMER}), for which the
 * probe creates a document of every kind, company B a fresh customer whose user holds every area permission, so that
 * nothing but the scope stands between B and A's documents.
 */
final class ProbeAccounts {

    /** What must never appear in an answer to B: A's company and contact person. */
    static final List<String> DATA_OF_A = List.of(TestWorld.CUSTOMER_COMPANY, "Clara Kunde");

    final String emailOfB;
    private final DSLContext db;
    private final long companyOfA;

    ProbeAccounts(ApplicationContext context, TestWorld world) {
        db = context.getBean(DSLContext.class);
        AccessFixtures access = new AccessFixtures(context);
        long company = access.customerCompany(AccessFixtures.uniqueName("Probe B GmbH"));
        emailOfB = AccessFixtures.uniqueEmail("probe-b");
        long person = access.person(company, "Bruno Probe", emailOfB, "de");
        access.users.create(new NewUser(emailOfB, "Bruno Probe", UserKind.PORTAL, person,
                context.getBean(PasswordEncoder.class).encode(TestAccounts.PASSWORD), "de", Set.of(Role.CUSTOMER),
                EnumSet.allOf(AreaPermission.class)));
        companyOfA = world.customer().companyId();
        documentsOfA(context, world);
    }

    /** One document of every kind the probe asks for, through the features' own write paths where they have one. */
    private void documentsOfA(ApplicationContext context, TestWorld world) {
        long staffId = world.staff().userId();
        OrderFixtures orders = new OrderFixtures(context);
        orders.order(companyOfA, "SENT", OrderSource.BACK_OFFICE, false);
        orders.confirmed(companyOfA);
        new InvoiceFixtures(context).posted(companyOfA);

        PurchasingFixtures purchasing = new PurchasingFixtures(context);
        String purchaseOrder = purchasing.service.create(
                purchasing.draft(purchasing.supplierWithoutUser(true), PurchasingFixtures.lines()), staffId);
        purchasing.service.send(purchasing.order(purchaseOrder).id(), staffId);

        RetailFixtures retail = new RetailFixtures(context);
        retail.receipt(companyOfA, retail.register(), retail.employee("Petra Probe", ReceiptType.NAME));
        new TicketFixtures(context).ticket(companyOfA, TicketState.NEW, "Probe " + System.nanoTime());
        new SubscriptionFixtures(context).subscription(companyOfA, SubscriptionState.ACTIVE, "Probe Modul");
        signedRequest(new SignatureFixtures(context), new HistoryFixtures(context).principal(TestWorld.CUSTOMER), staffId);
    }

    private void signedRequest(SignatureFixtures signatures, PortalUser signer, long staffId) {
        String number = signatures.service.create(new NewSignatureRequest("Probevertrag " + System.nanoTime(), companyOfA,
                signer.id(), "Bitte unterschreiben.", "vertrag.pdf", SignatureFixtures.pdf(1)), staffId);
        signatures.service.replaceFields(signatures.staffView(number), SignatureFixtures.everyKind(1), staffId);
        signatures.service.send(signatures.staffView(number), staffId);
        SignatureRequest request = signatures.staffView(number);
        signatures.service.sign(signer, signatures.scope(signer), number, SignatureFixtures.allValues(request),
                "203.0.113.7", java.util.Locale.GERMAN);
    }

    /**
     * A number of A's of the document kind a route or file address names by its first word ({@code invoices},
     * {@code staff/invoices}, {@code invoice} of a PDF); null for a word no document kind has.
     */
    String numberOfA(String kind) {
        return switch (kind.replaceFirst("s$", "")) {
            case "quote" -> first(SALE_ORDER.NUMBER, SALE_ORDER.CUSTOMER_COMPANY_ID.eq(companyOfA)
                    .and(SALE_ORDER.STATE.eq(SaleOrderState.SENT)));
            case "order" -> first(SALE_ORDER.NUMBER, SALE_ORDER.CUSTOMER_COMPANY_ID.eq(companyOfA)
                    .and(SALE_ORDER.STATE.eq(SaleOrderState.CONFIRMED)));
            case "invoice" -> first(INVOICE.NUMBER, INVOICE.COMPANY_ID.eq(companyOfA));
            // only a posted customer invoice is an e-invoice
            case "e-invoice" -> first(INVOICE.NUMBER, INVOICE.COMPANY_ID.eq(companyOfA)
                    .and(INVOICE.STATE.eq(InvoiceState.POSTED)).and(INVOICE.DIRECTION.eq(Direction.OUT)));
            // A buys, it supplies nothing: any purchase order is another company's
            case "purchase-order" -> first(PURCHASE_ORDER.NUMBER, PURCHASE_ORDER.STATE.ne(PurchaseOrderState.DRAFT));
            case "receipt" -> first(POS_RECEIPT.NUMBER, POS_RECEIPT.COMPANY_ID.eq(companyOfA));
            case "ticket" -> first(TICKET.NUMBER, TICKET.COMPANY_ID.eq(companyOfA));
            case "signature" -> signedRequestOfA();
            case "subscription" -> first(SUBSCRIPTION.NUMBER, SUBSCRIPTION.COMPANY_ID.eq(companyOfA));
            // A supplies nothing and the page is the back office's: any received e-invoice's id will do
            case "incoming-invoice" -> String.valueOf(Objects.requireNonNullElse(db.select(DSL.min(RECEIVED_EINVOICE.ID))
                    .from(RECEIVED_EINVOICE).fetchOne(0, Long.class), 1L));
            default -> null;
        };
    }

    /** A signed request, so that its page images, its original and its signed PDF all exist. */
    String signedRequestOfA() {
        return first(SIGNATURE_REQUEST.NUMBER, SIGNATURE_REQUEST.COMPANY_ID.eq(companyOfA)
                .and(SIGNATURE_REQUEST.STATE.eq(SignatureState.SIGNED)));
    }

    /** An attachment in the history of a quote of A's, written by A's user. */
    long attachmentOfA(ApplicationContext context) {
        HistoryFixtures history = new HistoryFixtures(context);
        DocumentRef quote = history.quote(TestWorld.CUSTOMER, "SENT");
        HistoryService service = context.getBean(HistoryService.class);
        service.post(history.principal(TestWorld.CUSTOMER), quote, "Probe",
                List.of(new NewAttachment("probe.txt", "probe".getBytes(StandardCharsets.UTF_8))), false);
        return service.timeline(history.principal(TestWorld.CUSTOMER), quote, false, 10).entries().stream()
                .flatMap(entry -> entry.attachments().stream()).findFirst().orElseThrow().id();
    }

    private <R extends TableRecord<R>> String first(TableField<R, String> number, Condition condition) {
        String found = db.select(number).from(number.getTable()).where(condition).orderBy(number).limit(1)
                .fetchOne(number);
        if (found == null) {
            throw new AssertionError("The probe made no " + number.getTable().getName() + " of company A");
        }
        return found;
    }
}
