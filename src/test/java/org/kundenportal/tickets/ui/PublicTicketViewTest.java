package org.kundenportal.tickets.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.TICKET;
import static org.kundenportal.db.Tables.TICKET_SUBMISSION;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.Mails;
import org.kundenportal.TestAccounts;
import org.kundenportal.tickets.domain.PublicRequest;
import org.kundenportal.tickets.domain.PublicTickets;
import org.springframework.beans.factory.annotation.Autowired;

/** Karibu requests all come from one address: each test starts with that address's submissions forgotten. */
class PublicTicketViewTest extends KaribuTest {

    @Autowired
    DSLContext db;
    @Autowired
    GreenMail smtp;
    @Autowired
    PublicTickets publicTickets;

    String address;

    @BeforeEach
    void forgetThisAddressesSubmissions() {
        address = VaadinRequest.getCurrent().getRemoteAddr();
        db.deleteFrom(TICKET_SUBMISSION).where(TICKET_SUBMISSION.CLIENT_ADDRESS.eq(address)).execute();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("support/new");
    }

    private void fillIn(String email) {
        _setValue(_get(TextField.class, spec -> spec.withId("public-ticket-name")), "Jonas Hartmann");
        _setValue(_get(EmailField.class, spec -> spec.withId("public-ticket-email")), email);
        _setValue(_get(TextField.class, spec -> spec.withId("public-ticket-company")), "Hofladen Hartmann");
        _setValue(_get(TextField.class, spec -> spec.withId("public-ticket-subject")), "Kasse für den Hofladen");
        _setValue(_get(TextArea.class, spec -> spec.withId("public-ticket-description")), "Bitte rufen Sie an.");
    }

    private void send() {
        _click(_get(Button.class, spec -> spec.withId("public-ticket-send")));
    }

    @Test
    void aVisitorWithoutLoginSubmitsAndReadsTheTicketNumber() {
        String email = TestAccounts.uniqueEmail("public-view");
        fillIn(email);
        send();

        String received = _get(Paragraph.class, spec -> spec.withId("public-ticket-received")).getText();
        String number = db.select(TICKET.NUMBER).from(TICKET).where(TICKET.REQUESTER_EMAIL.eq(email)).fetchSingle(TICKET.NUMBER);
        assertThat(received).contains(number);
        assertThat(Mails.subject(Mails.awaitMailTo(smtp, email))).contains(number);
    }

    @Test
    void aBotFillingTheHoneypotIsThankedButNothingIsStored() {
        String email = TestAccounts.uniqueEmail("public-bot");
        assertThat(_get(TextField.class, spec -> spec.withId("public-ticket-website")).getClassNames())
                .contains("ticket-honeypot");
        fillIn(email);
        _setValue(_get(TextField.class, spec -> spec.withId("public-ticket-website")), "https://spam.example");
        send();

        assertThat(_get(Paragraph.class, spec -> spec.withId("public-ticket-received")).getText())
                .isEqualTo(UI.getCurrent().getTranslation("tickets.public.received"));
        assertThat(db.fetchCount(TICKET, TICKET.REQUESTER_EMAIL.eq(email))).isZero();
    }

    @Test
    void tooManyRequestsFromOneAddressAreRefusedWithAMessage() {
        for (int i = 0; i < PublicTickets.PER_ADDRESS; i++) {
            publicTickets.submit(new PublicRequest("Jonas", TestAccounts.uniqueEmail("public-limit"), null, "s", "d",
                    List.of(), "", address, "en"));
        }
        String email = TestAccounts.uniqueEmail("public-limited");
        fillIn(email);
        send();

        Paragraph error = _get(Paragraph.class, spec -> spec.withId("public-ticket-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("Too many requests");
        assertThat(_find(Paragraph.class, spec -> spec.withId("public-ticket-received"))).isEmpty();
        assertThat(db.fetchCount(TICKET, TICKET.REQUESTER_EMAIL.eq(email))).isZero();
    }

    @Test
    void missingFieldsAreToldAndNothingIsStored() {
        _setValue(_get(TextField.class, spec -> spec.withId("public-ticket-name")), "Jonas Hartmann");
        _setValue(_get(EmailField.class, spec -> spec.withId("public-ticket-email")), "no-email");
        send();

        assertThat(_get(Paragraph.class, spec -> spec.withId("public-ticket-error")).getText())
                .isEqualTo(UI.getCurrent().getTranslation("tickets.error.email-invalid"));
    }

    @Test
    void theLoginPageLinksToTheForm() {
        navigate("login");

        assertThat(_get(Anchor.class, spec -> spec.withId("login-support-request")).getHref()).isEqualTo("support/new");
    }
}
