package org.kundenportal.contacts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.access.AccessFixtures;
import org.kundenportal.contacts.domain.InvalidContactException.Field;
import org.kundenportal.contacts.domain.InvalidContactException.Problem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class ContactServiceTest extends SpringTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ContactService service;
    @Autowired
    ContactRepository contacts;

    AccessFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AccessFixtures(context);
    }

    private List<Problem> problems(ContactDraft draft) {
        try {
            service.save(fixtures.staff(), draft);
        } catch (InvalidContactException invalid) {
            return invalid.problems();
        }
        throw new AssertionError("saved although invalid: " + draft);
    }

    private static ContactDraft person(Long companyId, String name, String email) {
        ContactDraft person = ContactDraft.newPerson(companyId);
        return new ContactDraft(null, 0, ContactKind.PERSON, companyId, name, email, null, null, null, null, null,
                null, "DE", null, "de", person.customer(), false, false, null);
    }

    private static ContactDraft company(String name, boolean customer, boolean partner, Long partnerId) {
        return new ContactDraft(null, 0, ContactKind.COMPANY, null, name, null, null, null, null, null, null, "Kiel",
                "de", "DE123", "de", customer, false, partner, partnerId);
    }

    @Test
    void staffSetACompanysEInvoiceSettingsWhichSavingWithoutThemKeeps() {
        String name = AccessFixtures.uniqueName("Behörde");
        long id = service.save(fixtures.staff(), company(name, true, false, null),
                new CompanyEInvoice(" 991-01234-44 ", true));
        assertThat(service.eInvoice(id)).isEqualTo(new CompanyEInvoice("991-01234-44", true));

        // as the integration API's company import saves a request without them
        ContactDraft stored = contacts.find(id).orElseThrow();
        service.save(fixtures.staff(), stored);
        assertThat(service.eInvoice(id)).isEqualTo(new CompanyEInvoice("991-01234-44", true));

        ContactDraft renamed = contacts.find(id).orElseThrow();
        assertThatThrownBy(() -> service.save(fixtures.staff(), new ContactDraft(renamed.id(), renamed.version(),
                renamed.kind(), null, name + " neu", null, null, null, null, null, null, "Kiel", "DE", "DE123", "de",
                true, false, false, null), new CompanyEInvoice("x".repeat(61), false)))
                .isInstanceOfSatisfying(InvalidContactException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Problem::field).containsExactly(InvalidContactException.Field.BUYER_REFERENCE));
        assertThat(contacts.find(id).orElseThrow().name()).isEqualTo(name);
        assertThat(service.eInvoice(id)).isEqualTo(new CompanyEInvoice("991-01234-44", true));

        service.save(fixtures.staff(), contacts.find(id).orElseThrow(), new CompanyEInvoice("", false));
        assertThat(service.eInvoice(id)).isEqualTo(CompanyEInvoice.NONE);
        assertThat(contacts.eInvoice(id)).contains(CompanyEInvoice.NONE);
    }

    @Test
    void savesAValidPersonUnderItsCompany() {
        long company = fixtures.customerCompany(AccessFixtures.uniqueName("Valid GmbH"));

        long id = service.save(fixtures.staff(), person(company, "  Vera Valid ", "vera@testwelt.example"));

        ContactDraft saved = contacts.find(id).orElseThrow();
        assertThat(saved.name()).isEqualTo("Vera Valid");
        assertThat(saved.companyId()).isEqualTo(company);
        assertThat(saved.customer()).isFalse();
    }

    @Test
    void refusesAMissingNameAndAMalformedEmail() {
        assertThat(problems(person(null, " ", "vera@@example"))).extracting(Problem::field)
                .containsExactlyInAnyOrder(Field.NAME, Field.EMAIL);
    }

    @Test
    void aPersonCanOnlyBelongToACompany() {
        long company = fixtures.customerCompany(AccessFixtures.uniqueName("Firma"));
        long person = fixtures.person(company, "Paul Person", null, "de");

        assertThat(problems(person(person, "Zweite Person", null)))
                .containsExactly(new Problem(Field.COMPANY, "contacts.error.company-invalid"));
    }

    @Test
    void thePartnerOfACustomerMustBeAPartnerCompany() {
        long notAPartner = fixtures.customerCompany(AccessFixtures.uniqueName("Kein Partner"));
        long partner = fixtures.partnerCompany(AccessFixtures.uniqueName("Partner"));

        assertThat(problems(company("Kunde", true, false, notAPartner)))
                .containsExactly(new Problem(Field.PARTNER, "contacts.error.partner-invalid"));
        assertThat(problems(company("Lieferant", false, false, partner)))
                .containsExactly(new Problem(Field.PARTNER, "contacts.error.partner-needs-customer"));
        long saved = service.save(fixtures.staff(), company(AccessFixtures.uniqueName("Kunde"), true, false, partner));
        assertThat(contacts.find(saved).orElseThrow().partnerId()).isEqualTo(partner);
    }

    @Test
    void aPartnerWithCustomersKeepsItsPartnerFlag() {
        long partner = fixtures.partnerCompany(AccessFixtures.uniqueName("Partner mit Kunden"));
        fixtures.customerSoldBy(AccessFixtures.uniqueName("Kunde"), partner);
        ContactDraft stored = contacts.find(partner).orElseThrow();
        ContactDraft unflagged = new ContactDraft(stored.id(), stored.version(), stored.kind(), null, stored.name(),
                stored.email(), null, null, null, stored.street(), stored.zip(), stored.city(), "DE", null, "de",
                true, false, false, null);

        assertThat(problems(unflagged)).extracting(Problem::field).containsExactly(Field.FLAGS);
    }

    @Test
    void theLoginEmailOfAContactsUserFollowsTheContactAndStaysUnique() {
        String email = AccessFixtures.uniqueEmail("follow");
        long company = fixtures.customerCompany(AccessFixtures.uniqueName("Follow GmbH"));
        long contact = fixtures.person(company, "Fritz Folge", email, "de");
        long userId = fixtures.grant(contact);
        ContactDraft stored = contacts.find(contact).orElseThrow();

        assertThat(problems(withEmail(stored, TestWorld.CUSTOMER)))
                .containsExactly(new Problem(Field.EMAIL, "contacts.error.email-taken"));
        assertThat(problems(withEmail(stored, null)))
                .containsExactly(new Problem(Field.EMAIL, "contacts.error.email-required-for-user"));

        String changed = AccessFixtures.uniqueEmail("followed");
        service.save(fixtures.staff(), withEmail(stored, changed));
        assertThat(fixtures.users.account(userId).orElseThrow().email()).isEqualTo(changed);
    }

    @Test
    void aStaleVersionIsRefused() {
        long company = fixtures.customerCompany(AccessFixtures.uniqueName("Version GmbH"));
        ContactDraft first = contacts.find(company).orElseThrow();
        service.save(fixtures.staff(), first);

        assertThat(problems(first)).containsExactly(new Problem(Field.FORM, "contacts.error.changed-meanwhile"));
    }

    private static ContactDraft withEmail(ContactDraft c, String email) {
        return new ContactDraft(c.id(), c.version(), c.kind(), c.companyId(), c.name(), email, c.phone(), c.mobile(),
                c.jobTitle(), c.street(), c.zip(), c.city(), c.countryCode(), c.vatId(), c.language(), c.customer(),
                c.supplier(), c.partner(), c.partnerId());
    }
}
