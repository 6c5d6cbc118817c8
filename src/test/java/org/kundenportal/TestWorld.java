package org.kundenportal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kundenportal.account.domain.RecoveryCodes;
import org.kundenportal.account.domain.TwoFactorRepository;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.contacts.domain.NewContact;
import org.kundenportal.invoices.domain.payment.BankTransferProvider;
import org.kundenportal.invoices.domain.payment.PaymentProviders;
import org.kundenportal.users.domain.NewUser;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tests' own installation: a selling company, customers, a partner with two customers, a supplier, staff and
 * an admin, created through the same write paths as real data when the test context is ready. Tests log in as
 * these and build the documents they need with their feature's fixtures, so that changing the demo data never
 * breaks a test and the suite passes with the demo switched off. Every login's password is {@value #PASSWORD}.
 */
@Component
public class TestWorld {

    public static final String PASSWORD = "Kontrolle-am-Morgen-7";

    public static final String SELLER = "Testwelt Handel GmbH";

    public static final String STAFF = "sven.stab@testwelt.example";
    public static final String ADMIN = "ada.admin@testwelt.example";
    /** Clara Kunde of {@link #CUSTOMER_COMPANY}, German, every area permission. */
    public static final String CUSTOMER = "clara.kunde@testwelt.example";
    /** Ben Client of {@link #CUSTOMER2_COMPANY}, English, quotes and invoices only. */
    public static final String CUSTOMER2 = "ben.client@testwelt.example";
    /** Theo Totp of {@link #CUSTOMER2_COMPANY}, with two-factor authentication on. */
    public static final String TWO_FACTOR = "theo.totp@testwelt.example";
    public static final String TWO_FACTOR_SECRET = "TESTWELTZWEIFAKTORGEHEIMNIS23456";
    public static final List<String> TWO_FACTOR_RECOVERY_CODES = List.of("tw1-code11", "tw2-code22", "tw3-code33");
    /** Paula Partner of {@link #PARTNER_COMPANY}, reseller of {@link #PARTNER_CUSTOMER_COMPANY} and {@link #PARTNER_CUSTOMER2_COMPANY}. */
    public static final String PARTNER = "paula.partner@testwelt.example";
    /** Dario Delta, a user of the partner's customer {@link #PARTNER_CUSTOMER_COMPANY} (quotes and invoices). */
    public static final String PARTNER_CUSTOMER = "dario.delta@testwelt.example";
    /** Susi Supplier of {@link #SUPPLIER_COMPANY}. */
    public static final String SUPPLIER = "susi.supplier@testwelt.example";

    public static final String CUSTOMER_COMPANY = "Alpha Backwaren GmbH";
    public static final String CUSTOMER2_COMPANY = "Beta Café KG";
    public static final String PARTNER_COMPANY = "Gamma Kassen Vertrieb GmbH";
    public static final String PARTNER_CUSTOMER_COMPANY = "Delta Eiscafé";
    public static final String PARTNER_CUSTOMER2_COMPANY = "Epsilon Blumen";
    public static final String SUPPLIER_COMPANY = "Zeta Papier KG";

    /** The ids the company's ERP knows the world's companies by. */
    public static final String CUSTOMER_ERP_ID = "TW-CUST-1";
    public static final String CUSTOMER2_ERP_ID = "TW-CUST-2";
    public static final String PARTNER_CUSTOMER_ERP_ID = "TW-CUST-3";
    public static final String PARTNER_CUSTOMER2_ERP_ID = "TW-CUST-4";
    public static final String PARTNER_ERP_ID = "TW-PARTNER-1";
    public static final String SUPPLIER_ERP_ID = "TW-SUPP-1";

    /** A portal login of the world; {@code contactId} and {@code companyId} are null for staff. */
    public record Login(long userId, String email, Long contactId, Long companyId) {
    }

    /** A company of the world and a person of it without portal access. */
    public record Company(long id, String name, long personId) {
    }

    private final ContactRepository contacts;
    private final UserRepository users;
    private final Settings settings;
    private final PasswordEncoder passwordEncoder;
    private final TwoFactorRepository twoFactor;
    private final PaymentProviders paymentProviders;

    private Login staff;
    private Login admin;
    private Login customer;
    private Login customer2;
    private Login twoFactorCustomer;
    private Login partner;
    private Login partnerCustomer;
    private Login supplier;
    private Company partnerCustomer2;

    TestWorld(ContactRepository contacts, UserRepository users, Settings settings, PasswordEncoder passwordEncoder,
              TwoFactorRepository twoFactor, PaymentProviders paymentProviders) {
        this.contacts = contacts;
        this.users = users;
        this.settings = settings;
        this.passwordEncoder = passwordEncoder;
        this.twoFactor = twoFactor;
        this.paymentProviders = paymentProviders;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void create() {
        if (users.findPrincipal(STAFF).isPresent()) {
            throw new IllegalStateException("The test world exists already: the tests need a database of their own");
        }
        String hash = passwordEncoder.encode(PASSWORD);
        sellingCompany();
        staff = internal(STAFF, "Sven Stab", hash, EnumSet.of(Role.STAFF));
        admin = internal(ADMIN, "Ada Admin", hash, EnumSet.of(Role.STAFF, Role.ADMIN));

        long alpha = company(NewContact.company(CUSTOMER_COMPANY, "Mühlenweg 1", "80331", "München", "DE811000001"), CUSTOMER_ERP_ID);
        customer = portalUser(alpha, "Clara Kunde", CUSTOMER, "de", hash, EnumSet.of(Role.CUSTOMER),
                EnumSet.allOf(AreaPermission.class));
        contacts.create(NewContact.person(alpha, "Otto Ohnezugang", null, "+49 89 1000002", "de"));

        long beta = company(NewContact.company(CUSTOMER2_COMPANY, "Hafenkante 2", "22763", "Hamburg", "DE298000002"), CUSTOMER2_ERP_ID);
        customer2 = portalUser(beta, "Ben Client", CUSTOMER2, "en", hash, EnumSet.of(Role.CUSTOMER),
                EnumSet.of(AreaPermission.QUOTES, AreaPermission.INVOICES));
        twoFactorCustomer = portalUser(beta, "Theo Totp", TWO_FACTOR, "de", hash, EnumSet.of(Role.CUSTOMER),
                EnumSet.of(AreaPermission.QUOTES, AreaPermission.ORDERS, AreaPermission.INVOICES));
        twoFactor.enable(twoFactorCustomer.userId(), TWO_FACTOR_SECRET, 0);
        twoFactor.replaceRecoveryCodes(twoFactorCustomer.userId(), TWO_FACTOR_RECOVERY_CODES.stream().map(RecoveryCodes::hash).toList());

        long gamma = company(NewContact.company(PARTNER_COMPANY, "Werkstraße 3", "70565", "Stuttgart", "DE276000003").asPartner(),
                PARTNER_ERP_ID);
        partner = portalUser(gamma, "Paula Partner", PARTNER, "de", hash, EnumSet.of(Role.PARTNER), EnumSet.allOf(AreaPermission.class));
        long delta = company(NewContact.company(PARTNER_CUSTOMER_COMPANY, "Eisgasse 4", "70173", "Stuttgart", "DE300000004").soldBy(gamma),
                PARTNER_CUSTOMER_ERP_ID);
        partnerCustomer = portalUser(delta, "Dario Delta", PARTNER_CUSTOMER, "de", hash, EnumSet.of(Role.CUSTOMER),
                EnumSet.of(AreaPermission.QUOTES, AreaPermission.INVOICES));
        long epsilon = company(NewContact.company(PARTNER_CUSTOMER2_COMPANY, "Blumenweg 5", "71634", "Ludwigsburg", "DE300000005")
                .soldBy(gamma), PARTNER_CUSTOMER2_ERP_ID);
        partnerCustomer2 = new Company(epsilon, PARTNER_CUSTOMER2_COMPANY,
                contacts.create(NewContact.person(epsilon, "Erik Epsilon", "erik.epsilon@testwelt.example", "+49 7141 500005", "de")));

        long zeta = company(NewContact.company(SUPPLIER_COMPANY, "Speicherweg 6", "28197", "Bremen", "DE123000006").asSupplier(),
                SUPPLIER_ERP_ID);
        supplier = portalUser(zeta, "Susi Supplier", SUPPLIER, "de", hash, EnumSet.of(Role.SUPPLIER), EnumSet.of(AreaPermission.INVOICES));

        paymentProviders.save(BankTransferProvider.CODE, true, "", admin.userId());
    }

    public Login staff() {
        return staff;
    }

    public Login admin() {
        return admin;
    }

    public Login customer() {
        return customer;
    }

    public Login customer2() {
        return customer2;
    }

    public Login twoFactorCustomer() {
        return twoFactorCustomer;
    }

    public Login partner() {
        return partner;
    }

    public Login partnerCustomer() {
        return partnerCustomer;
    }

    public Company partnerCustomer2() {
        return partnerCustomer2;
    }

    public Login supplier() {
        return supplier;
    }

    private long company(NewContact company, String erpId) {
        long id = contacts.create(company);
        contacts.linkExternal(id, erpId);
        return id;
    }

    private Login portalUser(long companyId, String name, String email, String language, String hash, Set<Role> roles,
                             Set<AreaPermission> areas) {
        long person = contacts.create(NewContact.person(companyId, name, email, "+49 30 5550000", language));
        long user = users.create(new NewUser(email, name, UserKind.PORTAL, person, hash, language, roles, areas));
        return new Login(user, email, person, companyId);
    }

    private Login internal(String email, String name, String hash, Set<Role> roles) {
        long user = users.create(new NewUser(email, name, UserKind.INTERNAL, null, hash, "de", roles, Set.of()));
        return new Login(user, email, null, null);
    }

    private void sellingCompany() {
        settings.put(SettingKey.COMPANY_NAME, SELLER, null);
        settings.put(SettingKey.COMPANY_STREET, "Testallee 1", null);
        settings.put(SettingKey.COMPANY_ZIP, "20457", null);
        settings.put(SettingKey.COMPANY_CITY, "Hamburg", null);
        settings.put(SettingKey.COMPANY_VAT_ID, "DE999000000", null);
        settings.put(SettingKey.COMPANY_EMAIL, "service@testwelt.example", null);
        settings.put(SettingKey.COMPANY_PHONE, "+49 40 5550000", null);
        settings.put(SettingKey.COMPANY_BANK_NAME, "Testbank Hamburg", null);
        settings.put(SettingKey.COMPANY_IBAN, "DE02200505501015871393", null);
        settings.put(SettingKey.COMPANY_BIC, "HASPDEHHXXX", null);
        settings.put(SettingKey.COMPANY_CREDITOR_ID, "DE98ZZZ09999999999", null);
        settings.put(SettingKey.PASSWORD_RESET_ENABLED, "true", null);
    }
}
