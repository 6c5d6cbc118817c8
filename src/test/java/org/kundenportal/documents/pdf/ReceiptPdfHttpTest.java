package org.kundenportal.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.FormLoginClient;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.receipts.RetailFixtures;
import org.kundenportal.receipts.domain.ReceiptType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/** The receipt PDF over real HTTP with real logins: the same people as on the receipt page get it. */
class ReceiptPdfHttpTest extends SpringTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    ApplicationContext context;
    String receipt;
    String path;

    @BeforeEach
    void receipt() {
        RetailFixtures fixtures = new RetailFixtures(context);
        receipt = fixtures.receipt(fixtures.companyOf(TestWorld.CUSTOMER), fixtures.register(),
                fixtures.employee("Hanna Http", ReceiptType.NAME));
        path = "/documents/receipt/" + receipt + ".pdf";
    }

    @Test
    void theOwnerAndStaffGetThePdf() {
        assertPdf(loggedIn(TestWorld.CUSTOMER).getBytes(path));
        assertPdf(loggedIn(TestWorld.STAFF).getBytes(path));

        HttpResponse<byte[]> download = loggedIn(TestWorld.CUSTOMER).getBytes(path + "?download");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + receipt + ".pdf\"");
    }

    @Test
    void anotherCustomerGetsTheSameNotFoundAsForANumberThatDoesNotExist() {
        FormLoginClient otherCustomer = loggedIn(TestWorld.CUSTOMER2);

        assertNotFound(otherCustomer, path);
        assertNotFound(otherCustomer, "/documents/receipt/BON-1900-99999.pdf");
        assertNotFound(loggedIn(TestWorld.CUSTOMER), "/documents/invoice/" + receipt + ".pdf");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginWithoutAPdf() {
        HttpResponse<byte[]> response = new FormLoginClient(port).getBytes(path);

        assertThat(response.statusCode()).isIn(302, 401);
        assertThat(response.headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(new String(response.body())).doesNotContain("%PDF");
    }

    private FormLoginClient loggedIn(String email) {
        FormLoginClient client = new FormLoginClient(port);
        client.logIn(email, TestWorld.PASSWORD);
        assertThat(client.isLoggedIn()).isTrue();
        return client;
    }

    private void assertPdf(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("inline; filename=\"" + receipt + ".pdf\"");
    }

    private static void assertNotFound(FormLoginClient client, String path) {
        HttpResponse<byte[]> response = client.getBytes(path);
        assertThat(response.statusCode()).as(path).isEqualTo(404);
        assertThat(new String(response.body())).doesNotContain("%PDF");
    }
}
