package org.kundenportal.partners.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.access.AccessFixtures;
import org.kundenportal.access.ui.AreaPermissionsGroup;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.users.ui.PortalStatusBadge;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class PartnerCustomersViewTest extends KaribuTest {

    @Autowired
    PasswordEncoder encoder;

    AccessFixtures fixtures;
    String partnerEmail;
    long reseller;
    String customerName;
    long person;
    long userId;

    /** A partner of this test's own, so that other tests adding customers to the world's partner never disturb it. */
    @BeforeEach
    void aPartnerWithACustomerWhoseUserWasInvited() {
        fixtures = new AccessFixtures(context);
        reseller = fixtures.partnerCompany(AccessFixtures.uniqueName("Wiederverkauf GmbH"));
        partnerEmail = AccessFixtures.uniqueEmail("reseller");
        long partnerUser = fixtures.access.grant(fixtures.staff(),
                fixtures.person(reseller, "Rudi Reseller", partnerEmail, "de"), Set.of(), Set.of());
        fixtures.users.setPasswordHash(partnerUser, encoder.encode(TestWorld.PASSWORD));
        customerName = AccessFixtures.uniqueName("Partnerkunde");
        long customer = fixtures.customerSoldBy(customerName, reseller);
        person = fixtures.person(customer, "Greta Grün", AccessFixtures.uniqueEmail("greta"), "de");
        userId = fixtures.grant(person);
    }

    private Div person(long contactId) {
        return _get(Div.class, spec -> spec.withId("person-" + contactId));
    }

    @Test
    void aPartnerSeesItsCustomersAndTheirPeople() {
        String secondCustomer = AccessFixtures.uniqueName("Zweitkunde");
        fixtures.person(fixtures.customerSoldBy(secondCustomer, reseller), "Zoe Zwei", AccessFixtures.uniqueEmail("zoe"), "de");
        login(partnerEmail);
        navigate("partner/customers");

        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly(customerName, secondCustomer);
        assertThat(_find(Div.class, spec -> spec.withClasses("access-entry"))).hasSize(2);
    }

    @Test
    void aPartnerSeesTheStatusOfItsCustomersPeople() {
        login(partnerEmail);
        navigate("partner/customers");

        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly(customerName);
        assertThat(_get(person(person), PortalStatusBadge.class).getText()).isEqualTo("Eingeladen");
    }

    @Test
    void thePartnerSetsAreaPermissionsOfItsCustomersUsers() {
        login(partnerEmail);
        navigate("partner/customers");

        _setValue(_get(person(person), AreaPermissionsGroup.class), Set.of(AreaPermission.INVOICES, AreaPermission.QUOTES));
        _click(_get(person(person), Button.class, spec -> spec.withText("Berechtigungen speichern")));

        assertThat(fixtures.users.areaPermissions(userId))
                .containsExactlyInAnyOrder(AreaPermission.INVOICES, AreaPermission.QUOTES);
        assertThat(_get(person(person), AreaPermissionsGroup.class).getValue())
                .containsExactlyInAnyOrder(AreaPermission.INVOICES, AreaPermission.QUOTES);
    }

    @Test
    void customersCannotOpenThePartnerPage() {
        login(TestWorld.CUSTOMER);
        navigate("partner/customers");

        assertThat(_find(PartnerCustomersView.class)).isEmpty();
        assertThat(_find(H1.class)).extracting(H1::getText)
                .contains(UI.getCurrent().getTranslation("error.access-denied.title"));
    }
}
