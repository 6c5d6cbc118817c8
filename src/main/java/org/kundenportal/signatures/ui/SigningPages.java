package org.kundenportal.signatures.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.ui.LocalizedDatePicker;
import org.kundenportal.signatures.domain.FieldInput;
import org.kundenportal.signatures.domain.FieldKind;
import org.kundenportal.signatures.domain.SignatureField;
import org.kundenportal.signatures.domain.SignaturePage;
import org.kundenportal.signatures.domain.SignatureRequest;
import org.kundenportal.signatures.domain.SignatureService;

/**
 * The pages of a signature request as images (loaded lazily from the scoped endpoint) with its fields laid over
 * them in % of the page, so they stay in place at any width. Editable for the signer: text, date and checkbox
 * inline, signature and initials on the pad; a required field that is still empty has a red background.
 * Read-only otherwise, showing the stored values once signed.
 */
class SigningPages extends Div {

    static final String MISSING = "signature-field-missing";

    private final SignatureRequest request;
    private final boolean editable;
    private final Runnable onChange;
    /** In reading order: page, then top to bottom, then left to right; "Next" follows it. */
    private final List<SignatureField> ordered;
    private final Map<Long, FieldInput> values = new LinkedHashMap<>();
    private final Map<Long, Div> boxes = new HashMap<>();
    private Long current;

    SigningPages(SignatureRequest request, boolean editable, Runnable onChange) {
        this.request = request;
        this.editable = editable;
        this.onChange = onChange;
        this.ordered = request.fields().stream()
                .sorted(Comparator.comparingInt(SignatureField::page).thenComparing(SignatureField::y)
                        .thenComparing(SignatureField::x))
                .toList();
        addClassName("signature-pages");
        for (SignaturePage page : request.pages()) {
            add(page(page));
        }
        refresh();
    }

    private Div page(SignaturePage page) {
        Div sheet = new Div();
        sheet.addClassName("signature-page");
        sheet.getStyle().set("aspect-ratio", page.widthPt().toPlainString() + " / " + page.heightPt().toPlainString());
        Image image = new Image(SignatureFilesController.pageImagePath(request.number(), page.page()),
                getTranslation("signatures.page-alt", page.page(), request.pages().size()));
        image.getElement().setAttribute("loading", "lazy");
        image.addClassName("signature-page-image");
        sheet.add(image);
        for (SignatureField field : request.fieldsOn(page.page())) {
            Div box = new Div();
            box.setId("signature-field-" + field.id());
            box.addClassName("signature-field");
            box.addClassName("signature-field-" + field.kind().name().toLowerCase());
            box.getStyle().set("left", percent(field.x())).set("top", percent(field.y()))
                    .set("width", percent(field.width())).set("height", percent(field.height()));
            box.getElement().setAttribute("title", SignatureLabels.name(this, field)
                    + (field.required() ? " " + getTranslation("signatures.required-mark") : ""));
            box.add(editable ? input(field, box) : value(field));
            boxes.put(field.id(), box);
            sheet.add(box);
        }
        return sheet;
    }

    private static String percent(java.math.BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private Component input(SignatureField field, Div box) {
        String name = SignatureLabels.name(this, field);
        return switch (field.kind()) {
            case TEXT -> {
                TextField text = new TextField();
                text.setAriaLabel(name);
                text.setPlaceholder(name);
                text.setMaxLength(SignatureService.MAX_TEXT);
                text.addThemeVariants(TextFieldVariant.LUMO_SMALL);
                text.setValueChangeMode(ValueChangeMode.EAGER);
                text.addValueChangeListener(change -> set(field, change.getValue().isBlank() ? null
                        : FieldInput.text(field.id(), change.getValue())));
                yield text;
            }
            case DATE -> {
                DatePicker date = new LocalizedDatePicker();
                date.setAriaLabel(name);
                date.setPlaceholder(name);
                date.setLocale(getLocale());
                date.addValueChangeListener(change -> set(field, change.getValue() == null ? null
                        : FieldInput.text(field.id(), change.getValue().toString())));
                yield date;
            }
            case CHECKBOX -> {
                Checkbox checkbox = new Checkbox();
                checkbox.setAriaLabel(name);
                checkbox.addValueChangeListener(change -> set(field, FieldInput.text(field.id(),
                        Boolean.toString(change.getValue()))));
                yield checkbox;
            }
            case SIGNATURE, INITIALS -> {
                Button draw = new Button(getTranslation(field.kind() == FieldKind.INITIALS
                        ? "signatures.field.draw-initials" : "signatures.field.draw-signature"));
                draw.setAriaLabel(name);
                draw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                draw.addClickListener(click -> new SignaturePadDialog(name, field.kind() == FieldKind.INITIALS, png -> {
                    set(field, FieldInput.drawn(field.id(), png));
                    draw.setText(null);
                    draw.setIcon(drawing(png, name));
                }).open());
                yield draw;
            }
        };
    }

    /** What the signer put in, read-only; empty for a field not filled (yet). */
    private Component value(SignatureField field) {
        if (!field.filled()) {
            return new Span();
        }
        return switch (field.kind()) {
            case SIGNATURE, INITIALS -> drawing(field.imagePng(), SignatureLabels.name(this, field));
            case CHECKBOX -> new Span("✓");
            case DATE -> new Span(Formats.date(LocalDate.parse(field.textValue()), getLocale()));
            case TEXT -> new Span(field.textValue());
        };
    }

    private Image drawing(byte[] png, String name) {
        Image image = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(png), name);
        image.addClassName("signature-field-drawing");
        return image;
    }

    private void set(SignatureField field, FieldInput value) {
        if (value == null) {
            values.remove(field.id());
        } else {
            values.put(field.id(), value);
        }
        refresh();
        onChange.run();
    }

    private void refresh() {
        for (SignatureField field : ordered) {
            Div box = boxes.get(field.id());
            boolean filled = editable ? filled(field, values.get(field.id())) : field.filled();
            box.setClassName("signature-field-required", field.required());
            box.setClassName("signature-field-filled", filled);
            box.setClassName(MISSING, field.required() && !filled);
        }
    }

    /** As the service counts it: a ticked checkbox, a non-blank text or date, a drawing. */
    private static boolean filled(SignatureField field, FieldInput value) {
        if (value == null) {
            return false;
        }
        if (field.kind().drawn()) {
            return value.png() != null && value.png().length > 0;
        }
        if (field.kind() == FieldKind.CHECKBOX) {
            return "true".equals(value.text());
        }
        return value.text() != null && !value.text().isBlank();
    }

    List<SignatureField> missing() {
        return ordered.stream().filter(field -> field.required() && !filled(field, values.get(field.id()))).toList();
    }

    long requiredCount() {
        return ordered.stream().filter(SignatureField::required).count();
    }

    List<FieldInput> values() {
        return List.copyOf(values.values());
    }

    /**
     * Scrolls to the next required field still empty after the one jumped to last (from the start again at the
     * end) and puts the focus into it.
     */
    Optional<SignatureField> jumpToNext() {
        List<SignatureField> missing = missing();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        int after = current == null ? -1 : ordered.indexOf(ordered.stream()
                .filter(field -> field.id() == current).findFirst().orElseThrow());
        SignatureField next = missing.stream().filter(field -> ordered.indexOf(field) > after).findFirst()
                .orElse(missing.getFirst());
        if (current != null) {
            boxes.get(current).removeClassName("signature-field-current");
        }
        current = next.id();
        Div box = boxes.get(next.id());
        box.addClassName("signature-field-current");
        box.getElement().executeJs("""
                this.scrollIntoView({block: 'center', behavior: 'smooth'});
                const input = this.querySelector('vaadin-text-field, vaadin-date-picker, vaadin-checkbox, vaadin-button');
                if (input) { input.focus({preventScroll: true}); }""");
        return Optional.of(next);
    }

    Div box(long fieldId) {
        return boxes.get(fieldId);
    }
}
