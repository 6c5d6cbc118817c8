package org.kundenportal.signatures.ui;

import com.vaadin.flow.component.UI;
import org.kundenportal.documents.ui.StateBadge;
import org.kundenportal.signatures.domain.FieldKind;
import org.kundenportal.signatures.domain.SignatureState;

/** The back office's names of a request's states and field kinds, and the state as a badge. */
final class StaffSignatureLabels {

    private StaffSignatureLabels() {
    }

    static String state(SignatureState state) {
        return UI.getCurrent().getTranslation("signatures.state." + state.name());
    }

    static String kind(FieldKind kind) {
        return UI.getCurrent().getTranslation("signatures.kind." + kind.name());
    }

    static StateBadge badge(SignatureState state) {
        StateBadge.Tone tone = switch (state) {
            case DRAFT -> StateBadge.Tone.NORMAL;
            case SENT -> StateBadge.Tone.CONTRAST;
            case SIGNED -> StateBadge.Tone.SUCCESS;
            case CANCELLED -> StateBadge.Tone.ERROR;
        };
        return new StateBadge(state(state), tone);
    }
}
