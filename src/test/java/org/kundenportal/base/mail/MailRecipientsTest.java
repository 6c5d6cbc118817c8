package org.kundenportal.base.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.CONTACT;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.base.mail.MailRecipients.Recipient;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.contacts.domain.ContactKind;
import org.kundenportal.demo.DemoData;
import org.springframework.beans.factory.annotation.Autowired;

class MailRecipientsTest extends SpringTest {

    private static final String MAX = "max.huber@example.com";

    @Autowired
    MailRecipients recipients;
    @Autowired
    DSLContext db;

    @Test
    void customerUsersNeedTheAreaAndAnAccountTheyCanSignInTo() {
        long bakery = company("Bäckerei Sonnenschein GmbH");
        long cafe = company("Café Morgenrot KG");

        // Max Huber holds QUOTES and ORDERS but has not registered yet
        assertThat(emails(recipients.customerUsers(bakery, AreaPermission.QUOTES)))
                .contains(DemoData.CUSTOMER).doesNotContain(MAX);
        assertThat(emails(recipients.customerUsers(bakery, AreaPermission.ORDERS)))
                .contains(DemoData.CUSTOMER).doesNotContain(MAX);
        // Lena may see quotes and invoices, not orders; Jonas's access was revoked
        assertThat(emails(recipients.customerUsers(cafe, AreaPermission.INVOICES)))
                .contains(DemoData.CUSTOMER2).doesNotContain(DemoData.CUSTOMER, "jonas.keller@example.com");
        assertThat(emails(recipients.customerUsers(cafe, AreaPermission.ORDERS))).doesNotContain(DemoData.CUSTOMER2);
        assertThat(recipients.customerUsers(cafe, AreaPermission.QUOTES))
                .contains(new Recipient(DemoData.CUSTOMER2, "Lena Wolf", "en"));
        // without an area (tickets) every customer-side user, here without the author
        assertThat(emails(recipients.customerUsers(cafe, null, userId(DemoData.CUSTOMER2))))
                .doesNotContain(DemoData.CUSTOMER2).contains(DemoData.TWO_FACTOR);
    }

    @Test
    void supplierUsersAreTheSupplierRoleOnly() {
        long paper = company("Papier & Co. KG");

        assertThat(recipients.supplierUsers(paper)).contains(new Recipient(DemoData.SUPPLIER, "Sarah Vogel", "de"));
        assertThat(recipients.supplierUsers(paper, userId(DemoData.SUPPLIER))).isEmpty();
        // Sarah holds the INVOICES area, but as a supplier, not as a customer
        assertThat(emails(recipients.customerUsers(paper, AreaPermission.INVOICES))).doesNotContain(DemoData.SUPPLIER);
        assertThat(emails(recipients.supplierUsers(company("Bäckerei Sonnenschein GmbH")))).isEmpty();
    }

    @Test
    void theContactPersonIsTheFallbackAndAnUnregisteredUserIsNoPortalUser() {
        long max = db.select(CONTACT.ID).from(CONTACT).where(CONTACT.EMAIL.eq(MAX)).fetchSingle(CONTACT.ID);

        assertThat(recipients.contact(max)).contains(new Recipient(MAX, "Max Huber", "de"));
        assertThat(recipients.contact(null)).isEmpty();
        assertThat(recipients.portalUser(userId(MAX))).isEmpty();
        assertThat(recipients.portalUser(userId(DemoData.CUSTOMER)).map(Recipient::email)).contains(DemoData.CUSTOMER);
    }

    @Test
    void staffIsTheResponsibleUserElseEveryStaffUser() {
        long staff = userId(DemoData.STAFF);

        assertThat(emails(recipients.responsibleStaff(staff))).containsExactly(DemoData.STAFF);
        assertThat(recipients.responsibleStaff(null)).isEmpty();
        assertThat(emails(recipients.responsibleOrAllStaff(staff))).containsExactly(DemoData.STAFF);
        assertThat(emails(recipients.responsibleOrAllStaff(null)))
                .contains(DemoData.STAFF, DemoData.ADMIN).doesNotContain(DemoData.CUSTOMER, DemoData.SUPPLIER);
    }

    private long company(String name) {
        return db.select(CONTACT.ID).from(CONTACT).where(CONTACT.NAME.eq(name), CONTACT.KIND.eq(ContactKind.COMPANY))
                .fetchSingle(CONTACT.ID);
    }

    private long userId(String email) {
        return db.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.eq(email)).fetchSingle(APP_USER.ID);
    }

    private static List<String> emails(List<Recipient> recipients) {
        return recipients.stream().map(Recipient::email).toList();
    }
}
