package org.kundenportal.documents.pdf;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.kundenportal.base.i18n.TranslationProvider;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.contacts.domain.CompanyEInvoice;
import org.kundenportal.contacts.domain.ContactAddress;
import org.kundenportal.contacts.domain.ContactDraft;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.documents.einvoice.EInvoiceData;
import org.kundenportal.settings.domain.PaymentTermRepository;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.stereotype.Component;

/** What every document PDF reads besides its own row: the seller, the recipient's address, terms, names. */
@Component
public class PdfParts {

    private static final String HOME_COUNTRY = "DE";

    private final ContactRepository contacts;
    private final PaymentTermRepository paymentTerms;
    private final UserRepository users;
    private final Settings settings;
    private final TranslationProvider translations;
    /** The logo is up to half a megabyte: decoded once, and again only when staff save a new one. */
    private volatile CachedLogo logo = new CachedLogo(null, new byte[0]);

    PdfParts(ContactRepository contacts, PaymentTermRepository paymentTerms, UserRepository users, Settings settings,
             TranslationProvider translations) {
        this.contacts = contacts;
        this.paymentTerms = paymentTerms;
        this.users = users;
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
        ContactDraft company = contacts.find(companyId).orElseThrow();
        List<String> lines = new ArrayList<>();
        lines.add(company.name());
        ContactAddress billing = invoiceAddress ? contacts.invoiceAddress(companyId).orElse(null) : null;
        if (billing != null && billing.name() != null && !billing.name().isBlank()) {
            lines.add(billing.name());
        }
        if (contactId != null && contactId != companyId) {
            contacts.name(contactId)
                    .ifPresent(name -> lines.add(translations.getTranslation("pdf.attention", locale, name)));
        }
        if (billing != null) {
            addAddress(lines, billing.street(), billing.zip(), billing.city(), billing.countryCode(), locale);
        } else {
            addAddress(lines, company.street(), company.zip(), company.city(), company.countryCode(), locale);
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
        ContactDraft company = contacts.find(companyId).orElseThrow();
        ContactAddress billing = contacts.invoiceAddress(companyId).orElse(null);
        ContactDraft person = contactId == null || contactId == companyId ? null : contacts.find(contactId).orElse(null);
        String email = person != null && person.email() != null ? person.email()
                : company.email() != null ? company.email()
                // XRechnung needs an address to reach the buyer at; a person of the company is the next best
                : contacts.firstPersonEmail(companyId).orElse(null);
        return billing == null
                ? new EInvoiceData.Buyer(company.name(), company.street(), company.zip(), company.city(),
                        company.countryCode(), company.vatId(), email, person == null ? null : person.name())
                : new EInvoiceData.Buyer(company.name(), billing.street(), billing.zip(), billing.city(),
                        billing.countryCode(), company.vatId(), email, person == null ? null : person.name());
    }

    public String buyerReference(long companyId) {
        return contacts.eInvoice(companyId).map(CompanyEInvoice::buyerReference).filter(reference -> !reference.isEmpty())
                .orElse(null);
    }

    /** The payment term's label in the viewer's language, or null. */
    public String paymentTerm(Long termId, Locale locale) {
        if (termId == null) {
            return null;
        }
        return paymentTerms.find(termId).map(term -> term.label(locale.getLanguage())).orElse(null);
    }

    /** A user's display name, e.g. the staff member responsible for a document, or null. */
    public String userName(Long userId) {
        return userId == null ? null : users.displayName(userId).orElse(null);
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
