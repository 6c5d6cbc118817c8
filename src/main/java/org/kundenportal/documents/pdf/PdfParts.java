package org.kundenportal.documents.pdf;

import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.CONTACT_ADDRESS;
import static org.kundenportal.db.Tables.PAYMENT_TERM;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.kundenportal.base.i18n.TranslationProvider;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.db.tables.records.ContactAddressRecord;
import org.kundenportal.db.tables.records.ContactRecord;
import org.kundenportal.documents.einvoice.EInvoiceData;
import org.springframework.stereotype.Component;

/** What every document PDF reads besides its own row: the seller, the recipient's address, terms, names. */
@Component
public class PdfParts {

    private static final String HOME_COUNTRY = "DE";

    private final DSLContext db;
    private final Settings settings;
    private final TranslationProvider translations;
    /** The logo is up to half a megabyte: decoded once, and again only when staff save a new one. */
    private volatile CachedLogo logo = new CachedLogo(null, new byte[0]);

    PdfParts(DSLContext db, Settings settings, TranslationProvider translations) {
        this.db = db;
        this.settings = settings;
        this.translations = translations;
    }

    public PdfDocument.Letterhead letterhead() {
        return new PdfDocument.Letterhead(settings.companyProfile(), logo());
    }

    private byte[] logo() {
        // while the settings are unchanged this is the same text object, so comparing it costs nothing
        String dataUrl = settings.get(SettingKey.BRANDING_LOGO);
        CachedLogo cached = logo;
        if (!dataUrl.equals(cached.dataUrl())) {
            cached = new CachedLogo(dataUrl, decode(dataUrl));
            logo = cached;
        }
        return cached.bytes();
    }

    private static byte[] decode(String dataUrl) {
        int comma = dataUrl == null ? -1 : dataUrl.indexOf(',');
        if (comma < 0) {
            return new byte[0];
        }
        try {
            return Base64.getDecoder().decode(dataUrl.substring(comma + 1));
        } catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }

    /**
     * The window address of a company, to the attention of its contact person if the document names one. With
     * {@code invoiceAddress}, a separate invoice address of the company (e.g. its accounts department) wins.
     */
    public List<String> recipient(long companyId, Long contactId, boolean invoiceAddress, Locale locale) {
        ContactRecord company = db.selectFrom(CONTACT).where(CONTACT.ID.eq(companyId)).fetchSingle();
        List<String> lines = new ArrayList<>();
        lines.add(company.getName());
        ContactAddressRecord billing = invoiceAddress ? db.selectFrom(CONTACT_ADDRESS)
                .where(CONTACT_ADDRESS.CONTACT_ID.eq(companyId), CONTACT_ADDRESS.TYPE.eq("INVOICE"))
                .orderBy(CONTACT_ADDRESS.ID).limit(1).fetchOne() : null;
        if (billing != null && billing.getName() != null && !billing.getName().isBlank()) {
            lines.add(billing.getName());
        }
        if (contactId != null && contactId != companyId) {
            db.select(CONTACT.NAME).from(CONTACT).where(CONTACT.ID.eq(contactId)).fetchOptional(CONTACT.NAME)
                    .ifPresent(name -> lines.add(translations.getTranslation("pdf.attention", locale, name)));
        }
        if (billing != null) {
            addAddress(lines, billing.getStreet(), billing.getZip(), billing.getCity(), billing.getCountryCode(), locale);
        } else {
            addAddress(lines, company.getStreet(), company.getZip(), company.getCity(), company.getCountryCode(), locale);
        }
        return lines;
    }

    private static void addAddress(List<String> lines, String street, String zip, String city, String country,
                                   Locale locale) {
        if (street != null && !street.isBlank()) {
            lines.add(street);
        }
        String place = ((zip == null ? "" : zip) + " " + (city == null ? "" : city)).strip();
        if (!place.isEmpty()) {
            lines.add(place);
        }
        if (country != null && !country.isBlank() && !HOME_COUNTRY.equalsIgnoreCase(country)) {
            lines.add(Locale.of("", country).getDisplayCountry(locale).toUpperCase(locale));
        }
    }

    /**
     * The customer company as an e-invoice names it: its invoice address where it has one, its VAT id, the contact
     * person (or the company) to write to, and its buyer reference (Leitweg-ID).
     */
    public EInvoiceData.Buyer buyer(long companyId, Long contactId) {
        ContactRecord company = db.selectFrom(CONTACT).where(CONTACT.ID.eq(companyId)).fetchSingle();
        ContactAddressRecord billing = db.selectFrom(CONTACT_ADDRESS)
                .where(CONTACT_ADDRESS.CONTACT_ID.eq(companyId), CONTACT_ADDRESS.TYPE.eq("INVOICE"))
                .orderBy(CONTACT_ADDRESS.ID).limit(1).fetchOne();
        ContactRecord person = contactId == null || contactId == companyId ? null
                : db.selectFrom(CONTACT).where(CONTACT.ID.eq(contactId)).fetchOne();
        String email = person != null && person.getEmail() != null ? person.getEmail()
                : company.getEmail() != null ? company.getEmail()
                // XRechnung needs an address to reach the buyer at; a person of the company is the next best
                : db.select(CONTACT.EMAIL).from(CONTACT)
                        .where(CONTACT.COMPANY_ID.eq(companyId), CONTACT.EMAIL.isNotNull(), CONTACT.EMAIL.ne(""))
                        .orderBy(CONTACT.ID).limit(1).fetchOne(CONTACT.EMAIL);
        return billing == null
                ? new EInvoiceData.Buyer(company.getName(), company.getStreet(), company.getZip(), company.getCity(),
                        company.getCountryCode(), company.getVatId(), email, person == null ? null : person.getName())
                : new EInvoiceData.Buyer(company.getName(), billing.getStreet(), billing.getZip(), billing.getCity(),
                        billing.getCountryCode(), company.getVatId(), email, person == null ? null : person.getName());
    }

    public String buyerReference(long companyId) {
        return db.select(CONTACT.BUYER_REFERENCE).from(CONTACT).where(CONTACT.ID.eq(companyId)).fetchOne(CONTACT.BUYER_REFERENCE);
    }

    /** The payment term's label in the viewer's language, or null. */
    public String paymentTerm(Long termId, Locale locale) {
        if (termId == null) {
            return null;
        }
        Record2<String, String> labels = db.select(PAYMENT_TERM.LABEL_DE, PAYMENT_TERM.LABEL_EN).from(PAYMENT_TERM)
                .where(PAYMENT_TERM.ID.eq(termId)).fetchOne();
        if (labels == null) {
            return null;
        }
        return TranslationProvider.GERMAN.getLanguage().equals(locale.getLanguage()) ? labels.value1() : labels.value2();
    }

    /** A user's display name, e.g. the staff member responsible for a document, or null. */
    public String userName(Long userId) {
        return userId == null ? null
                : db.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchOne(APP_USER.DISPLAY_NAME);
    }

    public String text(String key, Locale locale, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    /** Adds a labelled row to the information block when there is a value. */
    public void addField(List<PdfDocument.Field> fields, String key, String value, Locale locale) {
        if (value != null && !value.isBlank()) {
            fields.add(new PdfDocument.Field(text(key, locale), value));
        }
    }

    private record CachedLogo(String dataUrl, byte[] bytes) {
    }
}
