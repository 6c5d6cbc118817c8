package org.kundenportal.history.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.FormLoginClient;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.history.HistoryFixtures;
import org.kundenportal.history.domain.HistoryService;
import org.kundenportal.history.domain.NewAttachment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/** The attachment download over real HTTP with a real form login: only who may read the entry gets the file. */
class AttachmentDownloadTest extends SpringTest {

    static final byte[] CONTENT = "Zählerstand: 4711\n".getBytes(StandardCharsets.UTF_8);

    @Value("${local.server.port}")
    int port;
    @Autowired
    HistoryService history;
    @Autowired
    ApplicationContext context;

    HistoryFixtures fixtures;
    DocumentRef quote;

    @BeforeEach
    void setUp() {
        fixtures = new HistoryFixtures(context);
        quote = fixtures.quote(TestWorld.CUSTOMER, "SENT");
    }

    private String attachmentOf(PortalUser author, boolean note, String fileName) {
        history.post(author, quote, "Anhang", List.of(new NewAttachment(fileName, CONTENT)), note);
        long id = history.timeline(fixtures.principal(TestWorld.STAFF), quote, false, 1).entries().getFirst()
                .attachments().getFirst().id();
        return "/documents/attachments/" + id;
    }

    private FormLoginClient loggedIn(String email) {
        FormLoginClient client = new FormLoginClient(port);
        client.logIn(email, TestWorld.PASSWORD);
        assertThat(client.isLoggedIn()).isTrue();
        return client;
    }

    @Test
    void theOwnerDownloadsTheFileWithSafeHeaders() {
        String path = attachmentOf(fixtures.principal(TestWorld.CUSTOMER), false, "Zähler stand.txt");

        HttpResponse<byte[]> response = loggedIn(TestWorld.CUSTOMER).getBytes(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(CONTENT);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(disposition)
                .startsWith("attachment").contains("filename*=UTF-8''Z%C3%A4hler%20stand.txt"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue("sandbox");
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("private, no-store");
    }

    @Test
    void anotherCompanysUserGetsNotFound() {
        String path = attachmentOf(fixtures.principal(TestWorld.CUSTOMER), false, "a.txt");

        assertThat(loggedIn(TestWorld.CUSTOMER2).getBytes(path).statusCode()).isEqualTo(404);
        assertThat(loggedIn(TestWorld.SUPPLIER).getBytes(path).statusCode()).isEqualTo(404);
        assertThat(loggedIn(TestWorld.CUSTOMER).getBytes("/documents/attachments/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void aNotesAttachmentIsForStaffOnly() {
        String path = attachmentOf(fixtures.principal(TestWorld.STAFF), true, "intern.txt");

        assertThat(loggedIn(TestWorld.CUSTOMER).getBytes(path).statusCode()).isEqualTo(404);
        assertThat(loggedIn(TestWorld.STAFF).getBytes(path).statusCode()).isEqualTo(200);
    }

    @Test
    void anonymousGetsNothing() {
        String path = attachmentOf(fixtures.principal(TestWorld.CUSTOMER), false, "a.txt");

        HttpResponse<byte[]> response = new FormLoginClient(port).getBytes(path);

        assertThat(response.statusCode()).isNotEqualTo(200);
        assertThat(response.body()).isNotEqualTo(CONTENT);
    }
}
