package org.kundenportal.wallets.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.demo.DemoData;
import org.kundenportal.receipts.RetailFixtures;
import org.kundenportal.wallets.WalletFixtures;
import org.kundenportal.wallets.domain.WalletCard;
import org.kundenportal.wallets.domain.WalletType;

class WalletsViewTest extends KaribuTest {

    WalletFixtures fixtures;
    RetailFixtures retail;

    @BeforeEach
    void setUp() {
        fixtures = new WalletFixtures(context);
        retail = new RetailFixtures(context);
    }

    @SuppressWarnings("unchecked")
    private Grid<WalletCard> grid() {
        return _get(_get(WalletsView.class), Grid.class);
    }

    private List<WalletCard> cards() {
        Grid<WalletCard> grid = grid();
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    private void openCard(String code) {
        Grid<WalletCard> grid = grid();
        List<WalletCard> cards = cards();
        for (int row = 0; row < cards.size(); row++) {
            if (cards.get(row).code().equals(code)) {
                _click((Button) GridKt._getCellComponent(grid, row, "code"));
                return;
            }
        }
        throw new AssertionError("No card " + code + " in the list");
    }

    @Test
    void aCustomerSeesOnlyTheCardsOfItsOwnCompany() {
        login(DemoData.CUSTOMER);
        navigate("wallets");

        long bakery = retail.companyOf(DemoData.CUSTOMER);
        assertThat(cards()).isNotEmpty().allMatch(card -> card.companyId() == bakery);
        assertThat(cards()).extracting(WalletCard::code).contains("EW-SONNE-0001", "GC-SONNE-1999", "LY-SONNE-7788")
                .doesNotContain("EW-MORGEN-0101");
    }

    @Test
    void theCafeDoesNotSeeTheBakerysCards() {
        login(DemoData.CUSTOMER2);
        navigate("wallets");

        assertThat(cards()).extracting(WalletCard::code).contains("EW-MORGEN-0101").noneMatch(code -> code.contains("SONNE"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTypeFilterNarrowsTheListInSql() {
        login(DemoData.CUSTOMER);
        navigate("wallets");

        _get(Select.class, spec -> spec.withLabel("Art")).setValue(Optional.of(WalletType.LOYALTY));

        assertThat(cards()).isNotEmpty().allMatch(card -> card.type() == WalletType.LOYALTY);
        assertThat(GridKt._getFormatted(grid(), 0, "balance")).isEqualTo("1.240 Punkte");
    }

    @Test
    void anActiveCardShowsAQrCodeThatDecodesToItsCode() throws Exception {
        String code = fixtures.giftCard(retail.companyOf(DemoData.CUSTOMER), LocalDate.now().plusYears(1), false);
        login(DemoData.CUSTOMER);
        navigate("wallets");

        openCard(code);

        WalletDialog dialog = _get(WalletDialog.class);
        Image qr = _get(dialog, Image.class);
        assertThat(WalletFixtures.decode(WalletFixtures.pngOfDataUrl(qr.getSrc()))).isEqualTo(code);
        assertThat(_find(dialog, Paragraph.class, spec -> spec.withClasses("wallet-notice"))).isEmpty();
        assertThat(dialog.getElement().getTextRecursively()).contains("Kasse", "Onlineshop", "30,00");
    }

    @Test
    void anExpiredCardShowsNoQrCodeButANotice() {
        login(DemoData.CUSTOMER);
        navigate("wallets");

        openCard("GC-SONNE-1999");

        WalletDialog dialog = _get(WalletDialog.class);
        assertThat(_find(dialog, Image.class)).isEmpty();
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("wallet-notice")).getText())
                .contains("abgelaufen");
        assertThat(GridKt._size(_get(dialog, Grid.class))).isEqualTo(2);
    }

    @Test
    void aBlockedCardShowsNoQrCode() {
        String code = fixtures.giftCard(retail.companyOf(DemoData.CUSTOMER), LocalDate.now().plusYears(1), true);
        login(DemoData.CUSTOMER);
        navigate("wallets");

        openCard(code);

        WalletDialog dialog = _get(WalletDialog.class);
        assertThat(_find(dialog, Image.class)).isEmpty();
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("wallet-notice")).getText()).contains("gesperrt");
    }

    @Test
    void theLoyaltyCardShowsItsLastTransactions() {
        login(DemoData.CUSTOMER);
        navigate("wallets");

        openCard("LY-SONNE-7788");

        WalletDialog dialog = _get(WalletDialog.class);
        @SuppressWarnings("unchecked")
        Grid<org.kundenportal.wallets.domain.WalletTransaction> transactions = _get(dialog, Grid.class);
        assertThat(GridKt._size(transactions)).isEqualTo(3);
        assertThat(GridKt._getFormatted(transactions, 0, "amount")).isEqualTo("-200");
    }

    @Test
    void theHomeCardCountsTheCardsThatCanBeRedeemedToday() {
        login(DemoData.CUSTOMER2);
        navigate("");

        // the café has an e-wallet and a loyalty card to use, and an expired loyalty card that does not count
        assertThat(_find(Span.class, spec -> spec.withClasses("home-card-figure"))).extracting(Span::getText)
                .contains("2 usable cards");
    }
}
