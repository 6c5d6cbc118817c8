package org.kundenportal.tickets.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.Mails;
import org.kundenportal.TestAccounts;
import org.kundenportal.TestWorld;
import org.kundenportal.tickets.domain.Assignee;
import org.kundenportal.tickets.domain.PublicRequest;
import org.kundenportal.tickets.domain.PublicTickets;
import org.kundenportal.tickets.domain.TicketFilter;
import org.springframework.beans.factory.annotation.Autowired;

class PublicRequestConfirmViewTest extends KaribuTest {

    @Autowired
    PublicTickets publicTickets;
    @Autowired
    GreenMail smtp;

    /** Submits a request as a visitor and returns the number; the token is in the mail to the address. */
    private String submit(String email, String subject) {
        return publicTickets.submit(new PublicRequest("Jonas Hartmann", email, null, subject, "Bitte rufen Sie mich an.",
                List.of(), "", "203.0.113." + System.nanoTime() % 250, "en")).number();
    }

    private String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void theSenderReadsTheRequestAndConfirmsItWithAClick() {
        String email = TestAccounts.uniqueEmail("confirm-view");
        String number = submit(email, "Kasse für den Hofladen");
        String token = Mails.tokenOfLink(Mails.awaitMailTo(smtp, email), "/support/confirm/");
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate("support/confirm/" + token);

        assertThat(text("public-confirm-ticket")).isEqualTo("Ticket " + number + ": Kasse für den Hofladen");
        assertThat(publicTickets.requestToConfirm(token).orElseThrow().confirmed()).as("opening changes nothing").isFalse();
        _click(_get(Button.class, spec -> spec.withId("public-confirm-button")));

        assertThat(text("public-confirm-message")).startsWith("Thank you, your request is confirmed.");
        assertThat(publicTickets.requestToConfirm(token).orElseThrow().confirmed()).isTrue();

        navigate("support/confirm/" + token);
        assertThat(text("public-confirm-message")).isEqualTo("This request has already been confirmed.");
        _assertNone(Button.class, spec -> spec.withId("public-confirm-button"));
    }

    @Test
    void aWrongLinkSaysSoInGerman() {
        UI.getCurrent().setLocale(Locale.GERMAN);

        navigate("support/confirm/not-a-token");

        assertThat(text("public-confirm-message")).startsWith("Dieser Link ist nicht (mehr) gültig.");
        _assertNone(Button.class, spec -> spec.withId("public-confirm-button"));
    }

    @Test
    void staffSeeWhichRequestsAreUnconfirmed() {
        String email = TestAccounts.uniqueEmail("unconfirmed");
        String subject = "Unbestätigt " + System.nanoTime();
        String number = submit(email, subject);
        login(TestWorld.STAFF);

        navigate("staff/tickets");
        TicketGrid grid = _get(TicketGrid.class);
        grid.filter(new TicketFilter(subject, null, null, null, null, null, Assignee.ANYONE, null));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Jonas Hartmann (unbestätigt)");

        navigate("staff/tickets/" + number);
        Span check = _get(Span.class, spec -> spec.withId("ticket-sender-check"));
        assertThat(check.getText()).startsWith("Nicht bestätigt");

        publicTickets.confirm(Mails.tokenOfLink(Mails.awaitMailTo(smtp, email), "/support/confirm/"));
        navigate("staff/tickets/" + number);
        assertThat(_get(Span.class, spec -> spec.withId("ticket-sender-check")).getText()).startsWith("Bestätigt am");
    }
}
