package org.kundenportal.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.INVOICE;
import static org.kundenportal.db.Tables.PURCHASE_ORDER;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestAccounts;
import org.kundenportal.TestWorld;
import org.kundenportal.access.AccessFixtures;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.history.HistoryFixtures;
import org.kundenportal.history.domain.HistoryService;
import org.kundenportal.signatures.SignatureFixtures;
import org.kundenportal.signatures.domain.NewSignatureRequest;
import org.kundenportal.signatures.domain.SignatureRequest;
import org.kundenportal.subscriptions.SubscriptionFixtures;
import org.kundenportal.subscriptions.domain.SubscriptionState;
import org.kundenportal.tickets.domain.TicketFixtures;
import org.kundenportal.tickets.domain.TicketState;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Stored cross-site scripting: markup that a customer or an integration stored as a company name, a person's name
 * or a history message comes out of every history and grid as the text it is, never as markup. Karibu reads what
 * the views would send to the browser: the payload must be there as text, and no element may carry it as HTML.
 */
class StoredXssTest extends KaribuTest {

    /** Breaks out of an attribute and a text node, with a script and an event handler. */
    private static final String PAYLOAD = "\"><script>window.kpXss=1</script><img src=x onerror=window.kpXss=2>";

    private String uniqueName;
    private String companyName;
    private String personName;
    private String email;
    private PortalUser customer;
    private HistoryFixtures documents;
    private HistoryService history;

    @BeforeEach
    void aCompanyWithMarkupInItsNames() {
        AccessFixtures access = new AccessFixtures(context);
        uniqueName = "XSS " + System.nanoTime();
        companyName = uniqueName + " " + PAYLOAD;
        personName = "Pia " + PAYLOAD;
        email = AccessFixtures.uniqueEmail("xss");
        long company = access.customerCompany(companyName);
        long userId = access.grant(access.person(company, personName, email, "de"), AreaPermission.values());
        access.users.setPasswordHash(userId, context.getBean(PasswordEncoder.class).encode(TestAccounts.PASSWORD));
        customer = access.principal(email);
        documents = new HistoryFixtures(context);
        history = context.getBean(HistoryService.class);
    }

    @Test
    void messagesInEveryDocumentsHistoryAreText() {
        long company = new SubscriptionFixtures(context).companyOf(email);
        List<String> pages = new ArrayList<>();
        pages.add(withMessages(documents.quote(email, "SENT"), "quotes/"));
        pages.add(withMessages(documents.quote(email, "CONFIRMED"), "orders/"));
        pages.add(withMessages(documents.invoice(email), "invoices/"));
        var ticket = new TicketFixtures(context).ticket(company, TicketState.NEW, "Ticket " + PAYLOAD);
        pages.add(withMessages(new DocumentRef(DocumentType.TICKET, ticket.id()), "tickets/" + ticket.number()));
        var subscriptions = new SubscriptionFixtures(context);
        String subscription = subscriptions.subscription(company, SubscriptionState.ACTIVE, "Modul");
        pages.add(withMessages(subscriptions.byNumber(subscription).ref(), "subscriptions/" + subscription));
        var signature = sentRequest(company);
        pages.add(withMessages(signature.ref(), "signatures/" + signature.number()));

        login(email, TestAccounts.PASSWORD);
        for (String page : pages) {
            navigate(page);
            assertShownAsTextOnly(page, PAYLOAD);
        }
    }

    @Test
    void aPurchaseOrdersHistoryIsTextForStaff() {
        DocumentRef order = documents.purchaseOrder(email);
        history.post(documents.principal(TestWorld.STAFF), order, "Staff " + PAYLOAD, List.of(), false);
        String number = numberOf(order);

        login(TestWorld.STAFF);
        navigate("staff/purchase-orders/" + number);

        assertShownAsTextOnly(number, PAYLOAD);
    }

    @Test
    void companyAndPersonNamesInTheBackOfficeGridsAreText() {
        documents.invoice(email);
        String quote = numberOf(documents.quote(email, "SENT"));
        login(TestWorld.STAFF);

        navigate("staff/contacts");
        search(uniqueName);
        assertGridShows("staff/contacts", companyName);
        search(email);
        assertGridShows("staff/contacts", personName);

        navigate("staff/invoices");
        search(uniqueName);
        assertGridShows("staff/invoices", companyName);
        // the quotes' search looks at numbers and lines, not at the customer
        navigate("staff/quotes");
        search(quote);
        assertGridShows("staff/quotes", companyName);
    }

    /** A request sent to the customer by the world's staff, with a field of every kind. */
    private SignatureRequest sentRequest(long company) {
        SignatureFixtures signatures = new SignatureFixtures(context);
        long staffId = world.staff().userId();
        String number = signatures.service.create(new NewSignatureRequest("Vertrag " + System.nanoTime(), company,
                customer.id(), "Bitte unterschreiben.", "vertrag.pdf", SignatureFixtures.pdf(1)), staffId);
        signatures.service.replaceFields(signatures.staffView(number), SignatureFixtures.everyKind(1), staffId);
        signatures.service.send(signatures.staffView(number), staffId);
        return signatures.staffView(number);
    }

    private static void search(String text) {
        _setValue(_find(TextField.class).getFirst(), text);
    }

    /** Posts the payload as the customer and as staff; returns the customer's page of the document. */
    private String withMessages(DocumentRef ref, String page) {
        history.post(customer, ref, "Kunde " + PAYLOAD, List.of(), false);
        history.post(documents.principal(TestWorld.STAFF), ref, "Team " + PAYLOAD, List.of(), false);
        return page.endsWith("/") ? page + numberOf(ref) : page;
    }

    private String numberOf(DocumentRef ref) {
        DSLContext db = context.getBean(DSLContext.class);
        return switch (ref.type()) {
            case INVOICE -> db.select(INVOICE.NUMBER).from(INVOICE).where(INVOICE.ID.eq(ref.id())).fetchSingle(INVOICE.NUMBER);
            case PURCHASE_ORDER -> db.select(PURCHASE_ORDER.NUMBER).from(PURCHASE_ORDER)
                    .where(PURCHASE_ORDER.ID.eq(ref.id())).fetchSingle(PURCHASE_ORDER.NUMBER);
            default -> documents.numberOf(ref);
        };
    }

    /** The payload is in the text of the page, and no element of the page holds it as markup. */
    private static void assertShownAsTextOnly(String page, String payload) {
        List<Element> elements = _find(Component.class).stream().map(Component::getElement).toList();
        assertThat(elements).as("the texts of " + page)
                .anyMatch(element -> element.getTextRecursively().contains(payload));
        assertThat(elements).as("elements of " + page + " holding markup")
                .noneMatch(element -> String.valueOf(element.getProperty("innerHTML")).contains("onerror"))
                .noneMatch(element -> element.getComponent().filter(Html.class::isInstance).isPresent()
                        && element.getOuterHTML().contains("onerror"));
    }

    @SuppressWarnings("unchecked")
    private static void assertGridShows(String page, String text) {
        List<String> cells = new ArrayList<>();
        for (Grid<Object> grid : _find(Grid.class).stream().map(grid -> (Grid<Object>) grid).toList()) {
            int rows = Math.min(GridKt._size(grid), 50);
            IntStream.range(0, rows).forEach(row -> cells.addAll(GridKt._getFormattedRow(grid, row)));
        }
        assertThat(cells).as("cells of the grid on " + page).anyMatch(cell -> cell.contains(text));
        assertThat(_find(Component.class)).as("elements of " + page + " holding markup")
                .noneMatch(component -> String.valueOf(component.getElement().getProperty("innerHTML")).contains("onerror"));
    }
}
