package org.kundenportal.invoices.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.Mails;
import org.kundenportal.TestWorld;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.invoices.InvoiceFixtures;
import org.kundenportal.invoices.StripeStub;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.InvoicePaymentStatus;
import org.kundenportal.invoices.domain.InvoicePayments;
import org.kundenportal.invoices.domain.InvoiceRow;
import org.kundenportal.invoices.domain.InvoiceKind;
import org.kundenportal.invoices.domain.InvoiceState;
import org.kundenportal.invoices.domain.Payment;
import org.kundenportal.invoices.domain.payment.StripeProvider;

class StaffInvoiceViewTest extends KaribuTest {

    InvoiceFixtures fixtures;

    @BeforeEach
    void loginAsStaff() {
        fixtures = new InvoiceFixtures(context);
        login(TestWorld.STAFF);
    }

    private Button button(String className) {
        return _get(Button.class, spec -> spec.withClasses(className));
    }

    private void register(String amount) {
        _click(button("invoice-register-payment"));
        _setValue(_get(BigDecimalField.class), new BigDecimal(amount));
        _click(button("register-payment-submit"));
    }

    @Test
    void staffListShowsAllCompaniesBothDirectionsAndDrafts() {
        Invoice draft = fixtures.draft(world.customer().companyId());
        Invoice posted = fixtures.posted(world.customer2().companyId());
        Invoice bill = fixtures.posted(world.supplier().companyId(), InvoiceKind.INVOICE, Direction.IN, new BigDecimal("40.00"));
        navigate("staff/invoices");

        Grid<InvoiceRow> grid = _get(StaffInvoicesView.class).list().grid();
        List<InvoiceRow> rows = GridKt._fetch(grid, 0, GridKt._size(grid));
        assertThat(rows).extracting(InvoiceRow::number).contains(draft.number(), posted.number(), bill.number());
        assertThat(rows).extracting(InvoiceRow::direction).contains(Direction.IN, Direction.OUT);
        assertThat(rows).extracting(InvoiceRow::companyName).contains(TestWorld.CUSTOMER2_COMPANY, TestWorld.SUPPLIER_COMPANY);

        _setValue(_get(StaffInvoicesView.class).list().direction(), Optional.of(Direction.IN));
        List<InvoiceRow> bills = GridKt._fetch(grid, 0, GridKt._size(grid));
        assertThat(bills).extracting(InvoiceRow::number).contains(bill.number()).doesNotContain(posted.number(), draft.number());
        assertThat(bills).allSatisfy(row -> assertThat(row.direction()).isEqualTo(Direction.IN));
    }

    @Test
    void partialThenFullPayment() {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        navigate("staff/invoices/" + invoice.number());

        register("50.00");
        assertThat(fixtures.reload(invoice).status()).isEqualTo(InvoicePaymentStatus.PARTIALLY_PAID);
        assertThat(fixtures.reload(invoice).paid()).isEqualByComparingTo("50.00");

        register("69.00");
        assertThat(fixtures.reload(invoice).status()).isEqualTo(InvoicePaymentStatus.PAID);
        assertThat(_find(Button.class, spec -> spec.withClasses("invoice-register-payment"))).isEmpty();
    }

    @Test
    void paymentBeyondTheAmountDueIsRefused() {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        navigate("staff/invoices/" + invoice.number());

        register("200.00");

        NotificationsKt.expectNotifications(context.getBean(org.kundenportal.base.i18n.TranslationProvider.class)
                .getTranslation("invoices.payment.exceeds-due", java.util.Locale.GERMAN));
        assertThat(fixtures.reload(invoice).paid()).isEqualByComparingTo("0");
    }

    @Test
    void cancelAnUnpaidInvoice() {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        navigate("staff/invoices/" + invoice.number());

        _click(button("invoice-cancel"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(fixtures.reload(invoice).state()).isEqualTo(InvoiceState.CANCELLED);
        assertThat(fixtures.reload(invoice).status()).isEqualTo(InvoicePaymentStatus.CANCELLED);
        assertThat(_find(Button.class, spec -> spec.withClasses("invoice-cancel"))).isEmpty();
    }

    @Test
    void postAndSendADraft() {
        Invoice draft = fixtures.draft(world.customer().companyId());
        navigate("staff/invoices/" + draft.number());

        _click(button("invoice-post"));

        assertThat(fixtures.reload(draft).state()).isEqualTo(InvoiceState.POSTED);
        GreenMail smtp = context.getBean(GreenMail.class);
        assertThat(Mails.to(smtp, TestWorld.CUSTOMER)).extracting(Mails::subject)
                .anySatisfy(subject -> assertThat(subject).contains(draft.number()));
        assertThat(_find(Button.class, spec -> spec.withClasses("invoice-post"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("invoice-preview"))).hasSize(1);
    }

    @Test
    void staffSeeAStripePaymentWithItsReferenceLinkedToStripesDashboardAndWhatWasRefunded() {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        InvoicePayments payments = context.getBean(InvoicePayments.class);
        long customer = fixtures.db.select(org.kundenportal.db.Tables.APP_USER.ID).from(org.kundenportal.db.Tables.APP_USER)
                .where(org.kundenportal.db.Tables.APP_USER.EMAIL.eq(TestWorld.CUSTOMER)).fetchSingle().value1();
        StripeProvider stripe = context.getBean(StripeProvider.class);
        payments.startCheckout(stripe, invoice, invoice.amountDue(), customer);
        Payment payment = fixtures.invoices.payments(invoice.id()).getFirst();
        String paymentIntent = StripeStub.get().pay(payment.providerReference()).path("payment_intent").asString();
        payments.checkReturn(stripe, payment.id());
        payments.recordRefund(fixtures.invoices.payment(payment.id()).orElseThrow(), new BigDecimal("19.00"));

        navigate("staff/invoices/" + invoice.number());

        @SuppressWarnings("unchecked")
        Grid<Payment> grid = _get(Grid.class, spec -> spec.withClasses("invoice-payments"));
        Anchor reference = (Anchor) GridKt._getCellComponent(grid, 0, "reference");
        assertThat(reference.getText()).isEqualTo(paymentIntent);
        assertThat(reference.getHref()).isEqualTo("https://dashboard.stripe.com/test/payments/" + paymentIntent);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Stripe")
                .anySatisfy(cell -> assertThat(cell).contains("(erstattet 19,00"));
        assertThat(fixtures.reload(invoice).paid()).isEqualByComparingTo("100.00");
    }

    @Test
    void beforePostingStaffSeeWhatTheInvoiceLacksToBeAnEInvoiceAndAfterwardsTheValidatorsVerdict() {
        long company = context.getBean(org.kundenportal.contacts.domain.ContactRepository.class).create(
                org.kundenportal.contacts.domain.NewContact.company("Ohne Adresse GmbH " + System.nanoTime(), null, null,
                        null, null));
        Invoice draft = fixtures.draft(company);
        navigate("staff/invoices/" + draft.number());

        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("einvoice-gaps"))
                .getElement().getTextRecursively())
                .contains("Straße, PLZ und Ort des Kunden", "E-Mail-Adresse des Kunden");

        Invoice posted = fixtures.posted(world.customer().companyId());
        navigate("staff/invoices/" + posted.number());
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("einvoice-gaps"))).isEmpty();
        _click(button("einvoice-check"));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("einvoice-result"))
                .getElement().getTextRecursively()).startsWith("Gültig");
    }

    @Test
    void confirmAnAnnouncedBankTransfer() {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        context.getBean(org.kundenportal.invoices.domain.InvoicePayments.class).announceBankTransfer(invoice,
                fixtures.db.select(org.kundenportal.db.Tables.APP_USER.ID).from(org.kundenportal.db.Tables.APP_USER)
                        .where(org.kundenportal.db.Tables.APP_USER.EMAIL.eq(TestWorld.CUSTOMER)).fetchSingle().value1());
        navigate("staff/invoices/" + invoice.number());

        _click(button("invoice-confirm-transfer"));

        assertThat(fixtures.reload(invoice).status()).isEqualTo(InvoicePaymentStatus.PAID);
        assertThat(_find(Button.class, spec -> spec.withClasses("invoice-confirm-transfer"))).isEmpty();
    }

    @Test
    void customerPreviewButtonOpensThePortalPage() {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        navigate("staff/invoices/" + invoice.number());

        _click(button("invoice-preview"));

        assertThat(_find(InvoiceView.class)).hasSize(1);
        assertThat(_find(org.kundenportal.documents.ui.PreviewBanner.class)).hasSize(1);
    }

    @Test
    void recordAVendorBill() {
        navigate("staff/invoices");
        _click(button("invoice-new-vendor-bill"));
        VendorBillDialog dialog = _get(VendorBillDialog.class);
        @SuppressWarnings("unchecked")
        ComboBox<ContactOption> supplier = _get(dialog, ComboBox.class,
                spec -> spec.withLabel(dialog.getTranslation("invoices.field.supplier")));
        _setValue(supplier, new ContactOption(world.supplier().companyId(), TestWorld.SUPPLIER_COMPANY));
        _setValue(_get(dialog, TextField.class, spec -> spec.withClasses("vendor-reference")), "PC-TEST-1");
        dialog.lines().setLines(List.of(DocumentLine.product("PAP-A4", "Kopierpapier", BigDecimal.TEN, "Karton",
                new BigDecimal("20.00"), BigDecimal.ZERO, new BigDecimal("19"))));

        _click(button("vendor-bill-submit"));

        StaffInvoiceView view = _get(StaffInvoiceView.class);
        assertThat(view.getElement().getTextRecursively()).contains("PC-TEST-1", TestWorld.SUPPLIER_COMPANY);
        Invoice bill = fixtures.invoices.page(org.kundenportal.base.security.PortalScope.staff(), true,
                new org.kundenportal.invoices.domain.InvoiceFilter(new org.kundenportal.documents.domain.DocumentFilter<>(
                        "PC-TEST-1", null, null, null, null), Direction.IN), 0, 1, List.of()).stream()
                .findFirst().map(row -> fixtures.reload(fixtures.find(row.number()))).orElseThrow();
        assertThat(bill.direction()).isEqualTo(Direction.IN);
        assertThat(bill.state()).isEqualTo(InvoiceState.POSTED);
        assertThat(bill.total()).isEqualByComparingTo("238.00");
    }

    @Test
    void customerCannotOpenTheStaffPages() {
        login(TestWorld.CUSTOMER);
        navigate("staff/invoices");
        assertThat(_find(StaffInvoicesView.class)).isEmpty();
    }
}
