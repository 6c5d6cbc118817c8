package org.kundenportal.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;

class HomeViewTest extends KaribuTest {

    @Test
    void greetsTheUserForTheirCompany() {
        login(TestWorld.CUSTOMER);
        navigate("");

        assertThat(_find(H1.class)).extracting(H1::getText).contains("Guten Tag, Clara Kunde");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Sie sind für " + TestWorld.CUSTOMER_COMPANY + " angemeldet.");
    }

    @Test
    void homeCardsOnlyForAreasTheUserMayOpen() {
        login(TestWorld.SUPPLIER);
        navigate("");

        assertThat(_find(HomeCard.class)).isNotEmpty().allSatisfy(card -> assertThat(card.getHref()).doesNotStartWith("staff"));
    }
}
