package org.kundenportal.quotes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.quotes.domain.Quote;
import org.kundenportal.quotes.domain.QuoteService;

/** Declining a quote takes a reason, so that staff learn why; the quote stays visible as cancelled. */
class DeclineDialog extends Dialog {

    private final TextArea reason = new TextArea();

    DeclineDialog(QuoteService service, CurrentUser currentUser, Quote quote, Runnable onDone) {
        addClassName("decline-dialog");
        setHeaderTitle(getTranslation("quotes.decline.title", quote.number()));
        setWidth("min(36rem, 95vw)");
        reason.setId("decline-reason");
        reason.setLabel(getTranslation("quotes.decline.reason"));
        reason.setHelperText(getTranslation("quotes.decline.reason.help", QuoteService.MIN_REASON));
        reason.setMaxLength(QuoteService.MAX_REASON);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setMinHeight("8rem");
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.addValueChangeListener(change -> reason.setInvalid(false));
        add(new Paragraph(getTranslation("quotes.decline.text")), reason);

        Button decline = new Button(getTranslation("quotes.decline.button"));
        decline.setId("decline-confirm");
        decline.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        decline.setDisableOnClick(true);
        decline.addClickListener(click -> {
            try {
                service.decline(currentUser.scope(), quote.id(), currentUser.require().id(), reason.getValue());
                close();
                Feedback.success(getTranslation("quotes.declined"));
                onDone.run();
            } catch (RefusedException refusal) {
                if (refusal.messageKey().startsWith("quotes.refused")) {
                    Feedback.refused(refusal);
                    close();
                    onDone.run();
                } else {
                    reason.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
                    reason.setInvalid(true);
                    decline.setEnabled(true);
                }
            }
        });
        Button cancel = new Button(getTranslation("quotes.dialog.cancel"), click -> close());
        cancel.setId("decline-cancel");
        getFooter().add(cancel, decline);
    }
}
