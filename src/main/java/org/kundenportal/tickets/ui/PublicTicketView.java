package org.kundenportal.tickets.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValueAndElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.tickets.domain.PublicRequest;
import org.kundenportal.tickets.domain.PublicTickets;
import org.kundenportal.tickets.domain.TicketService;

/**
 * The support form for visitors without a login, styled like the login page. A hidden "website" field is the
 * honeypot: people never see it, bots fill it in. The page shows the new ticket's number; a mail carries the link
 * with which the sender confirms the request (see {@link PublicRequestConfirmView}).
 */
@Route(value = "support/new", autoLayout = false)
@AnonymousAllowed
public class PublicTicketView extends Main implements HasDynamicTitle {

    private final PublicTickets publicTickets;
    private final Div content = new Div();
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final TextField company = new TextField();
    private final TextField subject = new TextField();
    private final TextArea description = new TextArea();
    private final TextField website = new TextField();
    private final TicketUploads attachments = new TicketUploads();
    private final Paragraph error = new Paragraph();
    private final Button send = new Button();

    public PublicTicketView(PublicTickets publicTickets, Settings settings) {
        this.publicTickets = publicTickets;
        addClassName("login-view");
        add(new PublicPageCard(settings, content));

        field(name, "public-ticket-name", getTranslation("tickets.public.name"), true);
        field(email, "public-ticket-email", getTranslation("tickets.public.email"), true);
        field(company, "public-ticket-company", getTranslation("tickets.public.company"), false);
        field(subject, "public-ticket-subject", getTranslation("tickets.subject"), true);
        name.setMaxLength(PublicTickets.MAX_NAME);
        email.setMaxLength(PublicTickets.MAX_EMAIL);
        company.setMaxLength(PublicTickets.MAX_NAME);
        subject.setMaxLength(TicketService.MAX_SUBJECT);
        description.setId("public-ticket-description");
        description.setLabel(getTranslation("tickets.description"));
        description.setMaxLength(TicketService.MAX_DESCRIPTION);
        description.setRequiredIndicatorVisible(true);
        description.setWidthFull();
        description.setMinHeight("8rem");
        // the honeypot: off screen for people, out of the tab order and of autofill
        website.setId("public-ticket-website");
        website.setLabel(getTranslation("tickets.public.website"));
        website.addClassName("ticket-honeypot");
        website.getElement().setAttribute("aria-hidden", "true");
        website.getElement().setAttribute("tabindex", "-1");
        website.getElement().setAttribute("autocomplete", "off");
        attachments.setId("public-ticket-attachments");
        error.setId("public-ticket-error");
        error.addClassName("public-ticket-error");
        error.setVisible(false);
        send.setText(getTranslation("tickets.public.send"));
        send.setId("public-ticket-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setWidthFull();
        send.addClickListener(click -> send());

        content.add(new H2(getTranslation("tickets.public.title")), new Paragraph(getTranslation("tickets.public.intro")),
                name, email, company, subject, description, website, new Span(getTranslation("tickets.attachments.help")),
                attachments, error, send, PublicPageCard.loginLink());
    }

    private static <F extends Component & HasLabel & HasSize & HasValueAndElement<?, String>> void field(
            F field, String id, String label, boolean required) {
        field.setId(id);
        field.setLabel(label);
        field.setRequiredIndicatorVisible(required);
        field.setWidthFull();
    }

    private void send() {
        error.setVisible(false);
        VaadinRequest request = VaadinRequest.getCurrent();
        PublicRequest submission = new PublicRequest(name.getValue(), email.getValue(), company.getValue(),
                subject.getValue(), description.getValue(), attachments.files(), website.getValue(),
                request == null ? null : request.getRemoteAddr(), getLocale().getLanguage());
        try {
            PublicTickets.Outcome outcome = publicTickets.submit(submission);
            switch (outcome.status()) {
                case ACCEPTED -> showReceived(outcome.number());
                case RATE_LIMITED -> showError(getTranslation("tickets.public.rate-limited", outcome.minutesToWait()));
            }
        } catch (RefusedException refused) {
            showError(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(true);
        Feedback.error(text);
    }

    private void showReceived(String number) {
        content.removeAll();
        Paragraph received = new Paragraph(number == null ? getTranslation("tickets.public.received")
                : getTranslation("tickets.public.received-number", number));
        received.setId("public-ticket-received");
        content.add(new H2(getTranslation("tickets.public.thanks")), received,
                new Paragraph(getTranslation("tickets.public.mail-follows")), PublicPageCard.loginLink());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tickets.public.title");
    }
}
