package org.kundenportal.purchasing;

import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.HISTORY_ENTRY;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalScopeService;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.contacts.domain.NewContact;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.purchasing.domain.PurchaseOrder;
import org.kundenportal.purchasing.domain.PurchaseOrderDraft;
import org.kundenportal.purchasing.domain.PurchaseOrderRepository;
import org.kundenportal.purchasing.domain.PurchaseOrderService;
import org.kundenportal.users.domain.NewUser;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Each purchasing test's own supplier companies, supplier users (unique emails, the test world's password) and
 * purchase orders, so no test changes the orders others read.
 */
public class PurchasingFixtures {

    /** A supplier company with its contact person and, if asked for, that person's portal user. */
    public record Supplier(long companyId, long contactId, String email, Long userId) {
    }

    private static String passwordHash;

    public final PurchaseOrderService service;
    public final PurchaseOrderRepository orders;
    private final ContactRepository contacts;
    private final UserRepository users;
    private final PortalScopeService scopes;
    private final DSLContext db;

    public PurchasingFixtures(ApplicationContext context) {
        service = context.getBean(PurchaseOrderService.class);
        orders = context.getBean(PurchaseOrderRepository.class);
        contacts = context.getBean(ContactRepository.class);
        users = context.getBean(UserRepository.class);
        scopes = context.getBean(PortalScopeService.class);
        db = context.getBean(DSLContext.class);
        if (passwordHash == null) {
            passwordHash = context.getBean(PasswordEncoder.class).encode(TestWorld.PASSWORD);
        }
    }

    public Supplier supplierWithUser() {
        Supplier supplier = supplierWithoutUser(true);
        long user = users.create(new NewUser(supplier.email(), "Sven Lieferant", UserKind.PORTAL, supplier.contactId(),
                passwordHash, "de", EnumSet.of(Role.SUPPLIER), Set.of()));
        return new Supplier(supplier.companyId(), supplier.contactId(), supplier.email(), user);
    }

    /** A supplier nobody of which can log in; its contact person has an email only if asked. */
    public Supplier supplierWithoutUser(boolean contactHasEmail) {
        long company = contacts.create(NewContact.company("Lieferant " + System.nanoTime() + " GmbH", "Lagerweg 1",
                "28197", "Bremen", null).asSupplier());
        String email = contactHasEmail ? "supplier-" + System.nanoTime() + "@testwelt.example" : null;
        long person = contacts.create(NewContact.person(company, "Sven Lieferant", email, null, "de"));
        return new Supplier(company, person, email, null);
    }

    public static List<DocumentLine> lines() {
        return List.of(DocumentLine.section("Kassenbedarf"),
                DocumentLine.product("TR-80", "Thermorollen 80 mm", new BigDecimal("10"), "Karton",
                        new BigDecimal("12.40"), BigDecimal.ZERO, new BigDecimal("19"))
                        .withExpectedDate(PurchaseOrderService.today().plusDays(7)));
    }

    public PurchaseOrderDraft draft(Supplier supplier, List<DocumentLine> lines) {
        return new PurchaseOrderDraft(null, 0, supplier.companyId(), supplier.contactId(), "Test " + System.nanoTime(),
                PurchaseOrderService.today(), PurchaseOrderService.today().plusDays(7), null, null, lines);
    }

    public long staffId() {
        return users.findPrincipal(TestWorld.STAFF).orElseThrow().id();
    }

    public String createDraft(Supplier supplier) {
        return service.create(draft(supplier, lines()), staffId());
    }

    /** A purchase order with lines, sent to the supplier (its mail goes out as well). */
    public String createSent(Supplier supplier) {
        String number = createDraft(supplier);
        service.send(order(number).id(), staffId());
        return number;
    }

    /** A sent order the supplier's user acknowledged for delivery in six days. */
    public String createAcknowledged(Supplier supplier) {
        String number = createSent(supplier);
        service.acknowledge(number, scopeOf(supplier.email()), supplier.userId(), PurchaseOrderService.today().plusDays(6));
        return number;
    }

    /** A sent order whose goods staff received. */
    public String createReceived(Supplier supplier) {
        String number = createSent(supplier);
        service.markReceived(order(number).id(), staffId());
        return number;
    }

    /** A sent order staff cancelled. */
    public String createCancelled(Supplier supplier) {
        String number = createSent(supplier);
        service.cancel(order(number).id(), staffId());
        return number;
    }

    /** The name the supplier company was created with. */
    public String name(Supplier supplier) {
        return db.select(CONTACT.NAME).from(CONTACT).where(CONTACT.ID.eq(supplier.companyId())).fetchSingle(CONTACT.NAME);
    }

    public PurchaseOrder order(String number) {
        return orders.findForStaff(number).orElseThrow();
    }

    public PortalScope scopeOf(String email) {
        return scopes.scopeOf(users.findPrincipal(email).orElseThrow());
    }

    public int events(PurchaseOrder order, HistoryEvent event) {
        DocumentRef ref = order.ref();
        return db.fetchCount(HISTORY_ENTRY, HISTORY_ENTRY.DOCUMENT_TYPE.eq(ref.type()),
                HISTORY_ENTRY.DOCUMENT_ID.eq(ref.id()), HISTORY_ENTRY.EVENT.eq(event.name()));
    }
}
