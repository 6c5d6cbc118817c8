package org.kundenportal.documents.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.LineKind;

class LinesEditorTest extends KaribuTest {

    private LinesEditor editor;

    @BeforeEach
    void openEditor() {
        login(TestWorld.STAFF);
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        editor = new LinesEditor(Formats.EURO, false, new BigDecimal("19"));
        UI.getCurrent().add(editor);
    }

    private BigDecimalField field(String label) {
        return _get(editor, BigDecimalField.class, spec -> spec.withLabel(label));
    }

    @Test
    void newProductLineUpdatesTheTotalsAsTheUserTypes() {
        _click(_get(editor, Button.class, spec -> spec.withText("Add product line")));
        _setValue(_get(editor, TextArea.class, spec -> spec.withLabel("Description")), "Bondrucker TM-T88");
        _setValue(field("Quantity"), new BigDecimal("2"));
        _setValue(field("Unit price"), new BigDecimal("100"));
        _setValue(field("Discount %"), new BigDecimal("10"));

        assertThat(editor.validLines()).singleElement().satisfies(line -> {
            assertThat(line.description()).isEqualTo("Bondrucker TM-T88");
            assertThat(line.amountNet()).isEqualByComparingTo("180.00");
            assertThat(line.taxRate()).isEqualByComparingTo("19");
        });
        assertThat(_get(editor, TotalsBlock.class).getElement().getTextRecursively()).contains("€214.20");
    }

    @Test
    void invalidRowsAreMarkedAndNothingIsReturned() {
        editor.setLines(List.of(DocumentLine.product(null, "Kasse", BigDecimal.ZERO, null, new BigDecimal("5"),
                BigDecimal.ZERO, new BigDecimal("19")), DocumentLine.section("")));
        _setValue(field("Discount %"), new BigDecimal("120"));

        assertThat(editor.validLines()).isNull();
        assertThat(field("Quantity").isInvalid()).isTrue();
        assertThat(field("Discount %").isInvalid()).isTrue();
        assertThat(_find(editor, Span.class, spec -> spec.withClasses("form-error"))).singleElement()
                .satisfies(span -> assertThat(span.getText()).contains("marked fields"));
    }

    @Test
    void blankRowsAreDroppedAndOrderFollowsTheMoves() {
        editor.setLines(List.of(DocumentLine.note("Lieferung frei Haus"), DocumentLine.section("Hardware")));
        _click(_get(editor, Button.class, spec -> spec.withText("Add product line")));
        List<Button> moveUp = _find(editor, Button.class).stream()
                .filter(button -> "Move up".equals(button.getAriaLabel().orElse(null))).toList();
        _click(moveUp.get(1));

        assertThat(editor.validLines()).extracting(DocumentLine::kind).containsExactly(LineKind.SECTION, LineKind.NOTE);
    }

    @Test
    void expectedDatesAreKeptForPurchaseOrderLines() {
        LinesEditor withDates = new LinesEditor(Formats.EURO, true, new BigDecimal("19"));
        UI.getCurrent().add(withDates);
        LocalDate date = LocalDate.of(2026, 12, 24);
        withDates.setLines(List.of(DocumentLine.product("TR-80", "Thermorollen", BigDecimal.TEN, "Stk", BigDecimal.ONE,
                BigDecimal.ZERO, new BigDecimal("19")).withExpectedDate(date)));

        assertThat(withDates.validLines()).singleElement().extracting(DocumentLine::expectedDate).isEqualTo(date);
    }
}
