package org.kundenportal.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.CONTACT;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.access.AccessFixtures;
import org.kundenportal.contacts.domain.ContactKind;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The scope conditions decide in SQL which companies' rows a user sees. */
class PortalScopeTest extends SpringTest {

    @Autowired
    PortalScopeService scopes;
    @Autowired
    UserRepository users;
    @Autowired
    DSLContext db;
    @Autowired
    ApplicationContext context;

    private PortalScope scopeOf(String email) {
        return scopes.scopeOf(users.findPrincipal(email).orElseThrow());
    }

    /** Company names whose contact rows the scope's sales condition lets through. */
    private List<String> visibleCompanies(PortalScope scope) {
        return db.select(CONTACT.NAME).from(CONTACT)
                .where(CONTACT.KIND.eq(ContactKind.COMPANY).and(scope.customers(CONTACT.ID)))
                .orderBy(CONTACT.NAME).fetch(CONTACT.NAME);
    }

    @Test
    void customerSeesOnlyItsOwnCompany() {
        assertThat(visibleCompanies(scopeOf(TestWorld.CUSTOMER))).containsExactly(TestWorld.CUSTOMER_COMPANY);
        assertThat(visibleCompanies(scopeOf(TestWorld.CUSTOMER2))).containsExactly(TestWorld.CUSTOMER2_COMPANY);
    }

    @Test
    void customerNeverSeesAnotherCompanysPersons() {
        PortalScope scope = scopeOf(TestWorld.CUSTOMER);
        List<String> persons = db.select(CONTACT.NAME).from(CONTACT)
                .where(CONTACT.KIND.eq(ContactKind.PERSON).and(scope.customers(CONTACT.COMPANY_ID)))
                .fetch(CONTACT.NAME);
        assertThat(persons).contains("Clara Kunde", "Otto Ohnezugang")
                .doesNotContain("Ben Client", "Theo Totp", "Paula Partner", "Dario Delta", "Erik Epsilon", "Susi Supplier");
    }

    @Test
    void partnerSeesItsOwnCompanyAndTheCustomersItSoldTo() {
        // a partner of the test's own: other tests may add customers to the world's partner
        AccessFixtures fixtures = new AccessFixtures(context);
        String partnerName = AccessFixtures.uniqueName("A Scope Partner");
        long partner = fixtures.partnerCompany(partnerName);
        String florist = AccessFixtures.uniqueName("B Scope Florist");
        long floristId = fixtures.customerSoldBy(florist, partner);
        String iceCream = AccessFixtures.uniqueName("C Scope Eiscafé");
        fixtures.customerSoldBy(iceCream, partner);
        String email = AccessFixtures.uniqueEmail("scope-partner");
        fixtures.access.grant(fixtures.staff(), fixtures.person(partner, "Pia Partner", email, "de"), Set.of(Role.PARTNER),
                EnumSet.allOf(AreaPermission.class));
        PortalScope scope = scopeOf(email);

        assertThat(visibleCompanies(scope)).containsExactly(partnerName, florist, iceCream);
        assertThat(scope.isPartnerCustomer(floristId)).isTrue();
        assertThat(scope.isPartnerCustomer(scope.ownCompanyId())).isFalse();
    }

    @Test
    void supplierSeesOnlyItsPurchaseSide() {
        PortalScope scope = scopeOf(TestWorld.SUPPLIER);

        assertThat(visibleCompanies(scope)).isEmpty();
        List<String> suppliers = db.select(CONTACT.NAME).from(CONTACT).where(scope.suppliers(CONTACT.ID)).fetch(CONTACT.NAME);
        assertThat(suppliers).containsExactly(TestWorld.SUPPLIER_COMPANY);
    }

    @Test
    void staffIsUnrestricted() {
        PortalScope scope = scopeOf(TestWorld.STAFF);

        assertThat(scope.unrestricted()).isTrue();
        assertThat(db.fetchCount(CONTACT, scope.customers(CONTACT.ID)))
                .isEqualTo(db.fetchCount(CONTACT));
    }

    @Test
    void aPortalUserWithoutContactSeesNothing() {
        PortalScope scope = scopes.scopeOf(new PortalUser(-1, "x@testwelt.example", "X", UserKind.PORTAL, null,
                java.util.Set.of(Role.CUSTOMER), null, true, null));

        assertThat(db.fetchCount(CONTACT, scope.customers(CONTACT.ID).or(scope.suppliers(CONTACT.ID))
                .or(scope.ownCompany(CONTACT.ID)))).isZero();
        assertThat(scope.customers(CONTACT.ID)).isEqualTo(DSL.falseCondition());
    }
}
