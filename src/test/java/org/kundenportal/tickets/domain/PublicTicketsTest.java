package org.kundenportal.tickets.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kundenportal.db.Tables.HISTORY_ENTRY;
import static org.kundenportal.db.Tables.TICKET;
import static org.kundenportal.db.Tables.TICKET_SUBMISSION;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.Mails;
import org.kundenportal.SpringTest;
import org.kundenportal.TestAccounts;
import org.kundenportal.TestWorld;
import org.kundenportal.access.AccessFixtures;
import org.kundenportal.base.security.Hashes;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalScopeService;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.tickets.domain.PublicTickets.Confirmation;
import org.kundenportal.tickets.domain.PublicTickets.Outcome;
import org.kundenportal.tickets.domain.PublicTickets.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

class PublicTicketsTest extends SpringTest {

    @Autowired
    PublicTickets publicTickets;
    @Autowired
    DSLContext db;
    @Autowired
    GreenMail smtp;
    @Autowired
    ApplicationContext context;
    @Autowired
    TicketRepository tickets;
    @Autowired
    TicketService ticketService;
    @Autowired
    PortalScopeService scopes;
    @Value("${kundenportal.base-url}")
    String baseUrl;

    TicketFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new TicketFixtures(context);
    }

    private static String address() {
        return "198.51.100." + System.nanoTime();
    }

    private static PublicRequest request(String email, String address) {
        return new PublicRequest("Jonas Hartmann", email, "Hofladen Hartmann", "Kasse gesucht",
                "Bitte rufen Sie mich an.", List.of(), "", address, "de");
    }

    /** A company with a person who has portal access, so that confirming links tickets where no other test looks. */
    private PortalUser portalUserOfNewCompany() {
        AccessFixtures access = new AccessFixtures(context);
        long company = access.customerCompany(AccessFixtures.uniqueName("Anfrage GmbH"));
        String email = AccessFixtures.uniqueEmail("requester");
        access.grant(access.person(company, "Rita Requester", email, "de"));
        return access.principal(email);
    }

    private String confirmationToken(String email) {
        return Mails.tokenOfLink(Mails.awaitMailTo(smtp, email), "/support/confirm/");
    }

    @Test
    void aVisitorGetsTheTicketNumberOnThePageAndAConfirmationLinkByMail() {
        String email = TestAccounts.uniqueEmail("visitor");

        Outcome outcome = publicTickets.submit(request(email, address()));

        assertThat(outcome.status()).isEqualTo(Status.ACCEPTED);
        Ticket ticket = fixtures.byNumber(outcome.number());
        assertThat(ticket.source()).isEqualTo(TicketSource.PUBLIC_FORM);
        assertThat(ticket.companyId()).isNull();
        assertThat(ticket.senderUnconfirmed()).isTrue();
        assertThat(ticket.requesterEmail()).isEqualTo(email);
        assertThat(ticket.requesterCompany()).isEqualTo("Hofladen Hartmann");
        MimeMessage mail = Mails.awaitMailTo(smtp, email);
        assertThat(Mails.subject(mail)).startsWith("Bitte bestätigen Sie Ihre Supportanfrage " + outcome.number());
        assertThat(Mails.text(mail)).contains("Jonas Hartmann", "Kasse gesucht", baseUrl + "/support/confirm/");
        assertThat(db.select(TICKET.CONFIRMATION_TOKEN_HASH).from(TICKET).where(TICKET.NUMBER.eq(outcome.number()))
                .fetchSingle(TICKET.CONFIRMATION_TOKEN_HASH)).isEqualTo(Hashes.sha256Hex(confirmationToken(email)));
    }

    @Test
    void aRequestInAPortalUsersNameBelongsToNobodyUntilTheAddressIsConfirmed() {
        PortalUser owner = portalUserOfNewCompany();
        PortalScope ownerScope = scopes.scopeOf(owner);

        Outcome outcome = publicTickets.submit(request(owner.email(), address()));

        Ticket submitted = fixtures.byNumber(outcome.number());
        assertThat(submitted.companyId()).isNull();
        assertThat(submitted.contactId()).isNull();
        assertThat(db.select(TICKET.CREATED_BY_USER_ID).from(TICKET).where(TICKET.ID.eq(submitted.id()))
                .fetchSingle(TICKET.CREATED_BY_USER_ID)).isNull();
        assertThat(tickets.count(ownerScope, TicketFilter.none())).isZero();
        assertThat(tickets.find(ownerScope, outcome.number())).isEmpty();

        String token = confirmationToken(owner.email());
        assertThat(publicTickets.requestToConfirm(token)).hasValueSatisfying(request -> {
            assertThat(request.number()).isEqualTo(outcome.number());
            assertThat(request.confirmed()).isFalse();
        });
        assertThat(publicTickets.confirm(token)).isEqualTo(Confirmation.CONFIRMED);

        Ticket confirmed = fixtures.byNumber(outcome.number());
        assertThat(confirmed.companyId()).isEqualTo(ownerScope.ownCompanyId());
        assertThat(confirmed.contactId()).isEqualTo(owner.contactId());
        assertThat(confirmed.senderUnconfirmed()).isFalse();
        assertThat(tickets.find(ownerScope, outcome.number())).isPresent();
        assertThat(db.fetchCount(HISTORY_ENTRY, HISTORY_ENTRY.DOCUMENT_TYPE.eq(DocumentType.TICKET)
                .and(HISTORY_ENTRY.DOCUMENT_ID.eq(confirmed.id())).and(HISTORY_ENTRY.EVENT.eq("REQUESTER_CONFIRMED"))))
                .isEqualTo(1);
        assertThat(publicTickets.confirm(token)).isEqualTo(Confirmation.ALREADY_CONFIRMED);
        assertThat(publicTickets.requestToConfirm(token)).hasValueSatisfying(request -> assertThat(request.confirmed()).isTrue());
    }

    @Test
    void confirmingKeepsTheCustomerStaffLinkedTheRequestTo() {
        PortalUser owner = portalUserOfNewCompany();
        long otherCompany = new AccessFixtures(context).customerCompany(AccessFixtures.uniqueName("Staffwahl KG"));
        Outcome outcome = publicTickets.submit(request(owner.email(), address()));
        ticketService.link(fixtures.byNumber(outcome.number()), otherCompany, null, fixtures.user(TestWorld.STAFF).id());

        assertThat(publicTickets.confirm(confirmationToken(owner.email()))).isEqualTo(Confirmation.CONFIRMED);

        Ticket ticket = fixtures.byNumber(outcome.number());
        assertThat(ticket.companyId()).isEqualTo(otherCompany);
        assertThat(ticket.senderUnconfirmed()).isFalse();
    }

    @Test
    void unknownAndExpiredLinksConfirmNothing() {
        String email = TestAccounts.uniqueEmail("late");
        Outcome outcome = publicTickets.submit(request(email, address()));
        String token = confirmationToken(email);
        db.update(TICKET).set(TICKET.CREATED_AT, Instant.now().minus(PublicTickets.CONFIRMATION_LIFETIME).minusSeconds(1))
                .where(TICKET.NUMBER.eq(outcome.number())).execute();

        assertThat(publicTickets.requestToConfirm(token)).isEmpty();
        assertThat(publicTickets.confirm(token)).isEqualTo(Confirmation.INVALID);
        assertThat(publicTickets.confirm("no-such-token")).isEqualTo(Confirmation.INVALID);
        assertThat(publicTickets.confirm(null)).isEqualTo(Confirmation.INVALID);
        assertThat(fixtures.byNumber(outcome.number()).senderUnconfirmed()).isTrue();
    }

    @Test
    void aFilledHoneypotIsAnsweredLikeSuccessButStoresNothing() {
        String email = TestAccounts.uniqueEmail("bot");
        int tickets = db.fetchCount(TICKET);

        Outcome outcome = publicTickets.submit(new PublicRequest("Bot", email, "", "Cheap pills", "Buy now",
                List.of(), "https://spam.example", address(), "en"));

        assertThat(outcome.status()).isEqualTo(Status.ACCEPTED);
        assertThat(outcome.number()).isNull();
        assertThat(db.fetchCount(TICKET)).isEqualTo(tickets);
        assertThat(db.fetchCount(TICKET_SUBMISSION, TICKET_SUBMISSION.EMAIL.eq(email))).isZero();
    }

    @Test
    void oneEmailMaySubmitThreeTimesAnHour() {
        String email = TestAccounts.uniqueEmail("limit-email");
        for (int i = 0; i < PublicTickets.PER_EMAIL; i++) {
            assertThat(publicTickets.submit(request(email, address())).status()).isEqualTo(Status.ACCEPTED);
        }
        int tickets = db.fetchCount(TICKET);

        Outcome refused = publicTickets.submit(request(email, address()));

        assertThat(refused.status()).isEqualTo(Status.RATE_LIMITED);
        assertThat(refused.minutesToWait()).isBetween(1L, 60L);
        assertThat(db.fetchCount(TICKET)).isEqualTo(tickets);
    }

    @Test
    void oneClientAddressMaySubmitFiveTimesAnHour() {
        String address = address();
        for (int i = 0; i < PublicTickets.PER_ADDRESS; i++) {
            assertThat(publicTickets.submit(request(TestAccounts.uniqueEmail("limit-address"), address)).status())
                    .isEqualTo(Status.ACCEPTED);
        }

        assertThat(publicTickets.submit(request(TestAccounts.uniqueEmail("limit-address"), address)).status())
                .isEqualTo(Status.RATE_LIMITED);
    }

    @Test
    void missingFieldsAndOversizedTextsAreRefusedWithoutCountingAgainstTheLimit() {
        String email = TestAccounts.uniqueEmail("invalid");
        assertThatThrownBy(() -> publicTickets.submit(new PublicRequest("", email, null, "s", "d", List.of(), null,
                address(), "de"))).isInstanceOf(RefusedException.class).hasMessageContaining("tickets.error.name-required");
        assertThatThrownBy(() -> publicTickets.submit(new PublicRequest("N", "not-an-email", null, "s", "d", List.of(),
                null, address(), "de"))).hasMessageContaining("tickets.error.email-invalid");
        assertThatThrownBy(() -> publicTickets.submit(new PublicRequest("N", email, null, "s", "x".repeat(10_001),
                List.of(), null, address(), "de"))).hasMessageContaining("tickets.error.description-too-long");
        assertThat(db.fetchCount(TICKET_SUBMISSION, TICKET_SUBMISSION.EMAIL.eq(email))).isZero();
    }
}
