package org.kundenportal.wallets.api;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.WALLET_TRANSACTION;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.integration.ApiHttp.Answer;
import org.kundenportal.integration.ApiHttp;
import org.kundenportal.integration.domain.ApiClientService;
import org.kundenportal.integration.domain.ApiScope;
import org.kundenportal.users.domain.UserRepository;
import org.kundenportal.wallets.WalletFixtures;
import org.kundenportal.wallets.domain.WalletCard;
import org.kundenportal.wallets.ui.WalletsView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Wallet cards and their bookings over real HTTP, as the POS would send them, and what the portal then shows. */
class WalletCardApiTest extends KaribuTest {

    @LocalServerPort
    int port;
    @Autowired
    DSLContext db;
    @Autowired
    ApiClientService clients;
    @Autowired
    UserRepository users;

    ApiHttp api;
    String externalId;
    String code;

    @BeforeEach
    void client() {
        api = new ApiHttp(port, clients.create(users.findPrincipal(TestWorld.ADMIN).orElseThrow(),
                "Test-Kasse " + System.nanoTime(), EnumSet.allOf(ApiScope.class)).token());
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        externalId = "GIFT-" + suffix;
        code = "GC-T-" + suffix;
    }

    private Answer giftCard(String company, String balance) {
        return api.put("/api/v1/wallet-cards/" + externalId, """
                {"company": "%s", "type": "GIFT_CARD", "code": "%s", "balance": %s, "expiryDate": "2030-12-31",
                 "usableAt": {"pos": true, "sales": false, "webShop": true}}""".formatted(company, code, balance));
    }

    private Answer book(String id, String amount) {
        return api.post("/api/v1/wallet-cards/" + externalId + "/transactions", """
                {"id": "%s", "description": "Einkauf Kasse 1", "amount": %s, "receiptReference": "BON-T-1"}"""
                .formatted(id, amount));
    }

    @Test
    void aCardIsIssuedOnceAndShownToItsCompanysUser() {
        Answer first = giftCard(TestWorld.CUSTOMER_ERP_ID, "50.00");
        Answer second = giftCard(TestWorld.CUSTOMER_ERP_ID, "50.00");

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(first.json().path("state").asString()).isEqualTo("ACTIVE");
        assertThat(first.json().path("balance").decimalValue()).isEqualByComparingTo("50");

        login(TestWorld.CUSTOMER);
        navigate("wallets");
        @SuppressWarnings("unchecked")
        Grid<WalletCard> grid = _get(_get(WalletsView.class), Grid.class);
        assertThat(GridKt._fetch(grid, 0, GridKt._size(grid)).stream().map(WalletCard::code)).contains(code);
    }

    @Test
    void bookingsMoveTheBalanceOncePerIdAndNeverBelowZero() {
        giftCard(TestWorld.CUSTOMER_ERP_ID, "50.00");

        Answer spent = book("TX-" + externalId + "-1", "-12.50");
        Answer again = book("TX-" + externalId + "-1", "-12.50");
        Answer tooMuch = book("TX-" + externalId + "-2", "-40.00");

        assertThat(spent.status()).isEqualTo(201);
        assertThat(spent.json().path("balance").decimalValue()).isEqualByComparingTo("37.50");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("balance").decimalValue()).isEqualByComparingTo("37.50");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.errorFields()).containsExactly("amount");
        assertThat(tooMuch.json().path("errors").get(0).path("message").asString()).contains("37.50");
        Answer card = api.get("/api/v1/wallet-cards/" + externalId);
        assertThat(card.json().path("balance").decimalValue()).isEqualByComparingTo("37.50");
        assertThat(card.json().path("lastTransactions")).hasSize(1);
        assertThat(db.fetchCount(WALLET_TRANSACTION, WALLET_TRANSACTION.EXTERNAL_ID.eq("TX-" + externalId + "-1"))).isEqualTo(1);
    }

    @Test
    void aBlockedCardTakesCreditsButNoSpending() {
        api.put("/api/v1/wallet-cards/" + externalId, """
                {"company": "%s", "type": "E_WALLET", "code": "%s", "balance": 20.00, "blocked": true}"""
                .formatted(TestWorld.CUSTOMER2_ERP_ID, code));

        assertThat(book("TX-" + externalId + "-a", "-5.00").errorFields()).containsExactly("card");
        assertThat(book("TX-" + externalId + "-b", "10.00").status()).isEqualTo(201);
    }

    @Test
    void pointsAndMoneyAreNotMixedUp() {
        Answer loyaltyWithMoney = api.put("/api/v1/wallet-cards/" + externalId, """
                {"company": "%s", "type": "LOYALTY", "code": "%s", "balance": 10.00}""".formatted(TestWorld.CUSTOMER_ERP_ID, code));
        assertThat(loyaltyWithMoney.status()).isEqualTo(422);
        assertThat(loyaltyWithMoney.errorFields()).contains("points");

        api.put("/api/v1/wallet-cards/" + externalId, """
                {"company": "%s", "type": "LOYALTY", "code": "%s", "programName": "Test", "points": 100}"""
                .formatted(TestWorld.CUSTOMER_ERP_ID, code));
        Answer moneyOnLoyalty = book("TX-" + externalId + "-m", "5.00");
        Answer points = api.post("/api/v1/wallet-cards/" + externalId + "/transactions",
                "{\"id\": \"TX-" + externalId + "-p\", \"description\": \"Prämie\", \"points\": -30}");

        assertThat(moneyOnLoyalty.errorFields()).containsExactly("points");
        assertThat(points.status()).isEqualTo(201);
        assertThat(points.json().path("points").asInt()).isEqualTo(70);
    }

    @Test
    void anUnknownCardOrCompanyIsNamed() {
        assertThat(api.get("/api/v1/wallet-cards/NO-SUCH-CARD").status()).isEqualTo(404);
        assertThat(book("TX-x", "1.00").status()).isEqualTo(404);
        Answer unknownCompany = giftCard("NO-SUCH-COMPANY", "5.00");
        assertThat(unknownCompany.status()).isEqualTo(422);
        assertThat(unknownCompany.errorFields()).containsExactly("company");
    }

    @Test
    void aCodeUsedByAnotherCardIsRefused() {
        String taken = new WalletFixtures(context).giftCard(world.customer().companyId(), LocalDate.now().plusYears(1), false);
        Answer answer = api.put("/api/v1/wallet-cards/" + externalId, """
                {"company": "%s", "type": "GIFT_CARD", "code": "%s", "balance": 5.00}""".formatted(TestWorld.CUSTOMER_ERP_ID, taken));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.errorFields()).containsExactly("code");
    }
}
