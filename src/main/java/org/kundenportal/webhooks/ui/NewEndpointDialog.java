package org.kundenportal.webhooks.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.kundenportal.base.validation.InvalidInputException;
import org.kundenportal.webhooks.domain.CreatedEndpoint;
import org.kundenportal.webhooks.domain.WebhookEndpointService;
import org.kundenportal.webhooks.domain.WebhookTargets;

/**
 * A new endpoint: its URL, the events it wants and a description. The service checks everything; what it refuses
 * is shown beside its field. Created, the signing secret is shown this once.
 */
class NewEndpointDialog extends Dialog {

    private final WebhookEndpointService service;
    private final Runnable created;
    private final TextField url = new TextField();
    private final MultiSelectComboBox<String> events = new MultiSelectComboBox<>();
    private final TextArea description = new TextArea();

    NewEndpointDialog(WebhookEndpointService service, Runnable created) {
        this.service = service;
        this.created = created;
        setHeaderTitle(getTranslation("webhooks.add"));
        setId("webhook-dialog");
        url.setLabel(getTranslation("webhooks.url"));
        url.setPlaceholder("https://erp.example.com/webhooks/portal");
        url.setMaxLength(WebhookTargets.MAX_URL);
        url.setRequired(true);
        url.setWidthFull();
        url.setId("webhook-url");
        events.setLabel(getTranslation("webhooks.events"));
        events.setItems(WebhookEndpointService.eventTypes());
        events.setRequired(true);
        events.setWidthFull();
        events.setId("webhook-events");
        description.setLabel(getTranslation("webhooks.description"));
        description.setMaxLength(WebhookEndpointService.MAX_DESCRIPTION);
        description.setWidthFull();
        description.setId("webhook-description");
        FormLayout form = new FormLayout(url, events, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button save = new Button(getTranslation("webhooks.create"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("webhook-save");
        Button cancel = new Button(getTranslation("webhooks.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save);
        setWidth("min(40rem, 95vw)");
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("url", url, "events", events, "description", description);
        fields.values().forEach(field -> field.setInvalid(false));
        CreatedEndpoint endpoint;
        try {
            endpoint = service.create(url.getValue(), events.getValue(), description.getValue());
        } catch (InvalidInputException invalid) {
            for (InvalidInputException.Problem problem : invalid.problems()) {
                HasValidation field = fields.get(problem.field());
                if (field != null) {
                    field.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments().toArray()));
                    field.setInvalid(true);
                }
            }
            return;
        }
        close();
        created.run();
        showSecret(endpoint);
    }

    private static void showSecret(CreatedEndpoint endpoint) {
        Dialog dialog = new Dialog();
        dialog.setId("webhook-secret-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("webhooks.secret.title"));
        TextField secret = new TextField(dialog.getTranslation("webhooks.secret.label"));
        secret.setValue(endpoint.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setId("webhook-secret");
        dialog.add(new Paragraph(dialog.getTranslation("webhooks.secret.text", endpoint.endpoint().url())), secret);
        Button done = new Button(dialog.getTranslation("webhooks.secret.close"), click -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("webhook-secret-close");
        dialog.getFooter().add(done);
        dialog.setCloseOnOutsideClick(false);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }
}
