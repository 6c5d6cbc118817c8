package org.kundenportal.tickets.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.tickets.domain.PublicTickets;

/**
 * The page behind the link in the mail that answers the public support form. Opening it changes nothing (mail
 * scanners open links too): the sender reads what was sent in their name and confirms it with a click.
 */
@Route(value = "support/confirm", autoLayout = false)
@AnonymousAllowed
public class PublicRequestConfirmView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final PublicTickets publicTickets;
    private final Div content = new Div();

    public PublicRequestConfirmView(PublicTickets publicTickets, Settings settings) {
        this.publicTickets = publicTickets;
        addClassName("login-view");
        add(new PublicPageCard(settings, content));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String token) {
        publicTickets.requestToConfirm(token).ifPresentOrElse(request -> {
            if (request.confirmed()) {
                show("tickets.confirm.already-confirmed");
            } else {
                showRequest(token, request);
            }
        }, () -> show("tickets.confirm.invalid"));
    }

    private void showRequest(String token, PublicTickets.RequestToConfirm request) {
        content.removeAll();
        Paragraph ticket = new Paragraph(getTranslation("tickets.confirm.ticket", request.number(), request.subject()));
        ticket.setId("public-confirm-ticket");
        Paragraph description = new Paragraph(request.description());
        description.addClassName("ticket-description");
        Button confirm = new Button(getTranslation("tickets.confirm.button"), click -> confirm(token));
        confirm.setId("public-confirm-button");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setWidthFull();
        content.add(new H2(getTranslation("tickets.confirm.title")), new Paragraph(getTranslation("tickets.confirm.intro")),
                ticket, description, confirm, new Paragraph(getTranslation("tickets.confirm.not-me")),
                PublicPageCard.loginLink());
    }

    private void confirm(String token) {
        show(switch (publicTickets.confirm(token)) {
            case CONFIRMED -> "tickets.confirm.done";
            case ALREADY_CONFIRMED -> "tickets.confirm.already-confirmed";
            case INVALID -> "tickets.confirm.invalid";
        });
    }

    private void show(String messageKey) {
        content.removeAll();
        Paragraph message = new Paragraph(getTranslation(messageKey));
        message.setId("public-confirm-message");
        content.add(new H2(getTranslation("tickets.confirm.title")), message, PublicPageCard.loginLink());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tickets.confirm.title");
    }
}
