package org.kundenportal.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.CONTACT;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.contacts.domain.ContactKind;
import org.kundenportal.demo.DemoData;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;

/** The scope conditions decide in SQL which companies' rows a user sees. */
class PortalScopeTest extends SpringTest {

    @Autowired
    PortalScopeService scopes;
    @Autowired
    UserRepository users;
    @Autowired
    DSLContext db;

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
        assertThat(visibleCompanies(scopeOf(DemoData.CUSTOMER))).containsExactly("Bäckerei Sonnenschein GmbH");
        assertThat(visibleCompanies(scopeOf(DemoData.CUSTOMER2))).containsExactly("Café Morgenrot KG");
    }

    @Test
    void customerNeverSeesAnotherCompanysPersons() {
        PortalScope scope = scopeOf(DemoData.CUSTOMER);
        List<String> persons = db.select(CONTACT.NAME).from(CONTACT)
                .where(CONTACT.KIND.eq(ContactKind.PERSON).and(scope.customers(CONTACT.COMPANY_ID)))
                .fetch(CONTACT.NAME);
        assertThat(persons).contains("Anna Becker", "Max Huber").doesNotContain("Lena Wolf", "Paul Berger", "Sarah Vogel");
    }

    @Test
    void partnerSeesItsOwnCompanyAndTheCustomersItSoldTo() {
        PortalScope scope = scopeOf(DemoData.PARTNER);

        assertThat(visibleCompanies(scope))
                .containsExactly("Blumenhaus Lindner", "Eiscafé Venezia", "KassenProfi Vertrieb GmbH");
        long florist = db.select(CONTACT.ID).from(CONTACT).where(CONTACT.NAME.eq("Blumenhaus Lindner")).fetchOne(CONTACT.ID);
        assertThat(scope.isPartnerCustomer(florist)).isTrue();
        assertThat(scope.isPartnerCustomer(scope.ownCompanyId())).isFalse();
    }

    @Test
    void supplierSeesOnlyItsPurchaseSide() {
        PortalScope scope = scopeOf(DemoData.SUPPLIER);

        assertThat(visibleCompanies(scope)).isEmpty();
        List<String> suppliers = db.select(CONTACT.NAME).from(CONTACT).where(scope.suppliers(CONTACT.ID)).fetch(CONTACT.NAME);
        assertThat(suppliers).containsExactly("Papier & Co. KG");
    }

    @Test
    void staffIsUnrestricted() {
        PortalScope scope = scopeOf(DemoData.STAFF);

        assertThat(scope.unrestricted()).isTrue();
        assertThat(db.fetchCount(CONTACT, scope.customers(CONTACT.ID)))
                .isEqualTo(db.fetchCount(CONTACT));
    }

    @Test
    void aPortalUserWithoutContactSeesNothing() {
        PortalScope scope = scopes.scopeOf(new PortalUser(-1, "x@example.com", "X", UserKind.PORTAL, null,
                java.util.Set.of(Role.CUSTOMER), null, true, null));

        assertThat(db.fetchCount(CONTACT, scope.customers(CONTACT.ID).or(scope.suppliers(CONTACT.ID))
                .or(scope.ownCompany(CONTACT.ID)))).isZero();
        assertThat(scope.customers(CONTACT.ID)).isEqualTo(DSL.falseCondition());
    }
}
