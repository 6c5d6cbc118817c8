package org.kundenportal.invoices.incoming;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.base.settings.CompanyProfile;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.contacts.domain.NewContact;
import org.kundenportal.users.domain.NewUser;
import org.kundenportal.users.domain.UserRepository;
import org.mustangproject.BankDetails;
import org.mustangproject.CII.CIIToUBL;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.Product;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA1;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Suppliers of the received e-invoice tests' own (each with its VAT id and a portal user allowed to see invoices),
 * and e-invoices written by the Mustang library itself, as a supplier's software would send them: never by our own
 * e-invoice writer, so reading them back tests the reader against someone else's files.
 */
public class ReceivedEInvoiceFixtures {

    /** A supplier company with VAT id, its contact person and that person's portal user. */
    public record Supplier(long companyId, String name, String vatId, String email, long userId) {
    }

    private static String passwordHash;

    private final ContactRepository contacts;
    private final UserRepository users;
    private final Settings settings;

    public ReceivedEInvoiceFixtures(ApplicationContext context) {
        contacts = context.getBean(ContactRepository.class);
        users = context.getBean(UserRepository.class);
        settings = context.getBean(Settings.class);
        if (passwordHash == null) {
            passwordHash = context.getBean(PasswordEncoder.class).encode(TestWorld.PASSWORD);
        }
    }

    public Supplier supplier() {
        long unique = System.nanoTime();
        String name = "Papierwerk " + unique + " GmbH";
        String vatId = "DE" + String.format("%09d", unique % 1_000_000_000L);
        long company = contacts.create(NewContact.company(name, "Mühlenweg 3", "28195", "Bremen", vatId).asSupplier());
        String email = "einvoice-supplier-" + unique + "@testwelt.example";
        long person = contacts.create(NewContact.person(company, "Paula Papier", email, null, "de"));
        long user = users.create(new NewUser(email, "Paula Papier", UserKind.PORTAL, person, passwordHash, "de",
                EnumSet.of(Role.SUPPLIER), EnumSet.of(AreaPermission.INVOICES)));
        return new Supplier(company, name, vatId, email, user);
    }

    public static String uniqueNumber() {
        return "LR-" + System.nanoTime();
    }

    /**
     * A bill of the supplier to us: 3 × 12.40 at 19 % and 2 × 4.20 at 7 %, so 45.60 net, 7.07 + 0.59 VAT, 53.26 total
     * (Mustang computes them itself).
     */
    public Invoice invoice(Supplier supplier, String number) {
        CompanyProfile us = settings.companyProfile();
        TradeParty seller = new TradeParty(supplier.name(), "Mühlenweg 3", "28195", "Bremen", "DE")
                .setEmail(supplier.email())
                .addVATID(supplier.vatId())
                .addBankDetails(new BankDetails("DE02120300000000202051", "BYLADEM1001"));
        seller.setContact(new org.mustangproject.Contact("Paula Papier", "+49 421 123456", supplier.email()));
        TradeParty buyer = new TradeParty(us.name(), us.street(), us.zip(), us.city(), "DE").addVATID(us.vatId())
                .setEmail(us.email());
        return new Invoice()
                .setNumber(number)
                .setIssueDate(date(LocalDate.of(2026, 11, 20)))
                .setDueDate(date(LocalDate.of(2026, 12, 4)))
                .setDeliveryDate(date(LocalDate.of(2026, 11, 18)))
                .setCurrency("EUR")
                .setSender(seller)
                .setRecipient(buyer)
                .setReferenceNumber("04011000-1234512345-06")
                .addItem(new Item(new Product("Thermorollen 80 mm", "Karton zu 50 Rollen", "H87", new BigDecimal("19"))
                        .setSellerAssignedID("TR-80"), new BigDecimal("12.40"), new BigDecimal("3")))
                .addItem(new Item(new Product("Kaffee 500 g", "Bohnen", "XCT", new BigDecimal("7")),
                        new BigDecimal("4.20"), new BigDecimal("2")));
    }

    /** The invoice as XRechnung in CII syntax. */
    public static byte[] xrechnung(Invoice invoice) {
        ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
        provider.setProfile(Profiles.getByName("XRECHNUNG"));
        provider.generateXML(invoice);
        return provider.getXML();
    }

    /** The XRechnung converted by Mustang to UBL syntax. */
    public static byte[] xrechnungUbl(Invoice invoice) {
        try {
            Path cii = Files.createTempFile("xrechnung-cii", ".xml");
            Path ubl = Files.createTempFile("xrechnung-ubl", ".xml");
            try {
                Files.write(cii, xrechnung(invoice));
                new CIIToUBL().convert(cii.toFile(), ubl.toFile());
                return Files.readAllBytes(ubl);
            } finally {
                Files.deleteIfExists(cii);
                Files.deleteIfExists(ubl);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZUGFeRD 2 / Factur-X PDF (profile EN 16931): a one-page PDF with the invoice's XML attached by Mustang. */
    public static byte[] zugferdPdf(Invoice invoice) {
        try (ZUGFeRDExporterFromA1 exporter = new ZUGFeRDExporterFromA1()) {
            // the page is PDFBox's plain PDF, not PDF/A-1: the test is about the XML inside, not the PDF's archival form
            exporter.ignorePDFAErrors();
            exporter.setProducer("Test").setCreator("Papierwerk").setProfile(Profiles.getByName("EN16931"))
                    .load(plainPdf());
            exporter.setTransaction(invoice);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.export(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF with one empty page and no invoice inside. */
    public static byte[] plainPdf() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            // Mustang walks the page's resources when it attaches the XML
            page.setResources(new PDResources());
            document.addPage(page);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text in the current UI's language, as the views write it. */
    public static String text(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    /** The texts of the notifications open now. */
    public static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(Notification::getElement)
                .map(element -> element.getProperty("text")).toList();
    }

    private static Date date(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
