package org.kundenportal.base.i18n;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.invoices.InvoiceFixtures;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.InvoiceKind;
import org.kundenportal.orders.OrderFixtures;
import org.kundenportal.orders.domain.OrderSource;
import org.kundenportal.purchasing.PurchasingFixtures;
import org.kundenportal.tickets.domain.TicketFixtures;
import org.kundenportal.tickets.domain.TicketState;
import org.kundenportal.wallets.domain.NewWalletCard;
import org.kundenportal.wallets.domain.WalletService;
import org.kundenportal.wallets.domain.WalletTransaction;
import org.kundenportal.wallets.domain.WalletTransactionKind;
import org.kundenportal.wallets.domain.WalletType;
import org.kundenportal.wallets.ui.WalletsView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Walks the views as each of the test world's users, over documents of every kind and state made for them, and fails when a visible text holds an enum constant of the app written as in
 * the code ({@code WAITING_FOR_CUSTOMER}) instead of its translation: a view or a stored text that shows
 * {@code name()}.
 */
class NoRawEnumNamesTest extends KaribuTest {

    /** Constants of two words or more: single words (NEW, CARD) are too often ordinary text or codes. */
    private static final Pattern CODE_NAME = Pattern.compile("\\b[A-Z]+(?:_[A-Z]+)+\\b");
    private static final int ROWS_PER_GRID = 15;

    private static Set<String> enumConstants;

    /** A unit of measure the app knows, in German after a quantity ("1,5 Std.", "2 Karton"). */
    private static final Pattern GERMAN_UNIT = Pattern.compile("\\d (Stk\\.?|Std\\.|Monat|Karton)(?=\\s|$)");
    /** The wallet transaction kinds in German. */
    private static final Pattern GERMAN_WALLET_TEXT = Pattern.compile("Aufladung|Einkauf|Geschenkkarte|Prämie");

    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void collectTheAppsEnumConstants() {
        enumConstants = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.kundenportal").stream()
                .filter(JavaClass::isEnum)
                .flatMap(type -> type.getEnumConstants().stream().map(constant -> constant.name()))
                .filter(name -> CODE_NAME.matcher(name).matches())
                .collect(Collectors.toSet());
        assertThat(enumConstants).as("the scan found the app's enums").contains("WAITING_FOR_CUSTOMER", "IN_PROGRESS");
    }

    @Test
    void customerViews() {
        assertNoRawNames(TestWorld.CUSTOMER, withDetails("tickets/", "invoices/"));
    }

    @Test
    void otherPortalUsersViews() {
        InvoiceFixtures invoices = new InvoiceFixtures(context);
        TicketFixtures tickets = new TicketFixtures(context);
        long customer2 = world.customer2().companyId();
        invoices.posted(customer2);
        invoices.overdue(customer2);
        new OrderFixtures(context).order(customer2, "SENT", OrderSource.BACK_OFFICE, false);
        invoices.posted(world.partnerCustomer().companyId());
        tickets.ticket(world.partnerCustomer().companyId(), TicketState.WAITING_FOR_CUSTOMER, "Enum " + System.nanoTime());
        invoices.posted(world.supplier().companyId(), InvoiceKind.INVOICE, Direction.IN, new BigDecimal("80.00"));
        PurchasingFixtures purchasing = new PurchasingFixtures(context);
        long staffId = world.staff().userId();
        String order = purchasing.service.create(purchasing.draft(new PurchasingFixtures.Supplier(world.supplier().companyId(),
                world.supplier().contactId(), TestWorld.SUPPLIER, world.supplier().userId()), PurchasingFixtures.lines()), staffId);
        purchasing.service.send(purchasing.order(order).id(), staffId);

        for (String user : List.of(TestWorld.CUSTOMER2, TestWorld.PARTNER, TestWorld.SUPPLIER)) {
            assertNoRawNames(user, List.of());
        }
    }

    @Test
    void staffViews() {
        assertNoRawNames(TestWorld.STAFF, withDetails("staff/tickets/", "staff/invoices/"));
    }

    @Test
    void adminViews() {
        assertNoRawNames(TestWorld.ADMIN, withDetails("staff/tickets/", "staff/invoices/"));
    }

    /** The known units and the wallet transaction kinds are the app's codes, shown in English; free text stays. */
    @Test
    void theEnglishUiShowsNoGermanUnitsOrWalletTexts() {
        long company = world.customer().companyId();
        List<String> paths = new ArrayList<>();
        paths.add("invoices/" + new InvoiceFixtures(context).posted(company).number());
        paths.add("orders/" + new OrderFixtures(context).confirmed(company).number());
        String cardCode = walletCardWithEveryKindOfTransaction(company);
        login(TestWorld.CUSTOMER);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        List<String> found = new ArrayList<>();
        StringBuilder shown = new StringBuilder();
        for (String path : paths) {
            navigate(path);
            String text = visibleText();
            shown.append(text);
            GERMAN_UNIT.matcher(text).results().forEach(unit -> found.add("/" + path + ": " + unit.group()));
        }
        assertThat(shown.toString()).as("the documents show units at all").containsPattern("\\d (pc|h|mo\\.|box)(\\s|$)");

        navigate("wallets");
        @SuppressWarnings("unchecked")
        Grid<Object> cards = _find(_find(WalletsView.class).getFirst(), Grid.class).getFirst();
        // only this test's card: other tests book free texts, which are shown as sent, on cards of their own
        StringBuilder transactions = new StringBuilder();
        for (int row = 0; row < GridKt._size(cards); row++) {
            Button code = (Button) GridKt._getCellComponent(cards, row, "code");
            if (!code.getText().equals(cardCode)) {
                continue;
            }
            _click(code);
            String text = visibleText();
            GERMAN_WALLET_TEXT.matcher(text).results().forEach(word -> found.add("/wallets: " + word.group()));
            transactions.append(text);
            _find(Dialog.class).forEach(Dialog::close);
        }
        assertThat(transactions.toString()).as("the cards' transactions").contains("Top-up", "Purchase", "Gift card issued");
        assertThat(found).as("German units and wallet texts in the English UI").isEmpty();
    }

    /** A gift card of the company whose history holds the kinds of booking a POS sends as codes; returns its code. */
    private String walletCardWithEveryKindOfTransaction(long companyId) {
        String code = "TW-ENUM-" + System.nanoTime();
        LocalDate today = LocalDate.now(Formats.ZONE);
        context.getBean(WalletService.class).issue(new NewWalletCard(companyId, WalletType.GIFT_CARD, code, null,
                new BigDecimal("42.00"), null, Formats.EURO, today.plusYears(1), false, true, false, true), List.of(
                new WalletTransaction(today.minusDays(3), WalletTransactionKind.GIFT_CARD_ISSUED.name(), new BigDecimal("50.00"), null, null),
                new WalletTransaction(today.minusDays(2), WalletTransactionKind.TOP_UP.name(), new BigDecimal("10.00"), null, null),
                new WalletTransaction(today.minusDays(1), WalletTransactionKind.PURCHASE.name(), new BigDecimal("-18.00"), null, "TB-1")));
        return code;
    }

    /** The world customer's tickets in every state and invoices, as detail pages under the prefixes. */
    private List<String> withDetails(String ticketPrefix, String invoicePrefix) {
        long company = world.customer().companyId();
        TicketFixtures tickets = new TicketFixtures(context);
        InvoiceFixtures invoices = new InvoiceFixtures(context);
        List<String> paths = new ArrayList<>();
        for (TicketState state : TicketState.values()) {
            paths.add(ticketPrefix + tickets.ticket(company, state, "Enum " + state.name().toLowerCase()).number());
        }
        paths.add(invoicePrefix + invoices.posted(company).number());
        paths.add(invoicePrefix + invoices.overdue(company).number());
        paths.add(invoicePrefix + invoices.posted(company, InvoiceKind.CREDIT_NOTE, Direction.OUT, new BigDecimal("20.00")).number());
        return paths;
    }

    private void assertNoRawNames(String email, List<String> detailPaths) {
        login(email);
        List<String> paths = new ArrayList<>(RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> route.getRouteParameters().isEmpty())
                .map(RouteData::getTemplate)
                .filter(path -> !path.equals("logout"))
                .sorted().toList());
        paths.addAll(detailPaths);
        List<String> found = new ArrayList<>();
        for (String path : paths) {
            navigate(path);
            rawNames(visibleText()).forEach(name -> found.add(email + " /" + path + ": " + name));
        }
        assertThat(found).as("enum names shown as they are written in the code").isEmpty();
    }

    /**
     * The UI's text, and the first rows of its grids (their cells are not elements on the server). The UI's own
     * element does not hold the views and dialogs (Vaadin keeps them under a wrapper element), its children do.
     */
    @SuppressWarnings("unchecked")
    private static String visibleText() {
        StringBuilder text = new StringBuilder();
        UI.getCurrent().getChildren().forEach(child -> text.append(child.getElement().getTextRecursively()).append('\n'));
        for (Grid<Object> grid : (List<Grid<Object>>) (List<?>) _find(Grid.class)) {
            int rows = Math.min(GridKt._size(grid), ROWS_PER_GRID);
            for (int row = 0; row < rows; row++) {
                text.append('\n').append(String.join(" ", GridKt._getFormattedRow(grid, row)));
            }
        }
        return text.toString();
    }

    private static Set<String> rawNames(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = CODE_NAME.matcher(text);
        while (matcher.find()) {
            if (enumConstants.contains(matcher.group())) {
                names.add(matcher.group());
            }
        }
        return names;
    }
}
