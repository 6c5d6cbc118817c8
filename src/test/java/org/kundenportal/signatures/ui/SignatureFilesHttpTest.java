package org.kundenportal.signatures.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.FormLoginClient;
import org.kundenportal.SpringTest;
import org.kundenportal.TestAccounts;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.Hashes;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.signatures.SignatureFixtures;
import org.kundenportal.signatures.domain.SignatureRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/** The page images and PDFs of a signature request over real HTTP with real logins: only those who see the page get them. */
class SignatureFilesHttpTest extends SpringTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    ApplicationContext context;

    SignatureFixtures fixtures;
    long company;
    PortalUser signer;

    @BeforeEach
    void setUp() {
        fixtures = new SignatureFixtures(context);
        company = fixtures.company();
        signer = fixtures.signer(company, "de");
    }

    @Test
    void theSignerGetsPagesTheOriginalAndTheCompletedPdfWithTheStoredHash() {
        SignatureRequest signed = fixtures.signed(company, signer);
        FormLoginClient client = loggedIn(signer.email(), TestAccounts.PASSWORD);

        HttpResponse<byte[]> page = client.getBytes(SignatureFilesController.pageImagePath(signed.number(), 1));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("private");

        HttpResponse<byte[]> original = client.getBytes(SignatureFilesController.originalPdfPath(signed.number()));
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(Hashes.sha256Hex(original.body())).isEqualTo(signed.originalSha256());
        assertThat(original.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline; filename=\"vertrag.pdf\"");

        HttpResponse<byte[]> completed = client.getBytes(SignatureFilesController.signedPdfPath(signed.number()) + "?download");
        assertThat(completed.statusCode()).isEqualTo(200);
        assertThat(completed.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(completed.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"" + signed.number() + ".pdf\"");
        assertThat(Hashes.sha256Hex(completed.body())).isEqualTo(signed.signedSha256());
    }

    @Test
    void anotherCompanysUserGetsNotFoundForEveryFile() {
        SignatureRequest signed = fixtures.signed(company, signer);
        PortalUser stranger = fixtures.signer(fixtures.company(), "de");
        FormLoginClient client = loggedIn(stranger.email(), TestAccounts.PASSWORD);

        assertNotFound(client, SignatureFilesController.pageImagePath(signed.number(), 1));
        assertNotFound(client, SignatureFilesController.originalPdfPath(signed.number()));
        assertNotFound(client, SignatureFilesController.signedPdfPath(signed.number()));
        assertNotFound(client, SignatureFilesController.signedPdfPath("SIG-1900-99999"));
    }

    @Test
    void aDraftsFilesAreForStaffOnlyAndAnUnsignedRequestHasNoCompletedPdf() {
        String draft = fixtures.draft(company, signer, "Entwurf", SignatureFixtures.pdf(1));
        SignatureRequest sent = fixtures.sent(company, signer, 1);
        FormLoginClient customer = loggedIn(signer.email(), TestAccounts.PASSWORD);
        FormLoginClient staff = loggedIn(TestWorld.STAFF, TestWorld.PASSWORD);

        assertNotFound(customer, SignatureFilesController.pageImagePath(draft, 1));
        assertNotFound(customer, SignatureFilesController.originalPdfPath(draft));
        assertThat(staff.getBytes(SignatureFilesController.pageImagePath(draft, 1)).statusCode()).isEqualTo(200);
        assertThat(staff.getBytes(SignatureFilesController.originalPdfPath(draft)).statusCode()).isEqualTo(200);
        assertNotFound(customer, SignatureFilesController.signedPdfPath(sent.number()));
        assertNotFound(customer, SignatureFilesController.pageImagePath(sent.number(), 2));
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() {
        SignatureRequest sent = fixtures.sent(company, signer, 1);
        HttpResponse<byte[]> response = new FormLoginClient(port).getBytes(SignatureFilesController.pageImagePath(sent.number(), 1));

        assertThat(response.statusCode()).isIn(302, 401);
        assertThat(response.headers().firstValue("Location").orElse("")).contains("/login");
    }

    private FormLoginClient loggedIn(String email, String password) {
        FormLoginClient client = new FormLoginClient(port);
        client.logIn(email, password);
        assertThat(client.isLoggedIn()).isTrue();
        return client;
    }

    private static void assertNotFound(FormLoginClient client, String path) {
        assertThat(client.getBytes(path).statusCode()).as(path).isEqualTo(404);
    }
}
