package org.kundenportal.signatures.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kundenportal.signatures.domain.FieldKind;
import org.kundenportal.signatures.domain.NewField;
import org.kundenportal.signatures.domain.SignaturePage;
import org.kundenportal.signatures.domain.SignatureRequest;
import org.kundenportal.signatures.domain.SignatureService;

/**
 * The pages of a DRAFT, one under another, with its fields as boxes over them. Staff choose a kind of field and
 * click on a page to place one there; clicking a box (or a row of the list) selects the field for the side form,
 * where label, required, page, position and size (in % of the page) are changed or the field is deleted. Nothing
 * is stored here: {@link #fields()} is what "Save fields" hands to the service.
 */
class StaffFieldEditor extends Div {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SignatureRequest request;
    private final List<StaffFieldDraft> drafts = new ArrayList<>();
    private final Map<Integer, Div> frames = new LinkedHashMap<>();
    private final Map<StaffFieldDraft, Div> boxes = new LinkedHashMap<>();
    private final Grid<StaffFieldDraft> list = new Grid<>();
    private final RadioButtonGroup<FieldKind> kind = new RadioButtonGroup<>();
    private final Span unsaved = new Span();
    private final Div form = new Div();
    private final Paragraph noSelection = new Paragraph();
    private final H4 formTitle = new H4();
    private final TextField label = new TextField();
    private final Checkbox required = new Checkbox();
    private final IntegerField page = new IntegerField();
    private final NumberField x = percentField("x");
    private final NumberField y = percentField("y");
    private final NumberField width = percentField("width");
    private final NumberField height = percentField("height");
    private StaffFieldDraft selected;
    private boolean dirty;
    // set while the form shows a field, so that filling it in is not taken for an edit
    private boolean showing;

    StaffFieldEditor(SignatureRequest request) {
        this.request = request;
        addClassName("staff-signature-editor");
        request.fields().forEach(field -> drafts.add(StaffFieldDraft.of(field)));

        Div pages = new Div();
        pages.addClassName("staff-signature-pages");
        for (SignaturePage sheet : request.pages()) {
            Span caption = new Span(getTranslation("signatures.staff.page", sheet.page(), request.pageCount()));
            caption.addClassName("staff-signature-page-label");
            pages.add(caption, frame(sheet));
        }

        Div side = new Div();
        side.addClassName("staff-signature-side");
        kind.setId("signature-kind");
        kind.setLabel(getTranslation("signatures.staff.kind"));
        kind.setItems(FieldKind.values());
        kind.setItemLabelGenerator(value -> SignatureLabels.kind(this, value));
        kind.setValue(FieldKind.SIGNATURE);
        Paragraph hint = new Paragraph(getTranslation("signatures.staff.place-hint"));
        hint.addClassName("staff-signature-hint");
        unsaved.setId("signature-unsaved");
        unsaved.setText(getTranslation("signatures.staff.unsaved"));
        unsaved.addClassName("staff-signature-unsaved");
        unsaved.setVisible(false);
        side.add(kind, hint, unsaved, fieldForm(), new H3(getTranslation("signatures.staff.fields")), fieldList());
        add(pages, side);
        showBoxes();
    }

    /** The fields as they are on screen, in the order staff placed them. */
    List<NewField> fields() {
        return drafts.stream().map(StaffFieldDraft::toNewField).toList();
    }

    boolean isDirty() {
        return dirty;
    }

    /** A page in a frame of its proportions, so that positions in % of the frame are positions on the page. */
    private Div frame(SignaturePage sheet) {
        Image image = new Image(SignatureFilesController.pageImagePath(request.number(), sheet.page()),
                getTranslation("signatures.staff.page", sheet.page(), request.pageCount()));
        image.getElement().setAttribute("loading", "lazy");
        image.getElement().setAttribute("draggable", "false");
        image.addClassName("staff-signature-page-image");
        Div frame = new Div(image);
        frame.addClassName("staff-signature-page");
        frame.getElement().setAttribute("data-page", String.valueOf(sheet.page()));
        frame.getStyle().set("aspect-ratio", sheet.widthPt().toPlainString() + " / " + sheet.heightPt().toPlainString());
        // the offset is relative to the image, and the image fills the frame: offset / size is the fraction
        image.getElement().addEventListener("click", click -> place(sheet,
                        click.getEventData().path("event.offsetX").asDouble(),
                        click.getEventData().path("event.offsetY").asDouble(),
                        click.getEventData().path("element.clientWidth").asDouble(),
                        click.getEventData().path("element.clientHeight").asDouble()))
                .addEventData("event.offsetX").addEventData("event.offsetY")
                .addEventData("element.clientWidth").addEventData("element.clientHeight");
        frames.put(sheet.page(), frame);
        return frame;
    }

    private void place(SignaturePage sheet, double offsetX, double offsetY, double imageWidth, double imageHeight) {
        if (kind.getValue() == null || imageWidth <= 0 || imageHeight <= 0) {
            return;
        }
        StaffFieldDraft draft = StaffFieldDraft.placed(kind.getValue(), sheet.page(), offsetX / imageWidth,
                offsetY / imageHeight, sheet.widthPt().doubleValue(), sheet.heightPt().doubleValue());
        drafts.add(draft);
        changed();
        select(draft);
    }

    private void showBoxes() {
        boxes.values().forEach(Div::removeFromParent);
        boxes.clear();
        for (StaffFieldDraft draft : drafts) {
            Div frame = frames.get(draft.page);
            if (frame != null) {
                Div box = box(draft);
                boxes.put(draft, box);
                frame.add(box);
            }
        }
        list.setItems(drafts);
        if (selected != null) {
            list.select(selected);
        }
    }

    private Div box(StaffFieldDraft draft) {
        Div box = new Div();
        box.addClassName("staff-signature-box");
        box.addClassName("kind-" + draft.kind().name().toLowerCase());
        box.getElement().setAttribute("title", caption(draft));
        if (!draft.required) {
            box.addClassName("optional");
        }
        box.getStyle().set("left", percent(draft.x)).set("top", percent(draft.y))
                .set("width", percent(draft.width)).set("height", percent(draft.height));
        box.setText(caption(draft));
        if (draft == selected) {
            box.addClassName("selected");
        }
        box.addClickListener(click -> select(draft));
        return box;
    }

    private static String percent(BigDecimal fraction) {
        return (fraction == null ? BigDecimal.ZERO : fraction).multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%";
    }

    /** "Signature · Customer *": the kind, the label staff gave it, a star when required. */
    private String caption(StaffFieldDraft draft) {
        String text = SignatureLabels.kind(this, draft.kind());
        if (draft.label != null) {
            text += " · " + draft.label;
        }
        return draft.required ? text + " *" : text;
    }

    private Grid<StaffFieldDraft> fieldList() {
        list.setId("signature-field-list");
        list.addColumn(draft -> drafts.indexOf(draft) + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        list.addColumn(draft -> SignatureLabels.kind(this, draft.kind())).setHeader(getTranslation("signatures.staff.field.kind"))
                .setAutoWidth(true);
        list.addColumn(draft -> draft.label == null ? "" : draft.label)
                .setHeader(getTranslation("signatures.staff.field.label")).setFlexGrow(1);
        list.addColumn(draft -> draft.required ? getTranslation("signatures.staff.field.required")
                : getTranslation("signatures.staff.field.optional")).setHeader(getTranslation("signatures.staff.field.required"))
                .setAutoWidth(true);
        list.addColumn(draft -> draft.page).setHeader(getTranslation("signatures.staff.field.page")).setAutoWidth(true)
                .setFlexGrow(0);
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        list.setAllRowsVisible(true);
        list.setEmptyStateText(getTranslation("signatures.staff.fields.empty"));
        list.addSelectionListener(selection -> selection.getFirstSelectedItem()
                .filter(draft -> draft != selected).ifPresent(this::select));
        list.addItemClickListener(click -> select(click.getItem()));
        return list;
    }

    private Component fieldForm() {
        noSelection.setText(getTranslation("signatures.staff.field.none"));
        noSelection.addClassName("staff-signature-hint");
        label.setId("signature-field-label");
        label.setLabel(getTranslation("signatures.staff.field.label"));
        label.setMaxLength(SignatureService.MAX_LABEL);
        label.setClearButtonVisible(true);
        required.setId("signature-field-required");
        required.setLabel(getTranslation("signatures.staff.field.required"));
        page.setId("signature-field-page");
        page.setLabel(getTranslation("signatures.staff.field.page"));
        page.setMin(1);
        page.setMax(request.pageCount());
        page.setStepButtonsVisible(true);
        Button delete = new Button(getTranslation("signatures.staff.field.delete"), VaadinIcon.TRASH.create(),
                click -> deleteSelected());
        delete.setId("signature-field-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);

        label.addValueChangeListener(change -> edit(draft -> draft.label = change.getValue().isBlank() ? null
                : change.getValue().strip()));
        required.addValueChangeListener(change -> edit(draft -> draft.required = change.getValue()));
        page.addValueChangeListener(change -> edit(draft -> draft.page = change.getValue() == null ? 0 : change.getValue()));
        x.addValueChangeListener(change -> edit(draft -> draft.x = fraction(change.getValue())));
        y.addValueChangeListener(change -> edit(draft -> draft.y = fraction(change.getValue())));
        width.addValueChangeListener(change -> edit(draft -> draft.width = fraction(change.getValue())));
        height.addValueChangeListener(change -> edit(draft -> draft.height = fraction(change.getValue())));

        form.addClassName("staff-signature-field-form");
        form.add(formTitle, label, required, page, x, y, width, height, delete);
        form.setVisible(false);
        return new Div(noSelection, form);
    }

    private NumberField percentField(String name) {
        NumberField field = new NumberField(getTranslation("signatures.staff.field." + name));
        field.setId("signature-field-" + name);
        field.setMin(0);
        field.setMax(100);
        field.setSuffixComponent(new Span("%"));
        return field;
    }

    /** An emptied field leaves no value; the service refuses the field then. */
    private static BigDecimal fraction(Double percent) {
        return percent == null ? null : BigDecimal.valueOf(percent).divide(HUNDRED).setScale(5, RoundingMode.HALF_UP);
    }

    private static Double percentOf(BigDecimal fraction) {
        return fraction == null ? null : fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private void edit(java.util.function.Consumer<StaffFieldDraft> change) {
        if (showing || selected == null) {
            return;
        }
        change.accept(selected);
        changed();
        formTitle.setText(caption(selected));
    }

    private void select(StaffFieldDraft draft) {
        selected = draft;
        showBoxes();
        showing = true;
        try {
            formTitle.setText(caption(draft));
            label.setValue(draft.label == null ? "" : draft.label);
            required.setValue(draft.required);
            page.setValue(draft.page);
            x.setValue(percentOf(draft.x));
            y.setValue(percentOf(draft.y));
            width.setValue(percentOf(draft.width));
            height.setValue(percentOf(draft.height));
        } finally {
            showing = false;
        }
        form.setVisible(true);
        noSelection.setVisible(false);
    }

    private void deleteSelected() {
        if (selected == null) {
            return;
        }
        drafts.remove(selected);
        selected = null;
        list.deselectAll();
        form.setVisible(false);
        noSelection.setVisible(true);
        changed();
    }

    private void changed() {
        dirty = true;
        unsaved.setVisible(true);
        showBoxes();
    }

    /** For tests: the boxes on screen, in the order of the list. */
    List<Div> boxes() {
        return List.copyOf(boxes.values());
    }

    Div frame(int pageNumber) {
        return frames.get(pageNumber);
    }
}
