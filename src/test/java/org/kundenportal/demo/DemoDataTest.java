package org.kundenportal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kundenportal.SpringTest;
import org.kundenportal.account.domain.TwoFactorRepository;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalScopeService;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.Role;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.invoices.domain.InvoiceFilter;
import org.kundenportal.invoices.domain.InvoicePaymentStatus;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.kundenportal.subscriptions.domain.SubscriptionRepository;
import org.kundenportal.subscriptions.domain.SubscriptionState;
import org.kundenportal.tickets.domain.TicketFilter;
import org.kundenportal.tickets.domain.TicketRepository;
import org.kundenportal.tickets.domain.TicketState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * The demo installation the README promises, loaded through the same write paths as real data. It runs after every
 * other test class (highest {@link Order}), as no other test may depend on or be disturbed by the demo's rows.
 */
@Order(Integer.MAX_VALUE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataTest extends SpringTest {

    @Autowired
    DemoData demoData;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    PortalScopeService scopes;
    @Autowired
    InvoiceRepository invoices;
    @Autowired
    TicketRepository tickets;
    @Autowired
    SubscriptionRepository subscriptions;
    @Autowired
    TwoFactorRepository twoFactor;
    @Value("${local.server.port}")
    int port;

    @BeforeAll
    void loadTheDemo() {
        demoData.load();
    }

    private PortalUser logIn(String email) {
        return (PortalUser) authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, DemoData.PASSWORD)).getPrincipal();
    }

    private PortalScope scopeOf(String email) {
        return scopes.scopeOf(logIn(email));
    }

    @Test
    void everyDemoLoginOfTheReadmeLogsInWithItsRoles() {
        Map<String, Set<Role>> logins = Map.of(
                DemoData.CUSTOMER, EnumSet.of(Role.CUSTOMER),
                DemoData.CUSTOMER2, EnumSet.of(Role.CUSTOMER),
                DemoData.TWO_FACTOR, EnumSet.of(Role.CUSTOMER),
                DemoData.PARTNER, EnumSet.of(Role.PARTNER),
                DemoData.SUPPLIER, EnumSet.of(Role.SUPPLIER),
                DemoData.STAFF, EnumSet.of(Role.STAFF),
                DemoData.ADMIN, EnumSet.of(Role.STAFF, Role.ADMIN));

        logins.forEach((email, roles) -> assertThat(logIn(email).roles()).as(email).isEqualTo(roles));
        assertThat(twoFactor.state(logIn(DemoData.TWO_FACTOR).id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void theBakeryHasMoreThanSixtyInvoicesInEveryPaymentStatus() {
        PortalScope bakery = scopeOf(DemoData.CUSTOMER);

        assertThat(invoices.count(bakery, false, InvoiceFilter.all())).isGreaterThan(60);
        for (InvoicePaymentStatus status : InvoicePaymentStatus.values()) {
            DocumentFilter<InvoicePaymentStatus> filter = new DocumentFilter<>(null, null, null, status, null);
            assertThat(invoices.count(bakery, false, new InvoiceFilter(filter, null))).as(status.name()).isPositive();
        }
    }

    @Test
    void ticketsAndSubscriptionsInEveryState() {
        PortalScope bakery = scopeOf(DemoData.CUSTOMER);

        for (TicketState state : TicketState.values()) {
            TicketFilter filter = TicketFilter.of(new DocumentFilter<>(null, null, null, state, null));
            assertThat(tickets.count(bakery, filter)).as(state.name()).isPositive();
        }
        for (SubscriptionState state : SubscriptionState.values()) {
            assertThat(subscriptions.count(bakery, new DocumentFilter<>(null, null, null, state, null))).as(state.name())
                    .isPositive();
        }
    }

    @Test
    void thePartnerSeesItsCustomersButNotTheOthers() {
        PortalScope partner = scopeOf(DemoData.PARTNER);

        assertThat(partner.customerCompanyIds()).hasSizeGreaterThanOrEqualTo(2)
                .doesNotContain(scopeOf(DemoData.CUSTOMER).ownCompanyId(), scopeOf(DemoData.CUSTOMER2).ownCompanyId());
        assertThat(tickets.count(partner, TicketFilter.none())).isPositive();
    }

    @Test
    void theDocumentedApiTokenReadsTheDocumentedErpIds() throws Exception {
        HttpResponse<String> company = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/companies/CUST-1001"))
                .header("Authorization", "Bearer " + ApiClientDemoData.TOKEN).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(company.statusCode()).isEqualTo(200);
        assertThat(company.body()).contains("Bäckerei Sonnenschein GmbH");
    }
}
