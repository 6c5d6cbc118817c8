package org.kundenportal.quotes.api;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.DOCUMENT_LINE;
import static org.kundenportal.db.Tables.SALE_ORDER;

import java.util.EnumSet;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.signature.SignatureImages;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.documents.domain.SaleOrderState;
import org.kundenportal.integration.ApiHttp;
import org.kundenportal.integration.ApiHttp.Answer;
import org.kundenportal.integration.domain.ApiClientService;
import org.kundenportal.integration.domain.ApiScope;
import org.kundenportal.quotes.QuoteFixtures;
import org.kundenportal.quotes.domain.Quote;
import org.kundenportal.quotes.domain.QuoteRepository;
import org.kundenportal.quotes.domain.QuoteRepository.Audience;
import org.kundenportal.quotes.domain.QuoteService;
import org.kundenportal.quotes.ui.QuoteView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The quotes resource over real HTTP, as the ERP would call it, and the customer's answer read back. */
class QuoteApiTest extends KaribuTest {

    @LocalServerPort
    int port;
    @Autowired
    DSLContext db;
    @Autowired
    QuoteService answers;

    ApiHttp api;
    QuoteFixtures fixtures;
    String path;

    @BeforeEach
    void client() {
        fixtures = new QuoteFixtures(context);
        // the tests' own API client, created by the test world's admin, with every scope
        api = new ApiHttp(port, context.getBean(ApiClientService.class)
                .create(fixtures.user(TestWorld.ADMIN), "Test-ERP", EnumSet.allOf(ApiScope.class)).token());
        path = "/api/v1/quotes/ERP-Q-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The example, dated today and valid for 30 days. */
    static String quote(String company, String state) {
        return QuoteExamples.REQUEST.replaceFirst("\"company\": \"[^\"]+\"", "\"company\": \"" + company + "\"")
                .replace("2026-12-01", QuoteRepository.today().toString())
                .replace("2026-12-31", QuoteRepository.today().plusDays(30).toString())
                .replace("\"state\": \"sent\"", "\"state\": \"" + state + "\"");
    }

    private long id(String number) {
        return db.select(SALE_ORDER.ID).from(SALE_ORDER).where(SALE_ORDER.NUMBER.eq(number)).fetchSingle(SALE_ORDER.ID);
    }

    @Test
    void theSameQuoteTwiceIsWrittenOnceAndAnsweredTheSame() {
        Answer first = api.put(path, quote(TestWorld.CUSTOMER_ERP_ID, "sent"));
        Answer second = api.put(path, quote(TestWorld.CUSTOMER_ERP_ID, "sent"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        JsonNode body = first.json();
        String number = body.path("number").asString();
        assertThat(db.fetchCount(SALE_ORDER, SALE_ORDER.EXTERNAL_ID.eq(path.substring(path.lastIndexOf('/') + 1))))
                .isEqualTo(1);
        assertThat(db.fetchCount(DOCUMENT_LINE, DOCUMENT_LINE.DOCUMENT_TYPE.eq(DocumentType.SALE_ORDER),
                DOCUMENT_LINE.DOCUMENT_ID.eq(id(number)))).isEqualTo(4);
        assertThat(fixtures.events(fixtures.byNumber(number), "SENT")).isEqualTo(1);

        assertThat(body.path("state").asString()).isEqualTo("sent");
        assertThat(body.path("companyName").asString()).isEqualTo(TestWorld.CUSTOMER_COMPANY);
        assertThat(body.path("paymentTerm").asString()).isEqualTo("NET14");
        assertThat(body.path("prepaymentPercent").decimalValue()).isEqualByComparingTo("30");
        assertThat(body.path("lines").get(0).path("kind").asString()).isEqualTo("section");
        assertThat(body.path("lines").get(2).path("amount").decimalValue()).isEqualByComparingTo("90.00");
        assertThat(body.path("lines").get(3).path("kind").asString()).isEqualTo("note");
        assertThat(body.path("totals").path("taxes")).hasSize(2);
        assertThat(body.path("totals").path("total").decimalValue()).isEqualByComparingTo("1286.30");
        assertThat(body.path("portalUrl").asString()).endsWith("/quotes/" + number);
        assertThat(api.get(path).body()).isEqualTo(first.body());
    }

    @Test
    void aChangedDraftOrUnansweredQuoteIsReplaced() {
        String number = api.put(path, quote(TestWorld.CUSTOMER_ERP_ID, "draft")).json().path("number").asString();
        String oneLine = """
                {"company": "TW-CUST-1", "date": "%s", "state": "sent",
                 "lines": [{"description": "Wartung Kassensystem", "quantity": 12, "unit": "Monat",
                            "unitPrice": 39.00, "taxRate": 19}]}""".formatted(QuoteRepository.today());

        Answer sent = api.put(path, oneLine);
        Answer draftAgain = api.put(path, quote(TestWorld.CUSTOMER_ERP_ID, "draft"));

        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.json().path("number").asString()).isEqualTo(number);
        assertThat(sent.json().path("lines")).hasSize(1);
        assertThat(sent.json().path("state").asString()).isEqualTo("sent");
        assertThat(sent.json().path("requiresSignature").asBoolean()).isFalse();
        assertThat(sent.json().has("prepaymentPercent")).isFalse();
        assertThat(draftAgain.status()).isEqualTo(200);
        assertThat(draftAgain.json().path("state").asString()).isEqualTo("draft");
        assertThat(draftAgain.json().path("lines")).hasSize(4);
        assertThat(fixtures.byNumber(number).sentAt()).isNull();
    }

    @Test
    void badFieldsAreNamedAndNothingIsWritten() {
        String bad = """
                {"company": "TW-CUST-1", "date": "%s", "validUntil": "%s", "prepaymentPercent": 0, "state": "sent",
                 "lines": [{"description": "Kassensystem", "unitPrice": 1000.00, "taxRate": 19},
                           {"kind": "section", "description": "Service", "taxRate": 19}]}"""
                .formatted(QuoteRepository.today(), QuoteRepository.today().minusDays(1));
        String badState = quote(TestWorld.CUSTOMER_ERP_ID, "accepted");

        Answer answer = api.put(path, bad);
        Answer state = api.put(path, badState);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.field("type")).isEqualTo("/api/v1/problems/validation");
        assertThat(answer.errorFields()).containsExactly("lines[0].quantity", "lines[1].kind");
        assertThat(state.status()).isEqualTo(422);
        assertThat(state.errorFields()).containsExactly("state");
        String domainBad = """
                {"company": "TW-CUST-1", "date": "%s", "validUntil": "%s", "prepaymentPercent": 0, "state": "sent",
                 "lines": [{"description": "Kassensystem", "quantity": 1, "unitPrice": 1000.00, "taxRate": 19}]}"""
                .formatted(QuoteRepository.today(), QuoteRepository.today().minusDays(1));
        Answer rules = api.put(path, domainBad);
        assertThat(rules.status()).isEqualTo(422);
        assertThat(rules.errorFields()).containsExactly("validUntil", "prepaymentPercent");
        assertThat(rules.json().path("errors").get(0).path("message").asString())
                .isEqualTo("The validity date cannot be before the quote date.");
        assertThat(api.get(path).status()).isEqualTo(404);
    }

    @Test
    void anUnknownCompanyOrContactIsA422NamingIt() {
        Answer company = api.put(path, quote("NO-SUCH-COMPANY", "sent"));
        Answer contact = api.put(path, quote(TestWorld.CUSTOMER_ERP_ID, "sent")
                .replace("\"reference\"", "\"contact\": \"NO-SUCH-PERSON\", \"reference\""));

        assertThat(company.status()).isEqualTo(422);
        assertThat(company.field("type")).isEqualTo("/api/v1/problems/unknown-reference");
        assertThat(company.errorFields()).containsExactly("company");
        assertThat(company.field("detail")).contains("NO-SUCH-COMPANY");
        assertThat(contact.status()).isEqualTo(422);
        assertThat(contact.errorFields()).containsExactly("contact");
        assertThat(api.get(path).status()).isEqualTo(404);
    }

    @Test
    void anAcceptedQuoteCannotBeChangedAndShowsItsSigner() {
        String number = api.put(path, quote(TestWorld.CUSTOMER_ERP_ID, "sent")).json().path("number").asString();
        PortalUser clara = fixtures.user(TestWorld.CUSTOMER);
        answers.accept(fixtures.scope(TestWorld.CUSTOMER), id(number), clara.id(), "Clara Kunde",
                SignatureImages.scribble(5), "127.0.0.1");

        Answer same = api.put(path, quote(TestWorld.CUSTOMER_ERP_ID, "sent"));
        Answer changed = api.put(path, quote(TestWorld.CUSTOMER_ERP_ID, "sent").replace("\"quantity\": 1,", "\"quantity\": 3,"));
        Answer read = api.get(path);

        assertThat(same.status()).isEqualTo(200);
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.field("type")).isEqualTo("/api/v1/problems/conflict");
        assertThat(changed.field("detail")).contains(number);
        assertThat(read.json().path("state").asString()).isEqualTo("accepted");
        assertThat(read.json().path("signature").path("name").asString()).isEqualTo("Clara Kunde");
        assertThat(read.json().path("signature").path("signedAt").asString()).isNotBlank();
        assertThat(read.json().path("signature").path("image").asBoolean()).isTrue();
        assertThat(read.json().path("prepaymentInvoice").asString()).startsWith("AZ-");
        assertThat(read.json().path("lines").get(1).path("quantity").asInt()).isEqualTo(1);
    }

    @Test
    void aDeclinedQuoteShowsTheReasonAndCannotBeChanged() {
        String number = api.put(path, quote(TestWorld.CUSTOMER_ERP_ID, "sent")).json().path("number").asString();
        answers.decline(fixtures.scope(TestWorld.CUSTOMER), id(number), fixtures.user(TestWorld.CUSTOMER).id(),
                "Zu teuer für uns");

        Answer changed = api.put(path, quote(TestWorld.CUSTOMER_ERP_ID, "draft"));
        JsonNode read = api.get(path).json();

        assertThat(changed.status()).isEqualTo(409);
        assertThat(read.path("state").asString()).isEqualTo("declined");
        assertThat(read.path("declined").path("reason").asString()).isEqualTo("Zu teuer für uns");
    }

    @Test
    void aSentQuoteForTheCustomerIsSeenByItsUserAndNotByAnotherCompany() {
        String number = api.put(path, quote(TestWorld.CUSTOMER_ERP_ID, "sent")).json().path("number").asString();

        assertThat(fixtures.quotes.find(Audience.PORTAL, fixtures.scope(TestWorld.CUSTOMER), number)).isPresent();
        assertThat(fixtures.quotes.find(Audience.PORTAL, fixtures.scope(TestWorld.CUSTOMER2), number)).isEmpty();
        login(TestWorld.CUSTOMER);
        navigate("quotes/" + number);
        assertThat(_get(QuoteView.class).getElement().getTextRecursively()).contains(number, "Filiale Marktplatz", "1.286,30");
        login(TestWorld.CUSTOMER2);
        navigate("quotes/" + number);
        assertThat(_find(QuoteView.class)).isEmpty();
    }

    @Test
    void aDraftIsNotInThePortal() {
        String number = api.put(path, quote(TestWorld.CUSTOMER_ERP_ID, "draft")).json().path("number").asString();

        Quote draft = fixtures.byNumber(number);
        assertThat(draft.state()).isEqualTo(SaleOrderState.DRAFT);
        assertThat(fixtures.quotes.find(Audience.PORTAL, fixtures.scope(TestWorld.CUSTOMER), number)).isEmpty();
    }
}
