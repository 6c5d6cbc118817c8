package org.kundenportal.invoices.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.INVOICE;
import static org.kundenportal.db.Tables.SALE_ORDER;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestAccounts;
import org.kundenportal.TestWorld;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.contacts.domain.NewContact;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.documents.domain.SaleOrderState;
import org.kundenportal.documents.ui.PreviewBanner;
import org.kundenportal.invoices.InvoiceFixtures;
import org.kundenportal.invoices.StripeStub;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.InvoiceKind;
import org.kundenportal.invoices.domain.InvoicePayments;
import org.kundenportal.invoices.domain.PaymentAttemptState;
import org.kundenportal.invoices.domain.PaymentMethod;
import org.kundenportal.invoices.domain.payment.PaymentProviders.ProviderSetting;
import org.kundenportal.invoices.domain.payment.StripeProvider;
import org.kundenportal.users.domain.NewUser;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.security.crypto.password.PasswordEncoder;

class InvoiceViewTest extends KaribuTest {

    InvoiceFixtures fixtures;
    Invoice invoice;

    @BeforeEach
    void freshInvoice() {
        fixtures = new InvoiceFixtures(context);
        invoice = fixtures.posted(world.customer().companyId());
    }

    @AfterEach
    void bankTransferStaysEnabled() {
        fixtures.enableBankTransfer(true);
        fixtures.setProviderEnabled(StripeProvider.CODE, false);
    }

    private boolean hasPayButton() {
        return !_find(Button.class, spec -> spec.withClasses("invoice-pay")).isEmpty();
    }

    @Test
    void detailShowsHeaderTotalsAndPdfLinks() {
        login(TestWorld.CUSTOMER);
        navigate("invoices/" + invoice.number());

        InvoiceView view = _get(InvoiceView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains(invoice.number(), "Rechnung", TestWorld.CUSTOMER_COMPANY, "Offener Betrag");
        assertThat(_find(Span.class, spec -> spec.withClasses("invoice-status-not_paid"))).hasSize(1);
        assertThat(_find(org.kundenportal.documents.ui.PdfLinks.class)).hasSize(1);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("xrechnung-download"))
                .getHref()).isEqualTo("/documents/invoice/" + invoice.number() + ".xml");
    }

    @Test
    void payDialogShowsBankDetailsAndTheGiroCode() {
        login(TestWorld.CUSTOMER);
        navigate("invoices/" + invoice.number());

        _click(_get(Button.class, spec -> spec.withClasses("invoice-pay")));

        PayDialog dialog = _get(PayDialog.class);
        assertThat(_find(Image.class, spec -> spec.withClasses("qr-code"))).hasSize(1);
        assertThat(dialog.getElement().getTextRecursively()).contains(invoice.number(), "DE02 2005 0550 1015 8713 93");

        _click(_get(Button.class, spec -> spec.withClasses("pay-announce")));

        assertThat(fixtures.invoices.payments(invoice.id())).singleElement().satisfies(payment -> {
            assertThat(payment.method()).isEqualTo(PaymentMethod.BANK_TRANSFER);
            assertThat(payment.state()).isEqualTo(PaymentAttemptState.PENDING);
            assertThat(payment.amount()).isEqualByComparingTo("119.00");
        });
    }

    @Test
    void payingWithStripeOpensACheckoutSessionForTheAmountDue() {
        fixtures.setProviderEnabled(StripeProvider.CODE, true);
        login(TestWorld.CUSTOMER);
        navigate("invoices/" + invoice.number());
        _click(_get(Button.class, spec -> spec.withClasses("invoice-pay")));

        @SuppressWarnings("unchecked")
        RadioButtonGroup<ProviderSetting> choice = _get(RadioButtonGroup.class);
        _setValue(choice, choice.getListDataView().getItems()
                .filter(setting -> setting.provider().code().equals(StripeProvider.CODE)).findFirst().orElseThrow());
        assertThat(_find(BigDecimalField.class)).isEmpty();
        _click(_get(Button.class, spec -> spec.withClasses("pay-stripe")));

        assertThat(fixtures.invoices.payments(invoice.id())).singleElement().satisfies(payment -> {
            assertThat(payment.method()).isEqualTo(PaymentMethod.STRIPE);
            assertThat(payment.state()).isEqualTo(PaymentAttemptState.PENDING);
            assertThat(StripeStub.get().session(payment.providerReference()).path("amount_total").asLong()).isEqualTo(11900);
        });
    }

    @Test
    void noPayButtonWithoutAnEnabledProvider() {
        fixtures.enableBankTransfer(false);
        login(TestWorld.CUSTOMER);
        navigate("invoices/" + invoice.number());

        assertThat(_find(InvoiceView.class)).hasSize(1);
        assertThat(hasPayButton()).isFalse();
    }

    @Test
    void noPayButtonOnAPaidInvoice() {
        context.getBean(InvoicePayments.class).register(invoice, invoice.amountDue(), LocalDate.now(Formats.ZONE), null,
                fixtures.db.select(org.kundenportal.db.Tables.APP_USER.ID).from(org.kundenportal.db.Tables.APP_USER)
                        .where(org.kundenportal.db.Tables.APP_USER.EMAIL.eq(TestWorld.STAFF)).fetchSingle().value1());
        login(TestWorld.CUSTOMER);
        navigate("invoices/" + invoice.number());

        assertThat(hasPayButton()).isFalse();
        assertThat(_find(Span.class, spec -> spec.withClasses("invoice-status-paid"))).hasSize(1);
    }

    @Test
    void staffSeeTheCustomerPreviewWithoutActions() {
        login(TestWorld.STAFF);
        navigate("invoices/" + invoice.number());

        assertThat(_find(PreviewBanner.class)).hasSize(1);
        assertThat(hasPayButton()).isFalse();
        assertThat(viewedEvents()).isZero();
    }

    @Test
    void customerViewIsRecordedOncePerDay() {
        login(TestWorld.CUSTOMER);
        navigate("invoices/" + invoice.number());
        navigate("invoices");
        navigate("invoices/" + invoice.number());

        assertThat(viewedEvents()).isEqualTo(1);
    }

    private int viewedEvents() {
        return fixtures.db.fetchCount(org.kundenportal.db.Tables.HISTORY_ENTRY,
                org.kundenportal.db.Tables.HISTORY_ENTRY.DOCUMENT_TYPE.eq(DocumentType.INVOICE),
                org.kundenportal.db.Tables.HISTORY_ENTRY.DOCUMENT_ID.eq(invoice.id()),
                org.kundenportal.db.Tables.HISTORY_ENTRY.EVENT.eq("VIEWED"));
    }

    @Test
    void prepaymentInvoiceOfAQuoteOpensWithTheQuotesAreaAlone() {
        long company = world.customer().companyId();
        long quote = fixtures.db.insertInto(SALE_ORDER).set(SALE_ORDER.NUMBER, "AN-TEST-" + System.nanoTime())
                .set(SALE_ORDER.STATE, SaleOrderState.SENT).set(SALE_ORDER.CUSTOMER_COMPANY_ID, company)
                .set(SALE_ORDER.QUOTE_DATE, LocalDate.now(Formats.ZONE)).returning(SALE_ORDER.ID).fetchSingle(SALE_ORDER.ID);
        Invoice prepayment = fixtures.posted(company, InvoiceKind.PREPAYMENT, Direction.OUT, BigDecimal.TEN);
        fixtures.db.update(INVOICE).set(INVOICE.SALE_ORDER_ID, quote).where(INVOICE.ID.eq(prepayment.id())).execute();
        String email = TestAccounts.uniqueEmail("quotes-only");
        long person = context.getBean(ContactRepository.class).create(NewContact.person(company, "Quentin Quote", email, null, "de"));
        context.getBean(UserRepository.class).create(new NewUser(email, "Quentin Quote", UserKind.PORTAL, person,
                context.getBean(PasswordEncoder.class).encode(TestAccounts.PASSWORD), "de", Set.of(Role.CUSTOMER),
                Set.of(AreaPermission.QUOTES)));

        login(email, TestAccounts.PASSWORD);
        navigate("invoices/" + prepayment.number());
        assertThat(_find(InvoiceView.class)).hasSize(1);

        navigate("invoices/" + invoice.number());
        assertThat(_find(InvoiceView.class)).isEmpty();
        navigate("invoices");
        assertThat(_find(InvoicesView.class)).isEmpty();
    }
}
