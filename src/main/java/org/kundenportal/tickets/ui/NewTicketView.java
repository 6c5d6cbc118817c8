package org.kundenportal.tickets.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.tickets.domain.NewTicket;
import org.kundenportal.tickets.domain.TicketCategory;
import org.kundenportal.tickets.domain.TicketPriority;
import org.kundenportal.tickets.domain.TicketService;

/** "Submit ticket": a customer or partner describes a request for the company they act for. */
@Route("tickets/new")
@RolesAllowed({Roles.CUSTOMER, Roles.PARTNER})
public class NewTicketView extends Main implements HasDynamicTitle {

    private final TextField subject = new TextField();
    private final TextArea description = new TextArea();
    private final Select<TicketCategory> category = new Select<>();
    private final Select<TicketPriority> priority = new Select<>();
    private final TicketUploads attachments = new TicketUploads();
    private final Button submit = new Button();
    private final TicketService tickets;
    private final CurrentUser currentUser;

    public NewTicketView(TicketService tickets, CurrentUser currentUser) {
        this.tickets = tickets;
        this.currentUser = currentUser;
        addClassNames("document-view", "ticket-new-view");
        subject.setId("ticket-subject");
        subject.setLabel(getTranslation("tickets.subject"));
        subject.setMaxLength(TicketService.MAX_SUBJECT);
        subject.setRequiredIndicatorVisible(true);
        description.setId("ticket-description");
        description.setLabel(getTranslation("tickets.description"));
        description.setHelperText(getTranslation("tickets.description.help"));
        description.setMaxLength(TicketService.MAX_DESCRIPTION);
        description.setRequiredIndicatorVisible(true);
        description.setMinHeight("10rem");
        category.setId("ticket-category");
        category.setLabel(getTranslation("tickets.category"));
        category.setItems(TicketCategory.values());
        category.setItemLabelGenerator(TicketLabels::category);
        category.setValue(TicketCategory.QUESTION);
        priority.setId("ticket-priority");
        priority.setLabel(getTranslation("tickets.priority"));
        priority.setItems(TicketPriority.values());
        priority.setItemLabelGenerator(TicketLabels::priority);
        priority.setValue(TicketPriority.NORMAL);
        attachments.setId("ticket-attachments");

        FormLayout form = new FormLayout();
        form.add(subject, 2);
        form.add(category, priority);
        form.add(description, 2);
        form.add(new Span(getTranslation("tickets.attachments.help")), 2);
        form.add(attachments, 2);

        submit.setText(getTranslation("tickets.submit"));
        submit.addClickListener(click -> send());
        submit.setId("ticket-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        Button cancel = new Button(getTranslation("tickets.cancel"),
                click -> getUI().ifPresent(ui -> ui.navigate(TicketsView.class)));
        add(new H1(getTranslation("tickets.new.title")), form, new HorizontalLayout(submit, cancel));
    }

    private void send() {
        subject.setInvalid(false);
        description.setInvalid(false);
        try {
            String number = tickets.submit(currentUser.require(), currentUser.scope(), new NewTicket(subject.getValue(),
                    description.getValue(), category.getValue(), priority.getValue(), attachments.files()));
            Feedback.success(getTranslation("tickets.submitted", number));
            getUI().ifPresent(ui -> ui.navigate("tickets/" + number));
        } catch (RefusedException refused) {
            String key = refused.messageKey();
            if (key.startsWith("tickets.error.subject")) {
                subject.setErrorMessage(getTranslation(key, refused.arguments()));
                subject.setInvalid(true);
            } else if (key.startsWith("tickets.error.description")) {
                description.setErrorMessage(getTranslation(key, refused.arguments()));
                description.setInvalid(true);
            } else {
                Feedback.refused(refused);
            }
        } finally {
            submit.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tickets.new.title");
    }
}
