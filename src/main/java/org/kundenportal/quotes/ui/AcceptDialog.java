package org.kundenportal.quotes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.VaadinRequest;
import java.util.Base64;
import java.util.function.Consumer;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.signature.SignatureImages;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.ui.SignaturePad;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.quotes.domain.AcceptOutcome;
import org.kundenportal.quotes.domain.Quote;
import org.kundenportal.quotes.domain.QuoteService;

/**
 * Accepting a quote: the signer's name and, when the quote asks for it, a drawn signature, or the typed name
 * rendered as one. The server checks the drawing; the guarded accept makes a second click harmless.
 */
class AcceptDialog extends Dialog {

    private final QuoteService service;
    private final CurrentUser currentUser;
    private final Quote quote;
    private final Consumer<AcceptOutcome> onAccepted;
    private final TextField name = new TextField();
    private final SignaturePad pad = new SignaturePad();
    private final Checkbox typed = new Checkbox();
    private final Paragraph padError = new Paragraph();
    private final Image typedPreview = new Image();
    private final Button accept = new Button();

    AcceptDialog(QuoteService service, CurrentUser currentUser, Quote quote, Consumer<AcceptOutcome> onAccepted) {
        this.service = service;
        this.currentUser = currentUser;
        this.quote = quote;
        this.onAccepted = onAccepted;
        PortalUser user = currentUser.require();
        addClassName("accept-dialog");
        setHeaderTitle(getTranslation(quote.requiresSignature() ? "quotes.accept-sign" : "quotes.accept"));
        setWidth("min(40rem, 95vw)");

        Paragraph summary = new Paragraph(getTranslation("quotes.accept.summary", quote.number(),
                Formats.money(quote.total(), quote.currency(), getLocale())));
        name.setLabel(getTranslation("quotes.accept.name"));
        name.setId("accept-name");
        name.setValue(user.displayName());
        name.setMaxLength(QuoteService.MAX_SIGNER_NAME);
        name.setRequired(true);
        name.setWidthFull();
        VerticalLayout content = new VerticalLayout(summary, name);
        content.setPadding(false);

        if (quote.requiresSignature()) {
            pad.setId("accept-signature");
            pad.setLabel(getTranslation("quotes.accept.pad"));
            pad.setWidthFull();
            pad.setHeight("200px");
            Button clear = new Button(getTranslation("quotes.accept.clear"), click -> pad.clear());
            clear.setId("accept-clear");
            Button undo = new Button(getTranslation("quotes.accept.undo"), click -> pad.undo());
            undo.setId("accept-undo");
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout padButtons = new HorizontalLayout(clear, undo);
            typed.setLabel(getTranslation("quotes.accept.typed"));
            typed.setId("accept-typed");
            typed.addValueChangeListener(change -> {
                pad.setVisible(!change.getValue());
                padButtons.setVisible(!change.getValue());
                padError.setVisible(false);
                showTypedSignature();
            });
            name.setValueChangeMode(ValueChangeMode.LAZY);
            name.addValueChangeListener(change -> showTypedSignature());
            typedPreview.setId("accept-typed-preview");
            typedPreview.addClassName("accept-typed-preview");
            typedPreview.setAlt(getTranslation("quotes.signature-alt", user.displayName()));
            typedPreview.setVisible(false);
            padError.addClassName("field-error");
            padError.setId("accept-signature-error");
            padError.setVisible(false);
            content.add(new Paragraph(getTranslation("quotes.accept.draw-hint")), pad, padButtons, typedPreview, padError, typed);
        }
        content.add(new Paragraph(getTranslation("quotes.accept.legal")));
        add(content);

        accept.setText(getTranslation(quote.requiresSignature() ? "quotes.accept.sign-button" : "quotes.accept.button"));
        accept.setId("accept-confirm");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setDisableOnClick(true);
        accept.addClickListener(click -> accept());
        Button cancel = new Button(getTranslation("quotes.dialog.cancel"), click -> close());
        cancel.setId("accept-cancel");
        getFooter().add(cancel, accept);
    }

    private void accept() {
        String signer = name.getValue().strip();
        if (signer.isEmpty()) {
            name.setErrorMessage(getTranslation("quotes.accept.name-required"));
            name.setInvalid(true);
            accept.setEnabled(true);
            return;
        }
        byte[] signature = null;
        if (quote.requiresSignature()) {
            signature = typed.getValue() ? SignatureImages.typed(signer) : pad.getValue();
            if (!SignatureImages.isUsable(signature)) {
                padError.setText(getTranslation("quotes.accept.signature-required"));
                padError.setVisible(true);
                accept.setEnabled(true);
                return;
            }
        }
        try {
            AcceptOutcome outcome = service.accept(currentUser.scope(), quote.id(), currentUser.require().id(), signer,
                    signature, clientAddress());
            close();
            Feedback.success(getTranslation(outcome.confirmed() ? "quotes.accepted" : "quotes.accepted-awaiting-payment"));
            onAccepted.accept(outcome);
        } catch (RefusedException refusal) {
            Feedback.refused(refusal);
            if (refusal.messageKey().startsWith("quotes.refused")) {
                close();
                onAccepted.accept(null);
            } else {
                accept.setEnabled(true);
            }
        }
    }

    /** Shows the image the typed name will be signed with, as the server renders it. */
    private void showTypedSignature() {
        boolean show = typed.getValue() && !name.getValue().isBlank();
        typedPreview.setVisible(show);
        if (show) {
            typedPreview.setSrc("data:image/png;base64,"
                    + Base64.getEncoder().encodeToString(SignatureImages.typed(name.getValue().strip())));
        }
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    SignaturePad pad() {
        return pad;
    }
}
