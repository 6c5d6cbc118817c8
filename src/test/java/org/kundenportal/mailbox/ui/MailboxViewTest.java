package org.kundenportal.mailbox.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.mail.MailAttachment;
import org.kundenportal.base.mail.MailService;
import org.kundenportal.base.mail.MailTemplate;
import org.kundenportal.mailbox.domain.Mailbox.ReceivedMail;
import org.springframework.beans.factory.annotation.Autowired;

class MailboxViewTest extends KaribuTest {

    @Autowired
    MailService mail;

    @Test
    @SuppressWarnings("unchecked")
    void listsTheMailsTheEmbeddedServerReceivedNewestFirst() {
        mail.send(MailTemplate.TEST_MAIL, "mailbox-view@testwelt.example", "en", Map.of("user.name", "Mailbox Reader", "link", "x"));
        login(TestWorld.STAFF);
        navigate("staff/mailbox");

        Grid<ReceivedMail> grid = _get(Grid.class);
        ReceivedMail newest = GridKt._get(grid, 0);
        assertThat(newest.to()).isEqualTo("mailbox-view@testwelt.example");
        assertThat(newest.subject()).isEqualTo("Test message from " + TestWorld.SELLER);
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsASentMailDecodedWithItsLongLinkWrapping() {
        String link = "https://portal.example.com/invitation?token=" + "abcdefghij".repeat(8);
        mail.send(MailTemplate.TEST_MAIL, "mailbox-umlaut@testwelt.example", "de", Map.of("user.name", "Jürgen Größe", "link", link));
        login(TestWorld.STAFF);
        navigate("staff/mailbox");

        GridKt._clickItem(_get(Grid.class), 0);

        Pre body = _get(Pre.class, spec -> spec.withClasses("mail-body"));
        assertThat(body.getText()).contains("Jürgen Größe").contains(link).doesNotContain("=C3").doesNotContain("=\r\n");
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsTheNamesOfAMailsAttachments() {
        mail.send(MailTemplate.TEST_MAIL, "mailbox-files@testwelt.example", "de", Map.of("user.name", "Anja Anhang", "link", "x"),
                List.of(new MailAttachment("RE-2026-00001.pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F'}),
                        new MailAttachment("RE-2026-00001.xml", "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8))));
        login(TestWorld.STAFF);
        navigate("staff/mailbox");

        GridKt._clickItem(_get(Grid.class), 0);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("mail-attachments")).getText())
                .isEqualTo("Anhänge: RE-2026-00001.pdf, RE-2026-00001.xml");
        assertThat(_get(Pre.class, spec -> spec.withClasses("mail-body")).getText()).contains("Anja Anhang");
    }
}
