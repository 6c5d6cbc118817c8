package org.kundenportal.contacts.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.Mails;
import org.kundenportal.SpringTest;
import org.kundenportal.contacts.domain.CompanyEInvoice;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.integration.ApiClients;
import org.kundenportal.integration.ApiHttp;
import org.kundenportal.integration.ApiHttp.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Companies and persons over real HTTP, as the ERP sends them, with portal access and the invitation mail. */
class CompanyApiTest extends SpringTest {

    @LocalServerPort
    int port;
    @Autowired
    GreenMail smtp;
    @Autowired
    ContactRepository contacts;
    @Autowired
    ApplicationContext context;

    ApiHttp api;
    String id;
    String email;

    @BeforeEach
    void client() {
        api = new ApiHttp(port, ApiClients.allScopes(context));
        id = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        email = "mia." + id.toLowerCase() + "@testwelt.example";
    }

    private String company(String portalAccess, String extra) {
        return """
                {"name": "Konditorei Morgenstern %s", "city": "München", "vatId": "DE811999111", %s
                 "persons": [{"externalId": "P-%s-1", "name": "Mia Morgenstern", "email": "%s",
                              "jobTitle": "Inhaberin" %s}]}""".formatted(id, extra, id, email,
                portalAccess == null ? "" : ", \"portalAccess\": \"" + portalAccess + "\"");
    }

    @Test
    void aCompanyWithAnInvitedPersonIsCreatedOnceAndInvitedOnce() {
        Answer first = api.put("/api/v1/companies/CUST-" + id, company("invite", ""));
        Answer second = api.put("/api/v1/companies/CUST-" + id, company("invite", ""));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(first.json().path("persons").get(0).path("portalStatus").asString()).isEqualTo("INVITED");
        assertThat(first.json().path("customer").asBoolean()).isTrue();
        Mails.awaitMailTo(smtp, email);
        assertThat(Mails.to(smtp, email)).hasSize(1);
        assertThat(api.get("/api/v1/companies/CUST-" + id).body()).isEqualTo(first.body());
    }

    @Test
    void aChangedCompanyIsUpdatedAndAPersonsAccessCanBeRevoked() {
        api.put("/api/v1/companies/CUST-" + id, company("invite", ""));

        Answer changed = api.put("/api/v1/companies/CUST-" + id,
                company("revoke", "\"street\": \"Neue Straße 1\", ").replace("Inhaberin", "Geschäftsführerin"));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("street").asString()).isEqualTo("Neue Straße 1");
        assertThat(changed.json().path("persons")).hasSize(1);
        assertThat(changed.json().path("persons").get(0).path("jobTitle").asString()).isEqualTo("Geschäftsführerin");
        assertThat(changed.json().path("persons").get(0).path("portalStatus").asString()).isEqualTo("REVOKED");
    }

    @Test
    void aPartnersCustomerNamesItsReseller() {
        // a partner of the test's own, so the world partner's customer list stays as other tests expect it
        assertThat(api.put("/api/v1/companies/PARTNER-" + id, """
                {"name": "Vertrieb %s", "customer": false, "partner": true}""".formatted(id)).status()).isEqualTo(201);

        Answer answer = api.put("/api/v1/companies/CUST-" + id, company(null, "\"reseller\": \"PARTNER-" + id + "\", "));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().path("reseller").asString()).isEqualTo("PARTNER-" + id);
    }

    @Test
    void anUnknownResellerIsA422NamingIt() {
        Answer answer = api.put("/api/v1/companies/CUST-" + id, company(null, "\"reseller\": \"PARTNER-NOPE\", "));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.field("type")).isEqualTo("/api/v1/problems/unknown-reference");
        assertThat(answer.errorFields()).containsExactly("reseller");
        assertThat(api.get("/api/v1/companies/CUST-" + id).status()).isEqualTo(404);
    }

    @Test
    void aBadPersonLeavesNothingBehind() {
        String bad = company("invite", "").replace(email, "not-an-email");

        Answer answer = api.put("/api/v1/companies/CUST-" + id, bad);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.errorFields()).containsExactly("persons[0].email");
        // one transaction: the company saved before the person is gone too
        assertThat(api.get("/api/v1/companies/CUST-" + id).status()).isEqualTo(404);
    }

    @Test
    void invitingAPersonWithoutEmailIsRefusedOnItsField() {
        String noEmail = company("invite", "").replace("\"email\": \"" + email + "\",", "");

        Answer answer = api.put("/api/v1/companies/CUST-" + id, noEmail);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.errorFields()).containsExactly("persons[0].portalAccess");
    }

    @Test
    void theXRechnungWishIsSetByTheApiAndKeptWhenARequestLeavesItOut() {
        String path = "/api/v1/companies/CUST-" + id;

        Answer created = api.put(path, company(null, ""));
        Answer wanted = api.put(path, company(null, "\"eInvoice\": \"xrechnung\", "));
        Answer without = api.put(path, company(null, "\"street\": \"Amtsplatz 1\", "));
        Answer back = api.put(path, company(null, "\"eInvoice\": \"zugferd\", "));
        Answer unknown = api.put(path, company(null, "\"eInvoice\": \"peppol\", "));

        assertThat(created.json().path("eInvoice").asString()).isEqualTo("zugferd");
        assertThat(wanted.json().path("eInvoice").asString()).isEqualTo("xrechnung");
        assertThat(without.json().path("street").asString()).isEqualTo("Amtsplatz 1");
        assertThat(without.json().path("eInvoice").asString()).isEqualTo("xrechnung");
        assertThat(back.json().path("eInvoice").asString()).isEqualTo("zugferd");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFields()).containsExactly("eInvoice");
    }

    @Test
    void theApiLeavesTheBuyerReferenceStaffSet() {
        String path = "/api/v1/companies/CUST-" + id;
        api.put(path, company(null, ""));
        long companyId = contacts.companyOfExternal("CUST-" + id).orElseThrow();
        contacts.setEInvoice(companyId, new CompanyEInvoice("991-01234-44", false));

        api.put(path, company(null, "\"eInvoice\": \"xrechnung\", "));

        assertThat(contacts.eInvoice(companyId)).contains(new CompanyEInvoice("991-01234-44", true));
    }
}
