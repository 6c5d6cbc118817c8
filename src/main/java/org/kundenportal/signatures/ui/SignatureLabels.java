package org.kundenportal.signatures.ui;

import com.vaadin.flow.component.Component;
import org.kundenportal.documents.ui.StateBadge;
import org.kundenportal.signatures.domain.FieldKind;
import org.kundenportal.signatures.domain.SignatureField;
import org.kundenportal.signatures.domain.SignatureState;

/** Translated names of states and field kinds, shared by the list, the signing page and the staff pages. */
public final class SignatureLabels {

    private SignatureLabels() {
    }

    public static String state(Component component, SignatureState state) {
        return component.getTranslation("signatures.state." + state.name());
    }

    public static String kind(Component component, FieldKind kind) {
        return component.getTranslation("signatures.kind." + kind.name());
    }

    /** The field's label, or its kind when staff gave it none. */
    public static String name(Component component, SignatureField field) {
        return field.label() != null ? field.label() : kind(component, field.kind());
    }

    public static StateBadge badge(Component component, SignatureState state) {
        StateBadge.Tone tone = switch (state) {
            case DRAFT -> StateBadge.Tone.NORMAL;
            case SENT -> StateBadge.Tone.CONTRAST;
            case SIGNED -> StateBadge.Tone.SUCCESS;
            case CANCELLED -> StateBadge.Tone.ERROR;
        };
        return new StateBadge(state(component, state), tone);
    }
}
