package org.kundenportal.tickets.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kundenportal.db.Tables.TICKET;
import static org.kundenportal.db.Tables.TICKET_SUBMISSION;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.Mails;
import org.kundenportal.SpringTest;
import org.kundenportal.TestAccounts;
import org.kundenportal.access.domain.RefusedException;
import org.kundenportal.demo.DemoData;
import org.kundenportal.tickets.domain.PublicTickets.Outcome;
import org.kundenportal.tickets.domain.PublicTickets.Status;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Test
    void aVisitorGetsTheTicketNumberOnThePageAndByMail() {
        String email = TestAccounts.uniqueEmail("visitor");

        Outcome outcome = publicTickets.submit(request(email, address()));

        assertThat(outcome.status()).isEqualTo(Status.ACCEPTED);
        Ticket ticket = fixtures.byNumber(outcome.number());
        assertThat(ticket.source()).isEqualTo(TicketSource.PUBLIC_FORM);
        assertThat(ticket.companyId()).isNull();
        assertThat(ticket.requesterEmail()).isEqualTo(email);
        assertThat(ticket.requesterCompany()).isEqualTo("Hofladen Hartmann");
        MimeMessage mail = Mails.awaitMailTo(smtp, email);
        assertThat(Mails.subject(mail)).contains(outcome.number()).contains("Kasse gesucht");
        assertThat(Mails.text(mail)).contains("Jonas Hartmann").contains("/tickets/" + outcome.number());
    }

    @Test
    void theEmailOfAPortalUserMakesTheTicketTheirCompanys() {
        db.deleteFrom(TICKET_SUBMISSION).where(TICKET_SUBMISSION.EMAIL.eq(DemoData.CUSTOMER2)).execute();

        Outcome outcome = publicTickets.submit(request(DemoData.CUSTOMER2, address()));

        Ticket ticket = fixtures.byNumber(outcome.number());
        assertThat(ticket.companyId()).isEqualTo(fixtures.companyId("Café Morgenrot KG"));
        assertThat(ticket.contactId()).isEqualTo(fixtures.user(DemoData.CUSTOMER2).contactId());
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
