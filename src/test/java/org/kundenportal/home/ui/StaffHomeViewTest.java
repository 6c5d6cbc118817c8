package org.kundenportal.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.mailbox.domain.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;

class StaffHomeViewTest extends KaribuTest {

    @Autowired
    Mailbox mailbox;

    @Test
    void showsUserFiguresAndBackOfficeCards() {
        login(TestWorld.STAFF);
        navigate("staff");

        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(text -> text.matches("\\d+ Portalbenutzer und \\d+ interne Benutzer\\."));
        assertThat(_find(HomeCard.class)).isNotEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Test-E-Mail an mich senden"))).isEmpty();
    }

    @Test
    void adminSendsATestMailThatArrivesInTheMailbox() {
        login(TestWorld.ADMIN);
        navigate("staff");

        _click(_get(Button.class, spec -> spec.withText("Test-E-Mail an mich senden")));

        NotificationsKt.expectNotifications("Eine Test-E-Mail wurde an " + TestWorld.ADMIN + " gesendet.");
        assertThat(mailbox.received()).anySatisfy(mail -> {
            assertThat(mail.to()).isEqualTo(TestWorld.ADMIN);
            assertThat(mail.subject()).isEqualTo("Testnachricht von " + TestWorld.SELLER);
            assertThat(mail.body()).contains("Hallo Ada Admin");
        });
    }
}
