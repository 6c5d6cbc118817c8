package org.kundenportal.contacts.domain;

import static org.kundenportal.db.Tables.CONTACT;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.kundenportal.db.tables.records.ContactRecord;
import org.springframework.stereotype.Repository;

@Repository
public class ContactRepository {

    private final DSLContext db;

    public ContactRepository(DSLContext db) {
        this.db = db;
    }

    public long create(NewContact contact) {
        ContactRecord record = db.newRecord(CONTACT)
                .setKind(contact.kind().name())
                .setCompanyId(contact.companyId())
                .setName(contact.name())
                .setEmail(contact.email())
                .setPhone(contact.phone())
                .setStreet(contact.street())
                .setZip(contact.zip())
                .setCity(contact.city())
                .setCountryCode(contact.countryCode())
                .setVatId(contact.vatId())
                .setLanguage(contact.language())
                .setIsCustomer(contact.customer())
                .setIsSupplier(contact.supplier())
                .setIsPartner(contact.partner())
                .setPartnerId(contact.partnerId());
        record.store();
        return record.getId();
    }

    /** The company a contact acts for: its company, or the contact itself when it has none. */
    public Optional<Long> actingCompanyOf(long contactId) {
        return db.select(DSL.coalesce(CONTACT.COMPANY_ID, CONTACT.ID))
                .from(CONTACT)
                .where(CONTACT.ID.eq(contactId))
                .fetchOptional(0, Long.class);
    }

    /** Companies a partner (reseller) sold to. */
    public List<Long> customersOfPartner(long partnerCompanyId) {
        return db.select(CONTACT.ID).from(CONTACT).where(CONTACT.PARTNER_ID.eq(partnerCompanyId)).fetch(CONTACT.ID);
    }

    public Optional<String> name(long contactId) {
        return db.select(CONTACT.NAME).from(CONTACT).where(CONTACT.ID.eq(contactId)).fetchOptional(CONTACT.NAME);
    }
}
