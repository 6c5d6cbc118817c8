package org.kundenportal.base.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.CONTACT;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.access.AccessFixtures;
import org.kundenportal.base.mail.MailRecipients.Recipient;
import org.kundenportal.base.security.AreaPermission;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

class MailRecipientsTest extends SpringTest {

    @Autowired
    MailRecipients recipients;
    @Autowired
    DSLContext db;
    @Autowired
    ApplicationContext context;
    @Autowired
    PasswordEncoder passwords;

    private AccessFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AccessFixtures(context);
    }

    /** A person of the company granted access with the areas; registered: has set a password (can sign in). */
    private String user(long company, String name, String language, boolean registered, AreaPermission... areas) {
        String email = AccessFixtures.uniqueEmail(name.toLowerCase().replace(' ', '.'));
        long userId = fixtures.grant(fixtures.person(company, name, email, language), areas);
        if (registered) {
            fixtures.users.setPasswordHash(userId, passwords.encode(TestWorld.PASSWORD));
        }
        return email;
    }

    @Test
    void customerUsersNeedTheAreaAndAnAccountTheyCanSignInTo() {
        long bakery = fixtures.customerCompany(AccessFixtures.uniqueName("Recipients Bakery"));
        long cafe = fixtures.customerCompany(AccessFixtures.uniqueName("Recipients Café"));
        String anke = user(bakery, "Anke Aktiv", "de", true, AreaPermission.QUOTES, AreaPermission.ORDERS);
        String max = user(bakery, "Max Neu", "de", false, AreaPermission.QUOTES, AreaPermission.ORDERS);
        String lea = user(cafe, "Lea Leser", "en", true, AreaPermission.QUOTES, AreaPermission.INVOICES);
        String tom = user(cafe, "Tom Team", "de", true, AreaPermission.ORDERS);
        String jonas = user(cafe, "Jonas Weg", "de", true, AreaPermission.INVOICES);
        fixtures.access.revoke(fixtures.staff(), userId(jonas));

        // Max holds QUOTES and ORDERS but has not registered yet
        assertThat(emails(recipients.customerUsers(bakery, AreaPermission.QUOTES))).contains(anke).doesNotContain(max);
        assertThat(emails(recipients.customerUsers(bakery, AreaPermission.ORDERS))).contains(anke).doesNotContain(max);
        // Lea may see quotes and invoices, not orders; Jonas's access was revoked
        assertThat(emails(recipients.customerUsers(cafe, AreaPermission.INVOICES)))
                .contains(lea).doesNotContain(anke, jonas);
        assertThat(emails(recipients.customerUsers(cafe, AreaPermission.ORDERS))).contains(tom).doesNotContain(lea);
        assertThat(recipients.customerUsers(cafe, AreaPermission.QUOTES)).contains(new Recipient(lea, "Lea Leser", "en"));
        // without an area (tickets) every customer-side user, here without the author
        assertThat(emails(recipients.customerUsers(cafe, null, userId(lea)))).doesNotContain(lea, jonas).contains(tom);
    }

    @Test
    void supplierUsersAreTheSupplierRoleOnly() {
        long paper = world.supplier().companyId();

        assertThat(recipients.supplierUsers(paper)).contains(new Recipient(TestWorld.SUPPLIER, "Susi Supplier", "de"));
        assertThat(recipients.supplierUsers(paper, userId(TestWorld.SUPPLIER))).isEmpty();
        // Susi holds the INVOICES area, but as a supplier, not as a customer
        assertThat(emails(recipients.customerUsers(paper, AreaPermission.INVOICES))).doesNotContain(TestWorld.SUPPLIER);
        assertThat(emails(recipients.supplierUsers(world.customer().companyId()))).isEmpty();
    }

    @Test
    void theContactPersonIsTheFallbackAndAnUnregisteredUserIsNoPortalUser() {
        long company = fixtures.customerCompany(AccessFixtures.uniqueName("Recipients Fallback"));
        String maxEmail = user(company, "Max Neu", "de", false, AreaPermission.QUOTES);
        long max = db.select(CONTACT.ID).from(CONTACT).where(CONTACT.EMAIL.eq(maxEmail)).fetchSingle(CONTACT.ID);

        assertThat(recipients.contact(max)).contains(new Recipient(maxEmail, "Max Neu", "de"));
        assertThat(recipients.contact(null)).isEmpty();
        assertThat(recipients.portalUser(userId(maxEmail))).isEmpty();
        assertThat(recipients.portalUser(userId(TestWorld.CUSTOMER)).map(Recipient::email)).contains(TestWorld.CUSTOMER);
    }

    @Test
    void staffIsTheResponsibleUserElseEveryStaffUser() {
        long staff = userId(TestWorld.STAFF);

        assertThat(emails(recipients.responsibleStaff(staff))).containsExactly(TestWorld.STAFF);
        assertThat(recipients.responsibleStaff(null)).isEmpty();
        assertThat(emails(recipients.responsibleOrAllStaff(staff))).containsExactly(TestWorld.STAFF);
        assertThat(emails(recipients.responsibleOrAllStaff(null)))
                .contains(TestWorld.STAFF, TestWorld.ADMIN).doesNotContain(TestWorld.CUSTOMER, TestWorld.SUPPLIER);
    }

    private long userId(String email) {
        return db.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.eq(email)).fetchSingle(APP_USER.ID);
    }

    private static List<String> emails(List<Recipient> recipients) {
        return recipients.stream().map(Recipient::email).toList();
    }
}
