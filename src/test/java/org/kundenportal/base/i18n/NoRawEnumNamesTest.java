package org.kundenportal.base.i18n;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.kundenportal.db.Tables.INVOICE;
import static org.kundenportal.db.Tables.SALE_ORDER;
import static org.kundenportal.db.Tables.TICKET;

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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.demo.DemoData;
import org.kundenportal.documents.domain.SaleOrderState;
import org.kundenportal.orders.OrderFixtures;
import org.kundenportal.wallets.ui.WalletsView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Walks the views as each demo user and fails when a visible text holds an enum constant of the app written as in
 * the code ({@code WAITING_FOR_CUSTOMER}) instead of its translation: a view or a stored text that shows
 * {@code name()}.
 */
class NoRawEnumNamesTest extends KaribuTest {

    /** Constants of two words or more: single words (NEW, CARD) are too often ordinary text or codes. */
    private static final Pattern CODE_NAME = Pattern.compile("\\b[A-Z]+(?:_[A-Z]+)+\\b");
    private static final int ROWS_PER_GRID = 15;
    private static final int DETAILS_PER_KIND = 8;

    private static Set<String> enumConstants;

    /** A unit of measure the app knows, in German after a quantity ("1,5 Std.", "2 Karton"). */
    private static final Pattern GERMAN_UNIT = Pattern.compile("\\d (Stk\\.?|Std\\.|Monat|Karton)(?=\\s|$)");
    /** The wallet transaction kinds in German. */
    private static final Pattern GERMAN_WALLET_TEXT = Pattern.compile("Aufladung|Einkauf|Geschenkkarte|Prämie");

    @Autowired
    DSLContext db;
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
        assertNoRawNames(DemoData.CUSTOMER, withDetails("tickets/", "invoices/"));
    }

    @Test
    void otherPortalUsersViews() {
        for (String user : List.of(DemoData.CUSTOMER2, DemoData.PARTNER, DemoData.SUPPLIER)) {
            assertNoRawNames(user, List.of());
        }
    }

    @Test
    void staffViews() {
        assertNoRawNames(DemoData.STAFF, withDetails("staff/tickets/", "staff/invoices/"));
    }

    @Test
    void adminViews() {
        assertNoRawNames(DemoData.ADMIN, List.of());
    }

    /** The known units and the wallet transaction kinds are the app's codes, shown in English; free text stays. */
    @Test
    void theEnglishUiShowsNoGermanUnitsOrWalletTexts() {
        long bakery = new OrderFixtures(context).bakery();
        login(DemoData.CUSTOMER);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        List<String> paths = new ArrayList<>();
        db.select(INVOICE.NUMBER).from(INVOICE).where(INVOICE.COMPANY_ID.eq(bakery)).orderBy(INVOICE.ID)
                .limit(DETAILS_PER_KIND).fetch(INVOICE.NUMBER).forEach(number -> paths.add("invoices/" + number));
        db.select(SALE_ORDER.NUMBER).from(SALE_ORDER)
                .where(SALE_ORDER.CUSTOMER_COMPANY_ID.eq(bakery), SALE_ORDER.STATE.eq(SaleOrderState.CONFIRMED)).orderBy(SALE_ORDER.ID)
                .limit(DETAILS_PER_KIND).fetch(SALE_ORDER.NUMBER).forEach(number -> paths.add("orders/" + number));
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
        // only the demo's cards (…-SONNE-…): other tests book free texts, which are shown as sent, on cards of their own
        StringBuilder transactions = new StringBuilder();
        for (int row = 0; row < GridKt._size(cards); row++) {
            Button code = (Button) GridKt._getCellComponent(cards, row, "code");
            if (!code.getText().contains("-SONNE-")) {
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

    private List<String> withDetails(String ticketPrefix, String invoicePrefix) {
        List<String> paths = new ArrayList<>();
        db.select(TICKET.NUMBER).from(TICKET).orderBy(TICKET.ID).limit(DETAILS_PER_KIND).fetch(TICKET.NUMBER)
                .forEach(number -> paths.add(ticketPrefix + number));
        db.select(INVOICE.NUMBER).from(INVOICE).orderBy(INVOICE.ID).limit(DETAILS_PER_KIND).fetch(INVOICE.NUMBER)
                .forEach(number -> paths.add(invoicePrefix + number));
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
