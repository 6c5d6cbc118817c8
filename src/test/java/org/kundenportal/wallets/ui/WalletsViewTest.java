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
import org.kundenportal.TestWorld;
import org.kundenportal.account.TestAccounts;
import org.kundenportal.receipts.RetailFixtures;
import org.kundenportal.users.domain.UserRepository;
import org.kundenportal.wallets.WalletFixtures;
import org.kundenportal.wallets.domain.WalletCard;
import org.kundenportal.wallets.domain.WalletTransactionKind;
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
        long alpha = world.customer().companyId();
        String eWallet = fixtures.eWallet(alpha);
        String expired = fixtures.expiredGiftCard(alpha);
        String loyalty = fixtures.loyaltyCard(alpha, 1240, null);
        String other = fixtures.eWallet(world.customer2().companyId());
        login(TestWorld.CUSTOMER);
        navigate("wallets");

        assertThat(cards()).extracting(WalletCard::code).contains(eWallet, expired, loyalty).doesNotContain(other);
        assertThat(cards()).allMatch(card -> card.companyId() == alpha);
    }

    @Test
    void anotherCompanyDoesNotSeeTheCards() {
        String own = fixtures.eWallet(world.customer2().companyId());
        String other = fixtures.eWallet(world.customer().companyId());
        login(TestWorld.CUSTOMER2);
        navigate("wallets");

        assertThat(cards()).extracting(WalletCard::code).contains(own).doesNotContain(other);
        assertThat(cards()).allMatch(card -> card.companyId() == world.customer2().companyId());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTypeFilterNarrowsTheListInSql() {
        TestAccounts.Account customer = new TestAccounts(context).customer("wallet-types");
        fixtures.eWallet(customer.companyId());
        String loyalty = fixtures.loyaltyCard(customer.companyId(), 1240, null);
        login(customer.email());
        navigate("wallets");

        _get(Select.class, spec -> spec.withLabel("Art")).setValue(Optional.of(WalletType.LOYALTY));

        assertThat(cards()).extracting(WalletCard::code).containsExactly(loyalty);
        assertThat(cards()).allMatch(card -> card.type() == WalletType.LOYALTY);
        assertThat(GridKt._getFormatted(grid(), 0, "balance")).isEqualTo("1.240 Punkte");
    }

    @Test
    void anActiveCardShowsAQrCodeThatDecodesToItsCode() throws Exception {
        String code = fixtures.giftCard(retail.companyOf(TestWorld.CUSTOMER), LocalDate.now().plusYears(1), false);
        login(TestWorld.CUSTOMER);
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
        String code = fixtures.expiredGiftCard(world.customer().companyId());
        login(TestWorld.CUSTOMER);
        navigate("wallets");

        openCard(code);

        WalletDialog dialog = _get(WalletDialog.class);
        assertThat(_find(dialog, Image.class)).isEmpty();
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("wallet-notice")).getText())
                .contains("abgelaufen");
        assertThat(GridKt._size(_get(dialog, Grid.class))).isEqualTo(2);
    }

    @Test
    void aBlockedCardShowsNoQrCode() {
        String code = fixtures.giftCard(retail.companyOf(TestWorld.CUSTOMER), LocalDate.now().plusYears(1), true);
        login(TestWorld.CUSTOMER);
        navigate("wallets");

        openCard(code);

        WalletDialog dialog = _get(WalletDialog.class);
        assertThat(_find(dialog, Image.class)).isEmpty();
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("wallet-notice")).getText()).contains("gesperrt");
    }

    @Test
    void theLoyaltyCardShowsItsLastTransactions() {
        String code = fixtures.loyaltyCard(world.customer().companyId(), 1240, null,
                WalletFixtures.points(30, WalletTransactionKind.PURCHASE, 320),
                WalletFixtures.points(14, WalletTransactionKind.PURCHASE, 180),
                WalletFixtures.points(3, WalletTransactionKind.REWARD_REDEEMED, -200));
        login(TestWorld.CUSTOMER);
        navigate("wallets");

        openCard(code);

        WalletDialog dialog = _get(WalletDialog.class);
        @SuppressWarnings("unchecked")
        Grid<org.kundenportal.wallets.domain.WalletTransaction> transactions = _get(dialog, Grid.class);
        assertThat(GridKt._size(transactions)).isEqualTo(3);
        assertThat(GridKt._getFormatted(transactions, 0, "amount")).isEqualTo("-200");
    }

    @Test
    void theHomeCardCountsTheCardsThatCanBeRedeemedToday() {
        TestAccounts.Account customer = new TestAccounts(context).customer("wallet-home");
        context.getBean(UserRepository.class).setLanguage(customer.userId(), "en");
        fixtures.eWallet(customer.companyId());
        fixtures.loyaltyCard(customer.companyId(), 310, LocalDate.now().plusMonths(6),
                WalletFixtures.points(5, WalletTransactionKind.PURCHASE, 310));
        fixtures.loyaltyCard(customer.companyId(), 80, LocalDate.now().minusDays(20),
                WalletFixtures.points(365, WalletTransactionKind.PURCHASE, 80));
        login(customer.email());
        navigate("");

        // an e-wallet and a loyalty card to use, and an expired loyalty card that does not count
        assertThat(_find(Span.class, spec -> spec.withClasses("home-card-figure"))).extracting(Span::getText)
                .contains("2 usable cards");
    }
}
