package org.kundenportal.quotes.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.util.Set;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestAccounts;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.contacts.domain.NewContact;
import org.kundenportal.documents.domain.SaleOrderState;
import org.kundenportal.users.domain.NewUser;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.kundenportal.base.signature.SignatureImages;
import org.kundenportal.base.ui.NotFoundView;
import org.kundenportal.base.ui.SignaturePad;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.documents.ui.PreviewBanner;
import org.kundenportal.quotes.QuoteFixtures;
import org.kundenportal.quotes.domain.Quote;
import org.kundenportal.quotes.domain.QuoteRow;
import org.kundenportal.quotes.domain.QuoteService;
import org.kundenportal.quotes.domain.QuoteStatus;

class QuotesViewTest extends KaribuTest {

    QuoteFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new QuoteFixtures(context);
    }

    private static String text(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    @SuppressWarnings("unchecked")
    private static List<QuoteRow> rows() {
        QuoteGrid grid = _get(QuoteGrid.class);
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(Notification::getElement)
                .map(element -> element.getProperty("text")).toList();
    }

    @Test
    void theCustomerListsTheCompanysQuotesWithoutDraftsOrOrders() {
        long company = world.customer().companyId();
        Quote open = fixtures.sent(company, true, false);
        Quote draft = fixtures.draft(company, true, false);
        Quote expired = fixtures.expire(fixtures.sent(company, true, false));
        Quote declined = fixtures.sent(company, true, false);
        context.getBean(QuoteService.class).decline(fixtures.scope(TestWorld.CUSTOMER), declined.id(),
                world.customer().userId(), "Wir haben uns anders entschieden.");
        login(TestWorld.CUSTOMER);
        navigate("quotes");

        List<QuoteRow> rows = rows();

        assertThat(rows).extracting(QuoteRow::number).contains(open.number(), expired.number(), declined.number())
                .doesNotContain(draft.number());
        assertThat(rows).extracting(QuoteRow::status).isSubsetOf(QuoteStatus.PORTAL)
                .contains(QuoteStatus.OPEN, QuoteStatus.EXPIRED, QuoteStatus.CANCELLED);
        assertThat(_get(QuoteGrid.class).getColumnByKey("customer")).isNull();
    }

    @Test
    void thePartnerSeesTheCustomerColumn() {
        fixtures.sent(world.partnerCustomer().companyId(), true, false);
        login(TestWorld.PARTNER);
        navigate("quotes");

        assertThat(_get(QuoteGrid.class).getColumnByKey("customer")).isNotNull();
        assertThat(rows()).extracting(QuoteRow::customerName).contains(TestWorld.PARTNER_CUSTOMER_COMPANY);
    }

    @Test
    void acceptAndSignWithADrawnSignatureConfirmsTheQuote() {
        Quote quote = fixtures.sent(world.customer().companyId(), true, false);
        login(TestWorld.CUSTOMER);
        navigate("quotes/" + quote.number());

        _click(_get(Button.class, spec -> spec.withId("quote-accept")));
        _get(SignaturePad.class).setValue(SignatureImages.scribble(3));
        _click(_get(Button.class, spec -> spec.withId("accept-confirm")));

        Quote order = fixtures.byNumber(quote.number());
        assertThat(order.state()).isEqualTo(SaleOrderState.CONFIRMED);
        assertThat(order.hasSignatureImage()).isTrue();
        assertThat(order.signedName()).isEqualTo("Clara Kunde");
        // the page then moves on to the order, whose view the orders feature makes (the browser test follows it)
        assertThat(notifications()).contains(text("quotes.accepted"));
    }

    @Test
    void aCustomerWithTheOrdersAreaIsTakenToTheNewOrder() {
        Quote quote = fixtures.sent(world.customer().companyId(), false, false);
        login(TestWorld.CUSTOMER);
        navigate("quotes/" + quote.number());

        _click(_get(Button.class, spec -> spec.withId("quote-accept")));
        _click(_get(Button.class, spec -> spec.withId("accept-confirm")));

        assertThat(_find(org.kundenportal.orders.ui.OrderView.class)).hasSize(1);
    }

    /** The order page would only say "no access": the quote stays, with the order's number. */
    @Test
    void aCustomerWithoutTheOrdersAreaStaysOnTheQuoteAndReadsTheOrderNumber() {
        Quote quote = fixtures.sent(world.customer().companyId(), false, false);
        String email = TestAccounts.uniqueEmail("quotes-only");
        long person = context.getBean(ContactRepository.class).create(
                NewContact.person(world.customer().companyId(), "Quentin Quote", email, null, "de"));
        context.getBean(UserRepository.class).create(new NewUser(email, "Quentin Quote", UserKind.PORTAL, person,
                context.getBean(PasswordEncoder.class).encode(TestAccounts.PASSWORD), "de", Set.of(Role.CUSTOMER),
                Set.of(AreaPermission.QUOTES)));
        login(email, TestAccounts.PASSWORD);
        navigate("quotes/" + quote.number());

        _click(_get(Button.class, spec -> spec.withId("quote-accept")));
        _click(_get(Button.class, spec -> spec.withId("accept-confirm")));

        assertThat(fixtures.state(quote)).isEqualTo("CONFIRMED");
        assertThat(_find(QuoteView.class)).hasSize(1);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("quote-accepted-order"))
                .getElement().getTextRecursively()).isEqualTo(text("quotes.accepted-order", quote.number()));
        assertThat(_find(Button.class, spec -> spec.withId("quote-accept"))).isEmpty();
    }

    @Test
    void acceptingWithoutDrawingAsksForASignatureAndTheTypedNameWorks() {
        Quote quote = fixtures.sent(world.customer().companyId(), true, false);
        login(TestWorld.CUSTOMER);
        navigate("quotes/" + quote.number());

        _click(_get(Button.class, spec -> spec.withId("quote-accept")));
        _click(_get(Button.class, spec -> spec.withId("accept-confirm")));

        assertThat(fixtures.state(quote)).isEqualTo("SENT");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("accept-signature-error"))
                .getText()).isEqualTo(text("quotes.accept.signature-required"));

        _setValue(_get(Checkbox.class, spec -> spec.withId("accept-typed")), true);
        assertThat(_get(com.vaadin.flow.component.html.Image.class, spec -> spec.withId("accept-typed-preview")).getSrc())
                .startsWith("data:image/png;base64,");
        _click(_get(Button.class, spec -> spec.withId("accept-confirm")));

        assertThat(fixtures.state(quote)).isEqualTo("CONFIRMED");
        assertThat(fixtures.byNumber(quote.number()).hasSignatureImage()).isTrue();
    }

    @Test
    void declineNeedsAReasonThenShowsTheCancelledBanner() {
        Quote quote = fixtures.sent(world.customer().companyId(), true, false);
        login(TestWorld.CUSTOMER);
        navigate("quotes/" + quote.number());

        _click(_get(Button.class, spec -> spec.withId("quote-decline")));
        _click(_get(Button.class, spec -> spec.withId("decline-confirm")));

        TextArea reason = _get(TextArea.class, spec -> spec.withId("decline-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(fixtures.state(quote)).isEqualTo("SENT");

        _setValue(reason, "Das Budget ist dieses Jahr aufgebraucht.");
        _click(_get(Button.class, spec -> spec.withId("decline-confirm")));

        assertThat(fixtures.state(quote)).isEqualTo("CANCELLED");
        assertThat(_find(Button.class, spec -> spec.withId("quote-accept"))).isEmpty();
        assertThat(_get(QuoteView.class).getElement().getTextRecursively())
                .contains(text("quotes.banner.cancelled"))
                .contains("Das Budget ist dieses Jahr aufgebraucht.");
        assertThat(_find(FeedbackForm.class)).hasSize(1);
    }

    @Test
    void anExpiredQuoteHasNoAcceptButton() {
        Quote quote = fixtures.expire(fixtures.sent(world.customer().companyId(), true, false));
        login(TestWorld.CUSTOMER);
        navigate("quotes/" + quote.number());

        assertThat(_find(Button.class, spec -> spec.withId("quote-accept"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("quote-decline"))).isEmpty();
        assertThat(_get(QuoteView.class).getElement().getTextRecursively()).contains(text("quotes.banner.expired",
                org.kundenportal.base.i18n.Formats.date(quote.validUntil(), UI.getCurrent().getLocale())));
    }

    @Test
    void aPrepaymentQuoteLinksToItsInvoiceAfterAccepting() {
        Quote quote = fixtures.sent(world.customer().companyId(), false, true);
        login(TestWorld.CUSTOMER);
        navigate("quotes/" + quote.number());

        _click(_get(Button.class, spec -> spec.withId("quote-accept")));
        assertThat(_find(SignaturePad.class)).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("accept-confirm")));

        assertThat(fixtures.byNumber(quote.number()).status()).isEqualTo(QuoteStatus.AWAITING_PAYMENT);
        assertThat(_get(Anchor.class, spec -> spec.withId("quote-pay-prepayment")).getHref()).startsWith("invoices/AZ-");
    }

    /** The company issues the prepayment invoice: its history entry must not claim the customer did. */
    @Test
    void theHistorySaysThePrepaymentInvoiceWasCreatedAutomaticallyNotByTheCustomer() {
        Quote quote = fixtures.sent(world.customer().companyId(), false, true);
        login(TestWorld.CUSTOMER);
        navigate("quotes/" + quote.number());
        _click(_get(Button.class, spec -> spec.withId("quote-accept")));
        _click(_get(Button.class, spec -> spec.withId("accept-confirm")));
        String invoice = _get(Anchor.class, spec -> spec.withId("quote-pay-prepayment")).getHref().substring("invoices/".length());

        navigate("quotes/" + quote.number());
        assertThat(historyEntryNaming(invoice)).contains("Anzahlungsrechnung automatisch erstellt")
                .doesNotContain("Clara Kunde");
        navigate("invoices/" + invoice);
        assertThat(historyEntryNaming(quote.number())).contains("Anzahlungsrechnung automatisch erstellt")
                .doesNotContain("Clara Kunde");

        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate("quotes/" + quote.number());
        assertThat(historyEntryNaming(invoice)).contains("Prepayment invoice created automatically")
                .doesNotContain("Clara Kunde");
    }

    /** The text of the one history entry on the page that mentions the given number. */
    private static String historyEntryNaming(String number) {
        return _find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("history-entry")).stream()
                .map(entry -> entry.getElement().getTextRecursively())
                .filter(text -> text.contains(number))
                .reduce((first, second) -> {
                    throw new AssertionError("More than one entry names " + number);
                })
                .orElseThrow(() -> new AssertionError("No history entry names " + number));
    }

    @Test
    void openingRecordsOneViewedEventPerDay() {
        Quote quote = fixtures.sent(world.customer().companyId(), true, false);
        login(TestWorld.CUSTOMER);

        navigate("quotes/" + quote.number());
        navigate("quotes");
        navigate("quotes/" + quote.number());

        assertThat(fixtures.events(quote, "VIEWED")).isEqualTo(1);
    }

    @Test
    void staffPreviewShowsTheBannerNoActionsAndRecordsNoView() {
        Quote quote = fixtures.sent(world.customer().companyId(), true, false);
        login(TestWorld.STAFF);
        navigate("quotes/" + quote.number());

        assertThat(_find(PreviewBanner.class)).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("quote-accept"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("quote-decline"))).isEmpty();
        assertThat(fixtures.events(quote, "VIEWED")).isZero();
    }

    @Test
    void anotherCompanysUserGetsNotFound() {
        Quote quote = fixtures.sent(world.customer().companyId(), true, false);
        login(TestWorld.CUSTOMER2);
        navigate("quotes/" + quote.number());

        assertThat(_find(QuoteView.class)).isEmpty();
        assertThat(_find(NotFoundView.class)).hasSize(1);
    }

    @Test
    void thePartnerOpensItsCustomersQuote() {
        Quote quote = fixtures.sent(world.partnerCustomer().companyId(), true, false);
        login(TestWorld.PARTNER);
        navigate("quotes/" + quote.number());

        assertThat(_get(QuoteView.class).quote().number()).isEqualTo(quote.number());
        assertThat(_find(Button.class, spec -> spec.withId("quote-accept"))).hasSize(1);
    }

    @Test
    void staffListShowsDraftsAndFiltersByCompany() {
        Quote draft = fixtures.draft(world.customer2().companyId(), true, false);
        login(TestWorld.STAFF);
        navigate("staff/quotes");

        @SuppressWarnings("unchecked")
        ComboBox<ContactOption> company = _get(ComboBox.class, spec -> spec.withId("staff-quotes-company"));
        _setValue(company, new ContactOption(draft.customerId(), TestWorld.CUSTOMER2_COMPANY));

        assertThat(rows()).extracting(QuoteRow::number).contains(draft.number());
        assertThat(rows()).extracting(QuoteRow::customerName).containsOnly(TestWorld.CUSTOMER2_COMPANY);
    }

    @Test
    void staffCreateADraftAndCannotSendItWithoutLines() {
        login(TestWorld.STAFF);
        navigate("staff/quotes/new");

        @SuppressWarnings("unchecked")
        ComboBox<ContactOption> customer = _get(ComboBox.class, spec -> spec.withId("editor-customer"));
        _setValue(customer, new ContactOption(world.customer2().companyId(), TestWorld.CUSTOMER2_COMPANY));
        _setValue(_get(TextField.class, spec -> spec.withId("editor-reference")), "Karibu-Entwurf");
        _click(_get(Button.class, spec -> spec.withId("editor-save")));

        Quote saved = _get(QuoteEditorView.class).quote();
        assertThat(saved).isNotNull();
        assertThat(saved.reference()).isEqualTo("Karibu-Entwurf");
        assertThat(saved.status()).isEqualTo(QuoteStatus.DRAFT);

        _click(_get(Button.class, spec -> spec.withId("editor-send")));
        assertThat(notifications()).contains(text("quotes.send.no-lines"));
        assertThat(fixtures.state(saved)).isEqualTo("DRAFT");
    }

    @Test
    void staffWriteLinesSaveAndSendTheQuoteToTheCustomer() {
        login(TestWorld.STAFF);
        navigate("staff/quotes/new");
        @SuppressWarnings("unchecked")
        ComboBox<ContactOption> customer = _get(ComboBox.class, spec -> spec.withId("editor-customer"));
        _setValue(customer, new ContactOption(world.customer().companyId(), TestWorld.CUSTOMER_COMPANY));

        _click(_get(Button.class, spec -> spec.withText(text("documents.editor.add-product"))));
        _setValue(_get(TextArea.class, spec -> spec.withLabel(text("documents.line.description"))), "Bondrucker Thermo 80 mm");
        _setValue(_get(com.vaadin.flow.component.textfield.BigDecimalField.class,
                spec -> spec.withLabel(text("documents.line.unit-price"))), new java.math.BigDecimal("289"));
        _click(_get(Button.class, spec -> spec.withId("editor-save")));
        Quote saved = _get(QuoteEditorView.class).quote();
        assertThat(saved.total()).isEqualByComparingTo("343.91");

        _click(_get(Button.class, spec -> spec.withId("editor-send")));

        assertThat(fixtures.state(saved)).isEqualTo("SENT");
        assertThat(fixtures.events(saved, "SENT")).isEqualTo(1);
    }

    @Test
    void staffSendAQuoteAndTakeItBackToDraft() {
        Quote draft = fixtures.draft(world.customer().companyId(), true, false);
        login(TestWorld.STAFF);
        navigate("staff/quotes/" + draft.number());

        _click(_get(Button.class, spec -> spec.withId("editor-send")));
        assertThat(fixtures.state(draft)).isEqualTo("SENT");
        assertThat(_find(Button.class, spec -> spec.withId("editor-save"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("editor-back-to-draft")));
        assertThat(fixtures.state(draft)).isEqualTo("DRAFT");

        _click(_get(Button.class, spec -> spec.withId("editor-preview")));
        assertThat(_find(PreviewBanner.class)).hasSize(1);
    }
}
