package org.kundenportal.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kundenportal.access.domain.PortalAccessService;
import org.kundenportal.account.domain.RecoveryCodes;
import org.kundenportal.account.domain.TwoFactorRepository;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.contacts.domain.NewContact;
import org.kundenportal.users.domain.NewUser;
import org.kundenportal.users.domain.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo installation: the selling company, customers with persons, a partner with two customers of its
 * own, a supplier, staff and an admin. Every demo login's password is {@value #PASSWORD}.
 */
@Service
public class DemoData {

    public static final String PASSWORD = "portal-demo";
    public static final String CUSTOMER = "customer@example.com";
    public static final String CUSTOMER2 = "customer2@example.com";
    public static final String PARTNER = "partner@example.com";
    public static final String SUPPLIER = "supplier@example.com";
    public static final String STAFF = "staff@example.com";
    public static final String ADMIN = "admin@example.com";
    /** A customer with two-factor authentication on; its authenticator secret and recovery codes are in the README. */
    public static final String TWO_FACTOR = "twofactor@example.com";
    public static final String TWO_FACTOR_SECRET = "KUNDENPORTALDEMO2FASECRETKEY2345";
    public static final List<String> TWO_FACTOR_RECOVERY_CODES = List.of("demo1-2fa11", "demo2-2fa22", "demo3-2fa33");

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ContactRepository contacts;
    private final UserRepository users;
    private final Settings settings;
    private final PasswordEncoder passwordEncoder;
    private final PortalAccessService portalAccess;
    private final TwoFactorRepository twoFactor;
    private final ObjectProvider<DemoDataPart> parts;

    public DemoData(ContactRepository contacts, UserRepository users, Settings settings, PasswordEncoder passwordEncoder,
                    PortalAccessService portalAccess, TwoFactorRepository twoFactor, ObjectProvider<DemoDataPart> parts) {
        this.contacts = contacts;
        this.users = users;
        this.settings = settings;
        this.passwordEncoder = passwordEncoder;
        this.portalAccess = portalAccess;
        this.twoFactor = twoFactor;
        this.parts = parts;
    }

    /** Loads the demo data into an installation that has no users yet; does nothing otherwise. */
    @Transactional
    public boolean loadIfEmpty() {
        if (users.exists()) {
            return false;
        }
        load();
        return true;
    }

    /**
     * Loads the demo data beside whatever the installation holds (the demo's own test does so after all others);
     * the demo logins must not exist yet.
     */
    @Transactional
    public void load() {
        String hash = passwordEncoder.encode(PASSWORD);
        sellingCompany();
        long staffUser = users.create(new NewUser(STAFF, "Stefan Krüger", UserKind.INTERNAL, null, hash, "de", EnumSet.of(Role.STAFF), Set.of()));
        users.create(new NewUser(ADMIN, "Alexandra Schmidt", UserKind.INTERNAL, null, hash, "de",
                EnumSet.of(Role.STAFF, Role.ADMIN), Set.of()));
        PortalUser admin = users.findPrincipal(ADMIN).orElseThrow();

        long bakery = contacts.create(NewContact.company("Bäckerei Sonnenschein GmbH", "Marktplatz 3", "80331", "München", "DE811234567"));
        long anna = contacts.create(NewContact.person(bakery, "Anna Becker", CUSTOMER, "+49 89 1234560", "de"));
        long max = contacts.create(NewContact.person(bakery, "Max Huber", "max.huber@example.com", "+49 89 1234561", "de"));
        contacts.create(NewContact.person(bakery, "Erika Brandl", null, "+49 89 1234562", "de"));
        contacts.addAddress(bakery, "DELIVERY", "Filiale Schwabing", "Leopoldstraße 50", "80802", "München", "DE");
        contacts.addAddress(bakery, "INVOICE", "Buchhaltung", "Postfach 10 20 30", "80001", "München", "DE");
        long annaUser = portalUser(CUSTOMER, "Anna Becker", anna, hash, "de", EnumSet.of(Role.CUSTOMER), EnumSet.allOf(AreaPermission.class));
        // invited by staff, has not chosen a password yet (the invitation is in the mailbox)
        portalAccess.grant(admin, max, EnumSet.of(Role.CUSTOMER), EnumSet.of(AreaPermission.QUOTES, AreaPermission.ORDERS));

        long cafe = contacts.create(NewContact.company("Café Morgenrot KG", "Elbchaussee 41", "22763", "Hamburg", "DE298765432"));
        long lena = contacts.create(NewContact.person(cafe, "Lena Wolf", CUSTOMER2, "+49 40 5550101", "en"));
        long lenaUser = portalUser(CUSTOMER2, "Lena Wolf", lena, hash, "en", EnumSet.of(Role.CUSTOMER),
                EnumSet.of(AreaPermission.QUOTES, AreaPermission.INVOICES));
        long tobias = contacts.create(NewContact.person(cafe, "Tobias Brandt", TWO_FACTOR, "+49 40 5550102", "de"));
        long tobiasUser = portalUser(TWO_FACTOR, "Tobias Brandt", tobias, hash, "de", EnumSet.of(Role.CUSTOMER),
                EnumSet.of(AreaPermission.QUOTES, AreaPermission.ORDERS, AreaPermission.INVOICES));
        twoFactor.enable(tobiasUser, TWO_FACTOR_SECRET, 0);
        twoFactor.replaceRecoveryCodes(tobiasUser, TWO_FACTOR_RECOVERY_CODES.stream().map(RecoveryCodes::hash).toList());
        // had access once; revoked by staff, documents stay
        long jonas = contacts.create(NewContact.person(cafe, "Jonas Keller", "jonas.keller@example.com", "+49 40 5550103", "de"));
        portalAccess.revoke(admin, portalAccess.grant(admin, jonas, EnumSet.of(Role.CUSTOMER), EnumSet.of(AreaPermission.INVOICES)));

        long reseller = contacts.create(NewContact.company("KassenProfi Vertrieb GmbH", "Industriestraße 7", "70565", "Stuttgart", "DE276543210").asPartner());
        long paul = contacts.create(NewContact.person(reseller, "Paul Berger", PARTNER, "+49 711 909090", "de"));
        portalUser(PARTNER, "Paul Berger", paul, hash, "de", EnumSet.of(Role.PARTNER), EnumSet.allOf(AreaPermission.class));
        long iceCream = contacts.create(NewContact.company("Eiscafé Venezia", "Königstraße 12", "70173", "Stuttgart", "DE300111222").soldBy(reseller));
        long marco = contacts.create(NewContact.person(iceCream, "Marco Rossi", "marco.rossi@example.com", "+49 711 223344", "de"));
        // a partner-sold customer's user: its areas are the partner's to manage
        portalUser("marco.rossi@example.com", "Marco Rossi", marco, hash, "de", EnumSet.of(Role.CUSTOMER),
                EnumSet.of(AreaPermission.QUOTES, AreaPermission.INVOICES));
        long florist = contacts.create(NewContact.company("Blumenhaus Lindner", "Schlossstraße 5", "71634", "Ludwigsburg", "DE300333444").soldBy(reseller));
        contacts.create(NewContact.person(florist, "Sabine Lindner", "sabine.lindner@example.com", "+49 7141 55667", "de"));

        long paper = contacts.create(NewContact.company("Papier & Co. KG", "Hafenweg 22", "28197", "Bremen", "DE123987654").asSupplier());
        long sarah = contacts.create(NewContact.person(paper, "Sarah Vogel", SUPPLIER, "+49 421 778899", "de"));
        long sarahUser = portalUser(SUPPLIER, "Sarah Vogel", sarah, hash, "de", EnumSet.of(Role.SUPPLIER), EnumSet.of(AreaPermission.INVOICES));

        // the ids the company's ERP knows them by, for trying the integration API (README)
        contacts.linkExternal(bakery, "CUST-1001");
        contacts.linkExternal(cafe, "CUST-1002");
        contacts.linkExternal(iceCream, "CUST-1003");
        contacts.linkExternal(florist, "CUST-1004");
        contacts.linkExternal(reseller, "PARTNER-2001");
        contacts.linkExternal(paper, "SUPP-3001");

        DemoCompanies demo = new DemoCompanies(bakery, anna, annaUser, cafe, lena, lenaUser, reseller, iceCream, marco,
                florist, paper, sarah, sarahUser, staffUser, admin.id());
        parts.orderedStream().forEach(part -> part.load(demo));

        log.info("Demo data loaded: log in as {}, {}, {}, {}, {}, {} or {} (two-factor) with the password '{}'",
                CUSTOMER, CUSTOMER2, PARTNER, SUPPLIER, STAFF, ADMIN, TWO_FACTOR, PASSWORD);
    }

    private long portalUser(String email, String name, long contactId, String hash, String language, Set<Role> roles,
                            Set<AreaPermission> areas) {
        return users.create(new NewUser(email, name, UserKind.PORTAL, contactId, hash, language, roles, areas));
    }

    private void sellingCompany() {
        settings.put(SettingKey.COMPANY_NAME, "Nordlicht Handel GmbH", null);
        settings.put(SettingKey.COMPANY_STREET, "Hafenstraße 12", null);
        settings.put(SettingKey.COMPANY_ZIP, "20457", null);
        settings.put(SettingKey.COMPANY_CITY, "Hamburg", null);
        settings.put(SettingKey.COMPANY_VAT_ID, "DE999999999", null);
        settings.put(SettingKey.COMPANY_EMAIL, "service@nordlicht-handel.example", null);
        settings.put(SettingKey.COMPANY_PHONE, "+49 40 1234567", null);
        settings.put(SettingKey.COMPANY_BANK_NAME, "Hamburger Sparkasse", null);
        settings.put(SettingKey.COMPANY_IBAN, "DE02200505501015871393", null);
        settings.put(SettingKey.COMPANY_BIC, "HASPDEHHXXX", null);
        // the Bundesbank's example id, as printed on the demo's SEPA mandate form
        settings.put(SettingKey.COMPANY_CREDITOR_ID, "DE98ZZZ09999999999", null);
        settings.put(SettingKey.PASSWORD_RESET_ENABLED, "true", null);
    }
}
