package org.kundenportal.history.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.history.HistoryFixtures;
import org.kundenportal.history.domain.HistoryService;
import org.kundenportal.history.domain.TimeEntry;

class HistoryPanelTest extends KaribuTest {

    HistoryFixtures fixtures;
    DocumentRef quote;

    @BeforeEach
    void createQuote() {
        fixtures = new HistoryFixtures(context);
        quote = fixtures.quote(TestWorld.CUSTOMER, "SENT");
    }

    private void open(boolean preview) {
        UI.getCurrent().navigate("test/history/" + quote.id(),
                preview ? QueryParameters.of("preview", "") : QueryParameters.empty());
    }

    private List<String> entryTexts() {
        return _find(Div.class, spec -> spec.withClasses("history-entry")).stream()
                .map(entry -> entry.getElement().getTextRecursively()).toList();
    }

    private void send(String text) {
        _setValue(_get(TextArea.class), text);
        _click(_get(Button.class, spec -> spec.withText("Senden")));
    }

    @Test
    void aCustomerWritesAMessageWithAnAttachment() {
        login(TestWorld.CUSTOMER);
        open(false);
        assertThat(_get(Div.class, spec -> spec.withClasses("history-timeline")).getElement().getTextRecursively())
                .contains("Noch keine Einträge");

        UploadKt._upload(_get(Upload.class), "zaehlerstand.txt", "text/plain", "4711".getBytes(StandardCharsets.UTF_8));
        send("Erste Zeile\nZweite Zeile");

        assertThat(NotificationsKt.getNotifications().getLast().getElement().getProperty("text"))
                .isEqualTo("Ihre Nachricht wurde gesendet.");
        assertThat(entryTexts()).hasSize(1).first().asString().contains(fixtures.principal(TestWorld.CUSTOMER).displayName(), "Erste Zeile\nZweite Zeile");
        Anchor link = _get(Anchor.class, spec -> spec.withClasses("history-attachment"));
        assertThat(link.getText()).startsWith("zaehlerstand.txt");
        assertThat(link.getHref()).startsWith("/documents/attachments/");
        assertThat(_get(TextArea.class).getValue()).isEmpty();
        // customers write messages only, log no time and choose nobody in charge
        _assertNone(Checkbox.class);
        _assertNone(DatePicker.class);
        _assertNone(ComboBox.class);
    }

    @Test
    void aRefusedFileIsNamedAndNotSent() {
        login(TestWorld.CUSTOMER);
        open(false);

        UploadKt._upload(_get(Upload.class), "virus.exe", "application/pdf", new byte[]{'M', 'Z', 0, 1});

        assertThat(NotificationsKt.getNotifications().getLast().getElement().getProperty("text")).contains("virus.exe");
        send("Ohne Anhang");
        _assertNone(Anchor.class, spec -> spec.withClasses("history-attachment"));
    }

    @Test
    void anEmptyMessageIsRefused() {
        login(TestWorld.CUSTOMER);
        open(false);

        send("   ");

        assertThat(NotificationsKt.getNotifications().getLast().getElement().getProperty("text"))
                .isEqualTo("Bitte schreiben Sie zuerst eine Nachricht.");
        assertThat(entryTexts()).isEmpty();
    }

    @Test
    void staffWriteANoteAndLogTimeThatTheCustomerSeesWithoutTheNote() {
        login(TestWorld.STAFF);
        open(false);
        _setValue(_get(Checkbox.class), true);
        send("Kunde zahlt immer spät");
        send("Wir liefern am Montag.");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Stunden")), 2);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Minuten")), 30);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Beschreibung")), "Einrichtung Kassensystem vor Ort");
        _click(_get(Button.class, spec -> spec.withText("Zeit erfassen")));

        assertThat(entryTexts()).hasSize(2);
        assertThat(entryTexts().get(1)).contains("Intern", "Kunde zahlt immer spät");
        assertThat(_get(HistoryPanel.class).getElement().getTextRecursively())
                .contains("Gesamt: 2 Std. 30 Min.");

        login(TestWorld.CUSTOMER);
        open(false);
        assertThat(entryTexts()).hasSize(1).first().asString().contains("Wir liefern am Montag.", "Mitarbeiter")
                .doesNotContain("spät");
        @SuppressWarnings("unchecked")
        Grid<TimeEntry> times = _get(Grid.class);
        assertThat(GridKt._fetch(times, 0, 10)).extracting(TimeEntry::userName, TimeEntry::minutes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(fixtures.principal(TestWorld.STAFF).displayName(), 150));
    }

    @Test
    void aTooLongTimeEntryIsRefused() {
        login(TestWorld.STAFF);
        open(false);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Stunden")), 24);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Minuten")), 1);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Beschreibung")), "Marathon");
        _click(_get(Button.class, spec -> spec.withText("Zeit erfassen")));

        assertThat(NotificationsKt.getNotifications().getLast().getElement().getProperty("text"))
                .contains("höchstens 24 Stunden");
    }

    @Test
    void theCustomerPreviewIsReadOnlyAndHidesNotes() {
        login(TestWorld.STAFF);
        open(false);
        _setValue(_get(Checkbox.class), true);
        send("Nur für uns");
        _setValue(_get(Checkbox.class), false);
        send("Für den Kunden");

        open(true);

        assertThat(entryTexts()).hasSize(1).first().asString().contains("Für den Kunden");
        _assertNone(TextArea.class);
        _assertNone(Upload.class);
        _assertNone(DatePicker.class);
        _assertNone(ComboBox.class);
        _assertNone(Button.class, spec -> spec.withText("Senden"));
    }

    @Test
    void staffPutSomebodyInCharge() {
        login(TestWorld.STAFF);
        open(false);

        @SuppressWarnings("unchecked")
        ComboBox<org.kundenportal.history.domain.StaffMember> select = _get(ComboBox.class);
        _setValue(select, select.getListDataView().getItems().filter(member -> member.name().equals(fixtures.principal(TestWorld.STAFF).displayName()))
                .findFirst().orElseThrow());

        assertThat(entryTexts()).hasSize(1).first().asString().contains("Zuständigkeit geändert", fixtures.principal(TestWorld.STAFF).displayName());
        login(TestWorld.CUSTOMER);
        open(false);
        assertThat(_get(HistoryPanel.class).getElement().getTextRecursively())
                .contains("Zuständig", fixtures.principal(TestWorld.STAFF).displayName());
    }

    @Test
    void theLatestFiftyEntriesShowFirstAndOlderOnesOnRequest() {
        HistoryService history = context.getBean(HistoryService.class);
        PortalUser anna = fixtures.principal(TestWorld.CUSTOMER);
        for (int i = 1; i <= HistoryPanel.PAGE + 1; i++) {
            history.post(anna, quote, "Nachricht " + i, List.of(), false);
        }
        login(TestWorld.CUSTOMER);
        open(false);

        assertThat(entryTexts()).hasSize(HistoryPanel.PAGE).first().asString().contains("Nachricht 51");
        _click(_get(Button.class, spec -> spec.withText("Ältere Einträge anzeigen")));

        assertThat(entryTexts()).hasSize(HistoryPanel.PAGE + 1).last().asString().contains("Nachricht 1");
        _assertNone(Button.class, spec -> spec.withText("Ältere Einträge anzeigen"));
    }
}
