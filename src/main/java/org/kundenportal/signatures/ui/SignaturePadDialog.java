package org.kundenportal.signatures.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;
import org.kundenportal.base.signature.SignatureImages;
import org.kundenportal.base.ui.SignaturePad;

/**
 * Draws a signature or initials for one field on the signature pad. "Apply" takes the drawing only when the server
 * finds it usable, as the signing will check it again.
 */
class SignaturePadDialog extends Dialog {

    private final SignaturePad pad = new SignaturePad();
    private final Paragraph error = new Paragraph();

    SignaturePadDialog(String fieldName, boolean initials, Consumer<byte[]> onApply) {
        addClassName("signature-pad-dialog");
        setHeaderTitle(fieldName);
        setWidth(initials ? "min(26rem, 95vw)" : "min(40rem, 95vw)");
        pad.setId("signature-pad");
        pad.setLabel(getTranslation(initials ? "signatures.pad.initials" : "signatures.pad.signature"));
        pad.setWidthFull();
        pad.setHeight(initials ? "150px" : "200px");
        Button clear = new Button(getTranslation("signatures.pad.clear"), click -> pad.clear());
        clear.setId("signature-pad-clear");
        Button undo = new Button(getTranslation("signatures.pad.undo"), click -> pad.undo());
        undo.setId("signature-pad-undo");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        error.addClassName("field-error");
        error.setId("signature-pad-error");
        error.setVisible(false);
        add(new Paragraph(getTranslation("signatures.pad.hint")), pad, new HorizontalLayout(clear, undo), error);

        Button apply = new Button(getTranslation("signatures.pad.apply"), click -> {
            if (!SignatureImages.isUsable(pad.getValue())) {
                error.setText(getTranslation("signatures.pad.unusable"));
                error.setVisible(true);
                return;
            }
            close();
            onApply.accept(pad.getValue());
        });
        apply.setId("signature-pad-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("signatures.pad.cancel"), click -> close());
        cancel.setId("signature-pad-cancel");
        getFooter().add(cancel, apply);
    }

    SignaturePad pad() {
        return pad;
    }
}
