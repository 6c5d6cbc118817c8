package org.kundenportal.purchasing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.Mails;
import org.kundenportal.TestWorld;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.ui.PreviewBanner;
import org.kundenportal.purchasing.PurchasingFixtures;
import org.kundenportal.purchasing.PurchasingFixtures.Supplier;
import org.kundenportal.purchasing.domain.PurchaseOrder;
import org.kundenportal.purchasing.domain.PurchaseOrderDraft;
import org.kundenportal.purchasing.domain.PurchaseOrderRow;
import org.kundenportal.purchasing.domain.PurchaseOrderState;
import org.springframework.beans.factory.annotation.Autowired;

/** The back office: list, create, save, send, mark received, cancel, and the customer preview. */
class StaffPurchaseOrderViewTest extends KaribuTest {

    @Autowired
    GreenMail smtp;

    PurchasingFixtures fixtures;

    @BeforeEach
    void staffLoggedIn() {
        fixtures = new PurchasingFixtures(context);
        login(TestWorld.STAFF);
    }

    private static String tr(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    private List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(Notification::getElement)
                .map(element -> element.getProperty("text", "")).toList();
    }

    private void click(String className) {
        _click(_get(Button.class, spec -> spec.withClasses(className)));
    }

    private boolean has(String className) {
        return !_find(Button.class, spec -> spec.withClasses(className)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<ContactOption> comboBox(String labelKey) {
        return _get(ComboBox.class, spec -> spec.withLabel(tr(labelKey)));
    }

    private List<PurchaseOrderRow> ordersOf(Supplier supplier) {
        return fixtures.orders.staffPage(new DocumentFilter<>(null, null, null, null, supplier.companyId()), 0, 10, List.of());
    }

    @Test
    void staffCreatesSendsAndReceivesAnOrder() {
        Supplier supplier = fixtures.supplierWithUser();
        navigate("staff/purchase-orders/" + StaffPurchaseOrderView.NEW);

        _setValue(comboBox("purchasing.supplier"), new ContactOption(supplier.companyId(), "Lieferant"));
        _setValue(comboBox("purchasing.contact"), new ContactOption(supplier.contactId(), "Sven Lieferant"));
        _setValue(_get(TextField.class, spec -> spec.withLabel(tr("purchasing.reference"))), "Testbestellung");
        _click(_get(Button.class, spec -> spec.withText(tr("documents.editor.add-product"))));
        _setValue(_get(TextArea.class, spec -> spec.withClasses("lines-editor-description")), "Bonrollen 57 mm");
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel(tr("documents.line.quantity"))), new BigDecimal("100"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel(tr("documents.line.unit-price"))), new BigDecimal("0.85"));
        click("purchase-order-save");

        List<PurchaseOrderRow> created = ordersOf(supplier);
        assertThat(created).hasSize(1);
        String number = created.getFirst().number();
        assertThat(notifications()).contains(tr("purchasing.created", number));
        PurchaseOrder draft = fixtures.order(number);
        assertThat(draft.state()).isEqualTo(PurchaseOrderState.DRAFT);
        assertThat(draft.reference()).isEqualTo("Testbestellung");
        assertThat(draft.supplierContactId()).isEqualTo(supplier.contactId());
        assertThat(draft.total()).isEqualByComparingTo("101.15");
        assertThat(_get(StaffPurchaseOrderView.class).getPageTitle()).isEqualTo(tr("purchasing.title", number));

        click("purchase-order-send");

        assertThat(fixtures.order(number).state()).isEqualTo(PurchaseOrderState.SENT);
        assertThat(Mails.subject(Mails.awaitMailTo(smtp, supplier.email()))).contains(number);
        assertThat(has("purchase-order-save")).isFalse();

        click("purchase-order-received");

        assertThat(fixtures.order(number).state()).isEqualTo(PurchaseOrderState.RECEIVED);
        assertThat(notifications()).contains(tr("purchasing.mark-received.done", number));
        assertThat(has("purchase-order-received")).isFalse();
        assertThat(has("purchase-order-cancel")).isFalse();
    }

    @Test
    void savingWithoutSupplierIsRefused() {
        navigate("staff/purchase-orders/" + StaffPurchaseOrderView.NEW);

        click("purchase-order-save");

        assertThat(notifications()).contains(tr("purchasing.supplier.required"));
    }

    @Test
    void savingAfterSomebodyElseSavedIsRefused() {
        Supplier supplier = fixtures.supplierWithUser();
        String number = fixtures.createDraft(supplier);
        navigate("staff/purchase-orders/" + number);
        PurchaseOrder order = fixtures.order(number);
        fixtures.service.save(new PurchaseOrderDraft(order.id(), order.version(), supplier.companyId(), null,
                "other tab", order.orderDate(), null, null, null, PurchasingFixtures.lines()));

        click("purchase-order-save");

        assertThat(notifications()).contains(tr("purchasing.save.stale"));
        assertThat(fixtures.order(number).reference()).isEqualTo("other tab");
    }

    @Test
    void sendingWithoutLinesIsRefused() {
        Supplier supplier = fixtures.supplierWithUser();
        String number = fixtures.service.create(fixtures.draft(supplier, List.of()), fixtures.staffId());
        navigate("staff/purchase-orders/" + number);

        click("purchase-order-send");

        assertThat(notifications()).contains(tr("purchasing.send.no-lines"));
        assertThat(fixtures.order(number).state()).isEqualTo(PurchaseOrderState.DRAFT);
    }

    @Test
    void staffCancelsASentOrder() {
        String number = fixtures.createSent(fixtures.supplierWithUser());
        navigate("staff/purchase-orders/" + number);

        click("purchase-order-cancel");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        PurchaseOrder order = fixtures.order(number);
        assertThat(order.state()).isEqualTo(PurchaseOrderState.CANCELLED);
        assertThat(fixtures.events(order, HistoryEvent.CANCELLED)).isEqualTo(1);
        assertThat(has("purchase-order-cancel")).isFalse();
    }

    @Test
    void customerPreviewOpensThePortalPage() {
        String number = fixtures.createSent(fixtures.supplierWithUser());
        navigate("staff/purchase-orders/" + number);

        click("purchase-order-preview");

        assertThat(_find(PurchaseOrderView.class)).hasSize(1);
        assertThat(_find(PreviewBanner.class)).hasSize(1);
    }

    @Test
    void staffListShowsDraftsAndFiltersBySupplier() {
        Supplier supplier = fixtures.supplierWithUser();
        String draft = fixtures.createDraft(supplier);
        String sent = fixtures.createSent(supplier);
        navigate("staff/purchase-orders");

        _setValue(comboBox("purchasing.supplier"), new ContactOption(supplier.companyId(), "Lieferant"));

        PurchaseOrderGrid grid = _get(PurchaseOrderGrid.class);
        List<PurchaseOrderRow> rows = GridKt._fetch(grid, 0, GridKt._size(grid));
        assertThat(rows).extracting(PurchaseOrderRow::number).containsExactlyInAnyOrder(draft, sent);
    }

    @Test
    void supplierCannotOpenTheBackOffice() {
        Supplier supplier = fixtures.supplierWithUser();
        String number = fixtures.createSent(supplier);
        login(supplier.email());

        navigate("staff/purchase-orders/" + number);
        assertThat(_find(StaffPurchaseOrderView.class)).isEmpty();
        navigate("staff/purchase-orders");
        assertThat(_find(StaffPurchaseOrdersView.class)).isEmpty();
    }
}
