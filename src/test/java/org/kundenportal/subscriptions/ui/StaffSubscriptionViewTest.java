package org.kundenportal.subscriptions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.subscriptions.SubscriptionFixtures.line;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.ui.PreviewBanner;
import org.kundenportal.history.ui.HistoryPanel;
import org.kundenportal.subscriptions.SubscriptionFixtures;
import org.kundenportal.subscriptions.domain.BillingPeriod;
import org.kundenportal.subscriptions.domain.Subscription;
import org.kundenportal.subscriptions.domain.SubscriptionDraft;
import org.kundenportal.subscriptions.domain.SubscriptionLine;
import org.kundenportal.subscriptions.domain.SubscriptionRow;
import org.kundenportal.subscriptions.domain.SubscriptionState;

/** The back-office editor: create, edit, refusals that change nothing, state changes, history and the preview. */
class StaffSubscriptionViewTest extends KaribuTest {

    SubscriptionFixtures fixtures;
    String companyName;
    long company;
    LocalDate today = LocalDate.now(Formats.ZONE);

    @BeforeEach
    void setUp() {
        fixtures = new SubscriptionFixtures(context);
        companyName = SubscriptionFixtures.unique("Abo Editor GmbH");
        company = fixtures.customerCompany(companyName);
        login(TestWorld.STAFF);
    }

    private String tr(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    private List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(Notification::getElement)
                .map(element -> element.getProperty("text", "")).toList();
    }

    private Button button(String className) {
        return _get(Button.class, spec -> spec.withClasses(className));
    }

    private boolean has(String className) {
        return !_find(Button.class, spec -> spec.withClasses(className)).isEmpty();
    }

    private TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private List<TextField> lineFields(String labelKey) {
        return _find(TextField.class, spec -> spec.withLabel(tr(labelKey)));
    }

    private List<BigDecimalField> lineNumbers(String labelKey) {
        return _find(BigDecimalField.class, spec -> spec.withLabel(tr(labelKey)));
    }

    private void addLine(String code, String name, String quantity, String price) {
        _click(button("subscription-add-line"));
        _setValue(lineFields("subscriptions.line.code").getLast(), code);
        _setValue(lineFields("subscriptions.line.name").getLast(), name);
        _setValue(lineNumbers("subscriptions.line.quantity").getLast(), new BigDecimal(quantity));
        _setValue(lineNumbers("subscriptions.line.unit-price").getLast(), new BigDecimal(price));
    }

    private String totalShown() {
        return _get(Span.class, spec -> spec.withClasses("subscription-editor-total")).getText();
    }

    private List<SubscriptionRow> subscriptionsOfTheCompany() {
        return fixtures.subscriptions.page(PortalScope.staff(), new DocumentFilter<>(null, null, null, null, company), 0, 10,
                List.of());
    }

    private String activeSubscription() {
        return fixtures.service.save(fixtures.staff(), new SubscriptionDraft(null, 0, company, "Kasse Editor",
                BillingPeriod.MONTHLY, today.minusMonths(2), today.plusDays(5), null, "EUR", null,
                List.of(line("POS", "Kasse", "1", "39.00"), line("TSE", "TSE Cloud", "1", "9.90"))));
    }

    private void pickDateAndConfirm(String labelKey, LocalDate date) {
        _setValue(_get(DatePicker.class, spec -> spec.withClasses("subscription-date-dialog-date").withLabel(tr(labelKey))),
                date);
        _click(button("subscription-date-confirm"));
    }

    @Test
    void staffCreateASubscriptionWithReorderedModulesAndTheLiveTotal() {
        navigate("staff/subscriptions/new");

        @SuppressWarnings("unchecked")
        ComboBox<ContactOption> customer = _get(ComboBox.class, spec -> spec.withId("subscription-customer"));
        _setValue(customer, new ContactOption(company, companyName));
        _setValue(text("subscription-plan"), "Kassensystem Filiale Test");
        @SuppressWarnings("unchecked")
        Select<BillingPeriod> period = _get(Select.class, spec -> spec.withId("subscription-period"));
        _setValue(period, BillingPeriod.YEARLY);
        addLine("POS", "Kasse Basis", "2", "19.90");
        addLine("TSE", "TSE Cloud", "1", "9.90");
        assertThat(totalShown()).isEqualTo(Formats.money(new BigDecimal("49.70"), Formats.EURO, UI.getCurrent().getLocale()));

        _click(_find(Button.class, spec -> spec.withClasses("subscription-line-up")).get(1));
        _click(button("subscription-save"));

        assertThat(subscriptionsOfTheCompany()).hasSize(1);
        String number = subscriptionsOfTheCompany().getFirst().number();
        assertThat(notifications()).contains(tr("subscriptions.staff.created", number));
        Subscription created = fixtures.byNumber(number);
        assertThat(created.state()).isEqualTo(SubscriptionState.ACTIVE);
        assertThat(created.period()).isEqualTo(BillingPeriod.YEARLY);
        assertThat(created.startDate()).isEqualTo(today);
        assertThat(created.lines()).extracting(SubscriptionLine::code).containsExactly("TSE", "POS");
        assertThat(created.recurringTotal()).isEqualByComparingTo("49.70");
        assertThat(created.responsibleUserId()).isEqualTo(fixtures.staff().id());
        assertThat(_get(StaffSubscriptionView.class).getPageTitle()).isEqualTo(tr("subscriptions.detail.title", number));
        assertThat(_find(HistoryPanel.class)).hasSize(1);
    }

    @Test
    void aNewSubscriptionWithAnEndBeforeItsStartIsRefusedAndNotCreated() {
        navigate("staff/subscriptions/new");
        @SuppressWarnings("unchecked")
        ComboBox<ContactOption> customer = _get(ComboBox.class, spec -> spec.withId("subscription-customer"));
        _setValue(customer, new ContactOption(company, companyName));
        _setValue(text("subscription-plan"), "Zu kurz");
        addLine("POS", "Kasse", "1", "39.00");
        _setValue(_get(DatePicker.class, spec -> spec.withId("subscription-end")), today.minusDays(1));

        _click(button("subscription-save"));

        assertThat(notifications()).contains(tr("subscriptions.staff.error.end-before-start"));
        assertThat(subscriptionsOfTheCompany()).isEmpty();
        assertThat(_get(StaffSubscriptionView.class).subscription()).isNull();
    }

    @Test
    void editingSavesTheFormAndRecordsTheChange() {
        String number = activeSubscription();
        navigate("staff/subscriptions/" + number);

        _setValue(text("subscription-plan"), "Kasse Editor Plus");
        _click(_find(Button.class, spec -> spec.withClasses("subscription-line-remove")).getFirst());
        addLine("STOCK", "Warenwirtschaft", "1", "24.00");
        _click(button("subscription-save"));

        assertThat(notifications()).contains(tr("subscriptions.staff.saved", number));
        Subscription saved = fixtures.byNumber(number);
        assertThat(saved.planName()).isEqualTo("Kasse Editor Plus");
        assertThat(saved.lines()).extracting(SubscriptionLine::code).containsExactly("TSE", "STOCK");
        assertThat(saved.recurringTotal()).isEqualByComparingTo("33.90");
        assertThat(fixtures.events(number, HistoryEvent.CHANGED)).isEqualTo(1);
    }

    @Test
    void aZeroQuantityIsRefusedWithItsLineAndNothingChanges() {
        String number = activeSubscription();
        SubscriptionDraft before = fixtures.draftOf(number);
        navigate("staff/subscriptions/" + number);

        _setValue(text("subscription-plan"), "Nicht gespeichert");
        _setValue(lineNumbers("subscriptions.line.quantity").get(1), BigDecimal.ZERO);
        _click(button("subscription-save"));

        assertThat(notifications()).contains(tr("subscriptions.staff.error.line-quantity", 2));
        assertThat(fixtures.draftOf(number)).isEqualTo(before);
        assertThat(text("subscription-plan").getValue()).isEqualTo("Nicht gespeichert");
    }

    @Test
    void aStaleSaveIsRefusedAndKeepsBothTheOtherChangeAndTheForm() {
        String number = activeSubscription();
        navigate("staff/subscriptions/" + number);
        SubscriptionDraft other = fixtures.draftOf(number);
        fixtures.service.save(fixtures.staff(), new SubscriptionDraft(other.id(), other.version(), other.companyId(),
                "Aus dem anderen Tab", other.period(), other.startDate(), other.nextInvoiceDate(), other.endDate(),
                other.currency(), other.responsibleUserId(), other.lines()));

        _setValue(text("subscription-plan"), "Aus diesem Tab");
        _click(button("subscription-save"));

        assertThat(notifications()).contains(tr("subscriptions.staff.error.stale"));
        assertThat(fixtures.byNumber(number).planName()).isEqualTo("Aus dem anderen Tab");
        assertThat(text("subscription-plan").getValue()).isEqualTo("Aus diesem Tab");
    }

    @Test
    void pauseResumeAndCancelWithTheirDates() {
        String number = activeSubscription();
        navigate("staff/subscriptions/" + number);

        _click(button("subscription-pause"));
        assertThat(fixtures.byNumber(number).state()).isEqualTo(SubscriptionState.PAUSED);
        assertThat(notifications()).contains(tr("subscriptions.staff.paused", number));
        assertThat(has("subscription-pause")).isFalse();

        _click(button("subscription-resume"));
        pickDateAndConfirm("subscriptions.staff.resume.date", today.plusDays(14));
        assertThat(fixtures.byNumber(number).state()).isEqualTo(SubscriptionState.ACTIVE);
        assertThat(fixtures.byNumber(number).nextInvoiceDate()).isEqualTo(today.plusDays(14));
        assertThat(has("subscription-resume")).isFalse();

        _click(button("subscription-cancel"));
        pickDateAndConfirm("subscriptions.staff.cancel.date", today.plusMonths(3));
        Subscription cancelled = fixtures.byNumber(number);
        assertThat(cancelled.state()).isEqualTo(SubscriptionState.CANCELLED);
        assertThat(cancelled.endDate()).isEqualTo(today.plusMonths(3));
        assertThat(notifications()).contains(tr("subscriptions.staff.cancelled", number));
        assertThat(fixtures.events(number, HistoryEvent.PAUSED)).isEqualTo(1);
        assertThat(fixtures.events(number, HistoryEvent.RESUMED)).isEqualTo(1);
        assertThat(fixtures.events(number, HistoryEvent.CANCELLED)).isEqualTo(1);

        assertThat(has("subscription-save")).isFalse();
        assertThat(has("subscription-cancel")).isFalse();
        assertThat(text("subscription-plan").isReadOnly()).isTrue();
        assertThat(_find(Paragraph.class, spec -> spec.withText(tr("subscriptions.staff.read-only")))).hasSize(1);
    }

    @Test
    void aCancellationEndingOnTheStartIsRefusedAndTheSubscriptionStaysActive() {
        String number = activeSubscription();
        navigate("staff/subscriptions/" + number);

        _click(button("subscription-cancel"));
        pickDateAndConfirm("subscriptions.staff.cancel.date", today.minusMonths(2));

        assertThat(notifications()).contains(tr("subscriptions.staff.error.end-before-start"));
        assertThat(fixtures.byNumber(number).state()).isEqualTo(SubscriptionState.ACTIVE);
        assertThat(fixtures.events(number, HistoryEvent.CANCELLED)).isZero();
    }

    @Test
    void aPauseSomebodyElseDidFirstIsRefusedAndThePageShowsIt() {
        String number = activeSubscription();
        navigate("staff/subscriptions/" + number);
        fixtures.service.pause(fixtures.staff(), fixtures.byNumber(number).id());

        _click(button("subscription-pause"));

        assertThat(notifications()).contains(tr("subscriptions.staff.refused.pause"));
        assertThat(fixtures.events(number, HistoryEvent.PAUSED)).isEqualTo(1);
        assertThat(has("subscription-resume")).isTrue();
    }

    @Test
    void customerPreviewOpensThePortalPageAsTheCustomerSeesIt() {
        String number = activeSubscription();
        navigate("staff/subscriptions/" + number);

        _click(button("subscription-preview"));

        assertThat(_find(SubscriptionView.class)).hasSize(1);
        assertThat(_find(PreviewBanner.class)).hasSize(1);
        assertThat(_get(Span.class, spec -> spec.withClasses("subscription-plan")).getText()).isEqualTo("Kasse Editor");
    }

    @Test
    void anUnknownNumberIsNotFound() {
        navigate("staff/subscriptions/ABO-1999-99999");

        assertThat(_find(StaffSubscriptionView.class)).isEmpty();
    }

    @Test
    void portalUsersCannotOpenTheEditor() {
        String number = fixtures.subscription(fixtures.companyOf(TestWorld.CUSTOMER), SubscriptionState.ACTIVE,
                SubscriptionFixtures.unique("Modul Kunde"));
        login(TestWorld.CUSTOMER);

        navigate("staff/subscriptions/" + number);

        assertThat(_find(StaffSubscriptionView.class)).isEmpty();
    }
}
