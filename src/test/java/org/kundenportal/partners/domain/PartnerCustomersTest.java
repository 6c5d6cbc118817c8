package org.kundenportal.partners.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kundenportal.db.Tables.AUDIT_LOG;

import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.access.AccessFixtures;
import org.kundenportal.access.domain.AccessOverview;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.PortalUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** The scope check of partner permission management: a partner changes its own customers' users, nobody else's. */
class PartnerCustomersTest extends SpringTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PartnerCustomers partnerCustomers;
    @Autowired
    DSLContext db;

    AccessFixtures fixtures;
    PortalUser partner;
    long customer;
    long ownCustomersUser;
    long otherPartnersCustomersUser;
    long directCustomersUser;

    @BeforeEach
    void twoPartnersWithCustomers() {
        fixtures = new AccessFixtures(context);
        long reseller = fixtures.partnerCompany(AccessFixtures.uniqueName("Reseller A"));
        String partnerEmail = AccessFixtures.uniqueEmail("partner-a");
        fixtures.access.grant(fixtures.staff(), fixtures.person(reseller, "Pia Partner", partnerEmail, "de"), Set.of(), Set.of());
        partner = fixtures.principal(partnerEmail);

        customer = fixtures.customerSoldBy(AccessFixtures.uniqueName("Kunde von A"), reseller);
        ownCustomersUser = fixtures.grant(fixtures.person(customer, "Karl Kunde", AccessFixtures.uniqueEmail("karl"), "de"));

        long otherReseller = fixtures.partnerCompany(AccessFixtures.uniqueName("Reseller B"));
        long otherCustomer = fixtures.customerSoldBy(AccessFixtures.uniqueName("Kunde von B"), otherReseller);
        otherPartnersCustomersUser = fixtures.grant(fixtures.person(otherCustomer, "Olga Other", AccessFixtures.uniqueEmail("olga"), "de"));

        long direct = fixtures.customerCompany(AccessFixtures.uniqueName("Direktkunde"));
        directCustomersUser = fixtures.grant(fixtures.person(direct, "Dora Direkt", AccessFixtures.uniqueEmail("dora"), "de"),
                AreaPermission.QUOTES);
    }

    @Test
    void aPartnerSeesOnlyItsOwnCustomers() {
        assertThat(partnerCustomers.customersOf(partner)).extracting(AccessOverview::contactId).containsExactly(customer);
    }

    @Test
    void aPartnerSetsThePermissionsOfItsOwnCustomersUsers() {
        boolean changed = partnerCustomers.changeAreaPermissions(partner, ownCustomersUser,
                Set.of(AreaPermission.INVOICES, AreaPermission.SUBSCRIPTIONS));

        assertThat(changed).isTrue();
        assertThat(fixtures.users.areaPermissions(ownCustomersUser))
                .containsExactlyInAnyOrder(AreaPermission.INVOICES, AreaPermission.SUBSCRIPTIONS);
        assertThat(db.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq("PERMISSIONS_CHANGED")
                .and(AUDIT_LOG.TARGET_ID.eq(ownCustomersUser)).and(AUDIT_LOG.ACTOR_USER_ID.eq(partner.id())))).isTrue();
    }

    @Test
    void aPartnerCannotChangeUsersOfAnotherPartnersCustomer() {
        assertThatThrownBy(() -> partnerCustomers.changeAreaPermissions(partner, otherPartnersCustomersUser,
                Set.of(AreaPermission.INVOICES))).isInstanceOf(AccessDeniedException.class);

        assertThat(fixtures.users.areaPermissions(otherPartnersCustomersUser)).isEmpty();
    }

    @Test
    void aPartnerCannotChangeUsersOfOurDirectCustomersNorItsOwnColleagues() {
        assertThatThrownBy(() -> partnerCustomers.changeAreaPermissions(partner, directCustomersUser, Set.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partnerCustomers.changeAreaPermissions(partner, partner.id(),
                Set.of(AreaPermission.QUOTES))).isInstanceOf(AccessDeniedException.class);

        assertThat(fixtures.users.areaPermissions(directCustomersUser)).containsExactly(AreaPermission.QUOTES);
    }

    @Test
    void aCustomerCannotManagePermissionsAtAll() {
        PortalUser customerUser = fixtures.principal(TestWorld.CUSTOMER);

        assertThat(partnerCustomers.customersOf(customerUser)).isEmpty();
        assertThatThrownBy(() -> partnerCustomers.changeAreaPermissions(customerUser, ownCustomersUser,
                Set.of(AreaPermission.QUOTES))).isInstanceOf(AccessDeniedException.class);
    }
}
