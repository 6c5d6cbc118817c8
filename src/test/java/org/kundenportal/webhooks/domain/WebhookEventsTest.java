package org.kundenportal.webhooks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.access.AccessFixtures;
import org.kundenportal.access.domain.PortalAccessService;
import org.kundenportal.account.TestAccounts;
import org.kundenportal.account.domain.AccountDetails;
import org.kundenportal.account.domain.AccountService;
import org.kundenportal.account.domain.DetailsChange;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.signature.SignatureImages;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.history.HistoryFixtures;
import org.kundenportal.history.domain.HistoryService;
import org.kundenportal.invoices.InvoiceFixtures;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.InvoicePayments;
import org.kundenportal.quotes.QuoteFixtures;
import org.kundenportal.quotes.domain.Quote;
import org.kundenportal.quotes.domain.QuoteService;
import org.kundenportal.signatures.SignatureFixtures;
import org.kundenportal.signatures.domain.SignatureRequest;
import org.kundenportal.subscriptions.SubscriptionFixtures;
import org.kundenportal.subscriptions.domain.SubscriptionService;
import org.kundenportal.subscriptions.domain.SubscriptionState;
import org.kundenportal.tickets.domain.NewTicket;
import org.kundenportal.tickets.domain.PublicRequest;
import org.kundenportal.tickets.domain.PublicTickets;
import org.kundenportal.tickets.domain.Ticket;
import org.kundenportal.tickets.domain.TicketFixtures;
import org.kundenportal.tickets.domain.TicketService;
import org.kundenportal.tickets.domain.TicketState;
import org.kundenportal.webhooks.WebhookReceiver.Received;
import org.kundenportal.webhooks.WebhookReceiver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** Every event type, caused through the domain service that makes the change, reaches a real receiver. */
class WebhookEventsTest extends SpringTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    WebhookEndpointService endpoints;

    private WebhookReceiver receiver;
    private CreatedEndpoint endpoint;

    @BeforeEach
    void subscribeToEverything() {
        receiver = WebhookReceiver.start();
        endpoint = endpoints.create(receiver.url(), Set.copyOf(WebhookEndpointService.eventTypes()), "every event");
    }

    @AfterEach
    void unsubscribe() {
        endpoints.delete(endpoint.id());
        receiver.close();
    }

    /** The request of the type whose data matches, signed, and delivered under the given subject. */
    private JsonNode await(String type, String subject, Predicate<JsonNode> data) {
        Received request = receiver.awaitOne(r -> r.type().equals(type) && data.test(r.data()));
        assertThat(WebhookReceiver.signatureValid(request, endpoint.secret())).isTrue();
        assertThat(endpoints.deliveries(null, endpoint.id(), 0, 1000))
                .anySatisfy(row -> {
                    assertThat(row.eventType()).isEqualTo(type);
                    assertThat(row.subject()).isEqualTo(subject);
                });
        return request.data();
    }

    private static Predicate<JsonNode> number(String number) {
        return data -> data.has("number") && number.equals(data.get("number").asString());
    }

    @Test
    void acceptingAQuoteSendsQuoteAcceptedWithTheSigner() {
        QuoteFixtures quotes = new QuoteFixtures(context);
        Quote quote = quotes.sent(TestWorld.CUSTOMER_COMPANY, true, false);
        PortalUser anna = quotes.user(TestWorld.CUSTOMER);

        context.getBean(QuoteService.class).accept(quotes.scope(TestWorld.CUSTOMER), quote.id(), anna.id(), anna.displayName(),
                SignatureImages.scribble(3), "127.0.0.1");

        JsonNode data = await("quote.accepted", "quote:" + quote.number(), number(quote.number()));
        assertThat(data.get("company_id").asLong()).isEqualTo(quote.customerId());
        assertThat(data.get("company_name").asString()).isEqualTo(TestWorld.CUSTOMER_COMPANY);
        assertThat(data.get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(data.get("total").decimalValue()).isEqualByComparingTo(quote.total());
        assertThat(data.get("currency").asString()).isEqualTo("EUR");
        assertThat(data.get("signer_name").asString()).isEqualTo(anna.displayName());
        assertThat(data.get("signed_at").asString()).isNotBlank();
        assertThat(data.get("signature_url").asString()).endsWith("/quotes/" + quote.number());
        assertThat(data.get("pdf_url").asString()).endsWith("/documents/quote/" + quote.number() + ".pdf");
    }

    @Test
    void decliningAQuoteSendsQuoteDeclinedWithTheReason() {
        QuoteFixtures quotes = new QuoteFixtures(context);
        Quote quote = quotes.sent(TestWorld.CUSTOMER_COMPANY, false, false);
        PortalUser anna = quotes.user(TestWorld.CUSTOMER);

        context.getBean(QuoteService.class).decline(quotes.scope(TestWorld.CUSTOMER), quote.id(), anna.id(), "Zu teuer für uns");

        JsonNode data = await("quote.declined", "quote:" + quote.number(), number(quote.number()));
        assertThat(data.get("reason").asString()).isEqualTo("Zu teuer für uns");
        assertThat(data.get("state").asString()).isEqualTo("DECLINED");
        assertThat(data.get("company_name").asString()).isEqualTo(TestWorld.CUSTOMER_COMPANY);
    }

    @Test
    void anAnnouncedTransferAndTheFullPaymentSendTheirEvents() {
        InvoiceFixtures invoices = new InvoiceFixtures(context);
        InvoicePayments payments = context.getBean(InvoicePayments.class);
        invoices.enableBankTransfer(true);
        Invoice invoice = invoices.posted(world.customer().companyId());
        long anna = new QuoteFixtures(context).user(TestWorld.CUSTOMER).id();

        var announced = payments.announceBankTransfer(invoice, anna);
        JsonNode data = await("invoice.payment_announced", "invoice:" + invoice.number(), number(invoice.number()));
        assertThat(data.get("amount").decimalValue()).isEqualByComparingTo("119.00");
        assertThat(data.get("method").asString()).isEqualTo("BANK_TRANSFER");
        assertThat(data.get("company_id").asLong()).isEqualTo(world.customer().companyId());

        payments.confirm(announced.id(), LocalDate.now(Formats.ZONE), anna);
        JsonNode paid = await("invoice.paid", "invoice:" + invoice.number(), number(invoice.number()));
        assertThat(paid.get("state").asString()).isEqualTo("PAID");
        assertThat(paid.get("paid").decimalValue()).isEqualByComparingTo("119.00");
        assertThat(paid.get("company_name").asString()).isEqualTo(TestWorld.CUSTOMER_COMPANY);
    }

    @Test
    void aPartialPaymentIsNoInvoicePaid() {
        InvoiceFixtures invoices = new InvoiceFixtures(context);
        InvoicePayments payments = context.getBean(InvoicePayments.class);
        Invoice invoice = invoices.posted(world.customer().companyId());
        long staff = new QuoteFixtures(context).staffId();

        payments.register(invoice, new BigDecimal("19.00"), LocalDate.now(Formats.ZONE), null, staff);
        payments.register(invoices.reload(invoice), new BigDecimal("100.00"), LocalDate.now(Formats.ZONE), null, staff);

        await("invoice.paid", "invoice:" + invoice.number(), number(invoice.number()));
        assertThat(receiver.received(r -> r.body().contains(invoice.number()))).hasSize(1);
    }

    @Test
    void signingARequestSendsTheSignedPdfAndItsHash() {
        SignatureFixtures signatures = new SignatureFixtures(context);
        long company = signatures.company();
        PortalUser signer = signatures.signer(company, "de");

        SignatureRequest signed = signatures.signed(company, signer);

        JsonNode data = await("signature_request.signed", "signature:" + signed.number(), number(signed.number()));
        assertThat(data.get("signer_name").asString()).isEqualTo(signed.signerName());
        assertThat(data.get("signed_pdf_sha256").asString()).isEqualTo(signed.signedSha256());
        assertThat(data.get("signed_pdf_url").asString()).endsWith("/documents/signature/" + signed.number() + ".pdf");
        assertThat(data.get("company_id").asLong()).isEqualTo(company);
    }

    @Test
    void ticketsSendCreatedFromThePortalAndThePublicFormAndUpdatedOnEveryChange() {
        TicketFixtures tickets = new TicketFixtures(context);
        TicketService service = context.getBean(TicketService.class);
        String subject = "Kasse piept " + System.nanoTime();
        String number = service.submit(tickets.user(TestWorld.CUSTOMER), tickets.scope(TestWorld.CUSTOMER),
                new NewTicket(subject, "Seit heute früh.", null, null, List.of()));

        JsonNode created = await("ticket.created", "ticket:" + number, number(number));
        assertThat(created.get("subject").asString()).isEqualTo(subject);
        assertThat(created.get("state").asString()).isEqualTo("NEW");
        assertThat(created.get("company_name").asString()).isEqualTo(TestWorld.CUSTOMER_COMPANY);

        long staffId = tickets.user(TestWorld.STAFF).id();
        service.changeState(tickets.byNumber(number), TicketState.IN_PROGRESS, staffId);
        await("ticket.updated", "ticket:" + number, number(number).and(data -> data.get("state").asString().equals("IN_PROGRESS")));
        service.assign(tickets.byNumber(number), staffId, staffId);
        await("ticket.updated", "ticket:" + number, number(number).and(data -> !data.get("assigned_to").isNull()));

        String publicSubject = "Öffentlich " + System.nanoTime();
        String publicNumber = context.getBean(PublicTickets.class).submit(new PublicRequest("Jonas Hartmann",
                AccessFixtures.uniqueEmail("public"), "Hofladen", publicSubject, "Bitte anrufen.", List.of(), "",
                "198.51.100." + (System.nanoTime() % 200), "de")).number();
        JsonNode fromForm = await("ticket.created", "ticket:" + publicNumber, number(publicNumber));
        assertThat(fromForm.get("source").asString()).isEqualTo("PUBLIC_FORM");
        assertThat(fromForm.get("requester_name").asString()).isEqualTo("Jonas Hartmann");
    }

    @Test
    void messagesAreSentButInternalNotesNever() {
        HistoryFixtures history = new HistoryFixtures(context);
        HistoryService service = context.getBean(HistoryService.class);
        DocumentRef quote = history.quote(TestWorld.CUSTOMER, "SENT");
        String number = history.numberOf(quote);

        service.post(history.principal(TestWorld.STAFF), quote, "Nur intern " + number, List.of(), true);
        service.post(history.principal(TestWorld.CUSTOMER), quote, "Frage zu " + number, List.of(), false);

        JsonNode data = await("message.posted", "quote:" + number,
                d -> number.equals(d.get("document_number").asString()));
        assertThat(data.get("text").asString()).isEqualTo("Frage zu " + number);
        assertThat(data.get("author_name").asString()).isEqualTo(history.principal(TestWorld.CUSTOMER).displayName());
        assertThat(data.get("document_type").asString()).isEqualTo("quote");
        assertThat(data.get("company_id").asLong()).isEqualTo(history.companyOf(TestWorld.CUSTOMER));
        assertThat(receiver.received(r -> r.body().contains("Nur intern " + number))).isEmpty();
    }

    @Test
    void aCustomerEditingTheirDetailsSendsContactUpdated() {
        TestAccounts.Account user = new TestAccounts(context).customer("webhook-contact");
        AccountService accounts = context.getBean(AccountService.class);
        AccountDetails before = accounts.details(user.userId());

        accounts.updateDetails(user.userId(), new DetailsChange(before.name(), "+49 30 1234", "Webhookweg 1", "10115",
                "Berlin", "DE", "de", before.company() == null ? null : before.company().legalName(),
                before.company() == null ? null : before.company().vatId()));

        JsonNode data = await("contact.updated", "contact:" + user.contactId(),
                d -> d.get("contact_id").asLong() == user.contactId());
        assertThat(data.get("street").asString()).isEqualTo("Webhookweg 1");
        assertThat(data.get("phone").asString()).isEqualTo("+49 30 1234");
        assertThat(data.get("email").asString()).isEqualTo(user.email());
    }

    @Test
    void grantingAndRevokingPortalAccessSendTheirEvents() {
        AccessFixtures access = new AccessFixtures(context);
        String email = AccessFixtures.uniqueEmail("webhook-access");
        long company = access.customerCompany(AccessFixtures.uniqueName("Webhook GmbH"));
        long contact = access.person(company, "Petra Probe", email, "de");

        long userId = access.grant(contact);
        JsonNode granted = await("portal_access.granted", "contact:" + contact, d -> email.equals(d.get("email").asString()));
        assertThat(granted.get("user_id").asLong()).isEqualTo(userId);
        assertThat(granted.get("company_id").asLong()).isEqualTo(company);
        assertThat(granted.get("roles").toString()).contains("CUSTOMER");

        context.getBean(PortalAccessService.class).revoke(access.staff(), userId);
        JsonNode revoked = await("portal_access.revoked", "contact:" + contact, d -> email.equals(d.get("email").asString()));
        assertThat(revoked.get("contact_id").asLong()).isEqualTo(contact);
    }

    @Test
    void subscriptionChangesSendSubscriptionUpdated() {
        SubscriptionFixtures subscriptions = new SubscriptionFixtures(context);
        long company = subscriptions.customerCompany(SubscriptionFixtures.unique("Abo GmbH"));
        String number = subscriptions.subscription(company, SubscriptionState.ACTIVE, "Webhookmodul");
        await("subscription.updated", "subscription:" + number, number(number).and(d -> d.get("change").asString().equals("CREATED")));

        context.getBean(SubscriptionService.class).pause(subscriptions.staff(), subscriptions.byNumber(number).id());

        JsonNode paused = await("subscription.updated", "subscription:" + number, number(number).and(d -> d.get("change").asString().equals("PAUSED")));
        assertThat(paused.get("state").asString()).isEqualTo("PAUSED");
        assertThat(paused.get("company_id").asLong()).isEqualTo(company);
        assertThat(paused.get("lines").toString()).contains("Webhookmodul");
        assertThat(paused.get("start_date").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
    }
}
