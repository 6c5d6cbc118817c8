package org.kundenportal.contacts.domain;

import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.CONTACT_ADDRESS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.kundenportal.base.db.ExternalColumns;
import org.kundenportal.base.db.SortOrders;
import org.kundenportal.base.security.CompanyRelations;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.db.tables.Contact;
import org.kundenportal.db.tables.records.ContactRecord;
import org.kundenportal.users.domain.UserAccount.PortalStatus;
import org.springframework.stereotype.Repository;

@Repository
public class ContactRepository implements CompanyRelations {

    /** The company a person belongs to, joined under this name. */
    private static final Contact COMPANY = CONTACT.as("company");

    /** Sort keys the contact grid may ask for; anything else is refused. */
    public static final Map<String, Field<?>> SORT_FIELDS = Map.of(
            "kind", CONTACT.KIND,
            "name", CONTACT.NAME,
            "company", COMPANY.NAME,
            "email", CONTACT.EMAIL,
            "city", CONTACT.CITY,
            "vatId", CONTACT.VAT_ID);

    private static final ExternalColumns<?> EXTERNAL = new ExternalColumns<>(CONTACT.ID, CONTACT.EXTERNAL_ID,
            CONTACT.EXTERNAL_HASH);

    private final DSLContext db;

    public ContactRepository(DSLContext db) {
        this.db = db;
    }

    public long create(NewContact contact) {
        return create(ContactDraft.of(contact));
    }

    public long create(ContactDraft contact) {
        ContactRecord record = db.newRecord(CONTACT);
        fill(record, contact);
        record.store();
        return record.getId();
    }

    /** Saves the draft if nobody changed the contact since it was read; false when someone did. */
    public boolean update(ContactDraft contact) {
        ContactRecord values = db.newRecord(CONTACT);
        fill(values, contact);
        values.setUpdatedAt(Instant.now());
        values.setVersion(contact.version() + 1);
        values.changed(CONTACT.ID, false);
        values.changed(CONTACT.KIND, false);
        values.changed(CONTACT.CREATED_AT, false);
        return db.update(CONTACT).set(values)
                .where(CONTACT.ID.eq(contact.id()).and(CONTACT.VERSION.eq(contact.version())))
                .execute() == 1;
    }

    private static void fill(ContactRecord record, ContactDraft contact) {
        record.setKind(contact.kind())
                .setCompanyId(contact.companyId())
                .setName(contact.name())
                .setEmail(contact.email())
                .setPhone(contact.phone())
                .setMobile(contact.mobile())
                .setJobTitle(contact.jobTitle())
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
    }

    public void setEInvoice(long companyId, CompanyEInvoice eInvoice) {
        db.update(CONTACT)
                .set(CONTACT.BUYER_REFERENCE, eInvoice.buyerReference().isEmpty() ? null : eInvoice.buyerReference())
                .set(CONTACT.WANTS_XRECHNUNG, eInvoice.wantsXRechnung())
                .where(CONTACT.ID.eq(companyId)).execute();
    }

    public Optional<CompanyEInvoice> eInvoice(long companyId) {
        return db.select(CONTACT.BUYER_REFERENCE, CONTACT.WANTS_XRECHNUNG).from(CONTACT).where(CONTACT.ID.eq(companyId))
                .fetchOptional(Records.mapping(CompanyEInvoice::new));
    }

    public Optional<ContactDraft> find(long contactId) {
        return db.selectFrom(CONTACT).where(CONTACT.ID.eq(contactId)).fetchOptional(contact -> new ContactDraft(
                contact.getId(), contact.getVersion(), contact.getKind(), contact.getCompanyId(),
                contact.getName(), contact.getEmail(), contact.getPhone(), contact.getMobile(), contact.getJobTitle(),
                contact.getStreet(), contact.getZip(), contact.getCity(), contact.getCountryCode(), contact.getVatId(),
                contact.getLanguage(), contact.getIsCustomer(), contact.getIsSupplier(), contact.getIsPartner(),
                contact.getPartnerId()));
    }

    public List<ContactRow> page(ContactFilter filter, int offset, int limit, List<SortOrders.Sort> sort) {
        List<SortField<?>> orderBy = new ArrayList<>(SortOrders.toSortFields(sort, SORT_FIELDS));
        orderBy.add(CONTACT.NAME.asc());
        orderBy.add(CONTACT.ID.asc());
        return rows(condition(filter), orderBy, offset, limit);
    }

    public int count(ContactFilter filter) {
        return db.fetchCount(CONTACT, condition(filter));
    }

    /** The persons under a company, by name. */
    public List<ContactRow> persons(long companyId) {
        return rows(CONTACT.COMPANY_ID.eq(companyId), List.of(CONTACT.NAME.asc(), CONTACT.ID.asc()), 0, Integer.MAX_VALUE);
    }

    public Optional<ContactRow> row(long contactId) {
        return rows(CONTACT.ID.eq(contactId), List.of(CONTACT.ID.asc()), 0, 1).stream().findFirst();
    }

    private List<ContactRow> rows(Condition condition, List<SortField<?>> orderBy, int offset, int limit) {
        return db.select(CONTACT.ID, CONTACT.KIND, CONTACT.NAME, CONTACT.COMPANY_ID, COMPANY.NAME, CONTACT.EMAIL,
                        CONTACT.JOB_TITLE, CONTACT.CITY, CONTACT.VAT_ID, CONTACT.IS_CUSTOMER, CONTACT.IS_SUPPLIER,
                        CONTACT.IS_PARTNER, APP_USER.ID, APP_USER.ENABLED, APP_USER.ACCESS_REVOKED_AT,
                        APP_USER.PASSWORD_HASH.isNotNull().as("registered"))
                .from(CONTACT)
                .leftJoin(COMPANY).on(COMPANY.ID.eq(CONTACT.COMPANY_ID))
                .leftJoin(APP_USER).on(APP_USER.CONTACT_ID.eq(CONTACT.ID))
                .where(condition)
                .orderBy(orderBy)
                .offset(offset)
                .limit(limit)
                .fetch(ContactRepository::toRow);
    }

    private static ContactRow toRow(Record row) {
        PortalStatus status = row.get(APP_USER.ID) == null ? PortalStatus.NO_ACCESS
                : PortalStatus.of(row.get(APP_USER.ENABLED), row.get(APP_USER.ACCESS_REVOKED_AT),
                row.get("registered", Boolean.class));
        return new ContactRow(row.get(CONTACT.ID), row.get(CONTACT.KIND), row.get(CONTACT.NAME),
                row.get(CONTACT.COMPANY_ID), row.get(COMPANY.NAME), row.get(CONTACT.EMAIL), row.get(CONTACT.JOB_TITLE),
                row.get(CONTACT.CITY), row.get(CONTACT.VAT_ID), row.get(CONTACT.IS_CUSTOMER),
                row.get(CONTACT.IS_SUPPLIER), row.get(CONTACT.IS_PARTNER), status);
    }

    /** The companies a portal user sees, those of its customer scope (a partner's customers); staff see all. */
    public static Condition visibleTo(PortalScope scope) {
        return scope.customers(CONTACT.ID);
    }

    private static Condition condition(ContactFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.kind() != null) {
            condition = condition.and(CONTACT.KIND.eq(filter.kind()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + filter.text().strip() + "%";
            condition = condition.and(CONTACT.NAME.likeIgnoreCase(pattern)
                    .or(CONTACT.EMAIL.likeIgnoreCase(pattern))
                    .or(CONTACT.CITY.likeIgnoreCase(pattern))
                    .or(CONTACT.VAT_ID.likeIgnoreCase(pattern)));
        }
        return condition;
    }

    /** Adds an invoice, delivery or other address to a contact. */
    public void addAddress(long contactId, String type, String name, String street, String zip, String city, String countryCode) {
        db.insertInto(CONTACT_ADDRESS)
                .set(CONTACT_ADDRESS.CONTACT_ID, contactId)
                .set(CONTACT_ADDRESS.TYPE, type)
                .set(CONTACT_ADDRESS.NAME, name)
                .set(CONTACT_ADDRESS.STREET, street)
                .set(CONTACT_ADDRESS.ZIP, zip)
                .set(CONTACT_ADDRESS.CITY, city)
                .set(CONTACT_ADDRESS.COUNTRY_CODE, countryCode)
                .execute();
    }

    /** The company's separate invoice address (e.g. its accounts department), the first if it has several. */
    public Optional<ContactAddress> invoiceAddress(long companyId) {
        return addresses(companyId).stream().filter(address -> "INVOICE".equals(address.type())).findFirst();
    }

    /** The email address of the company's first person that has one. */
    public Optional<String> firstPersonEmail(long companyId) {
        return db.select(CONTACT.EMAIL).from(CONTACT)
                .where(CONTACT.COMPANY_ID.eq(companyId), CONTACT.EMAIL.isNotNull(), CONTACT.EMAIL.ne(""))
                .orderBy(CONTACT.ID).limit(1).fetchOptional(CONTACT.EMAIL);
    }

    public List<ContactAddress> addresses(long contactId) {
        return db.selectFrom(CONTACT_ADDRESS).where(CONTACT_ADDRESS.CONTACT_ID.eq(contactId))
                .orderBy(CONTACT_ADDRESS.TYPE, CONTACT_ADDRESS.ID)
                .fetch(address -> new ContactAddress(address.getId(), address.getType(), address.getName(),
                        address.getStreet(), address.getZip(), address.getCity(), address.getCountryCode()));
    }

    /** Companies whose name contains the text, for a lazy selection. */
    public List<ContactOption> companies(String text, int offset, int limit) {
        return options(CONTACT.KIND.eq(ContactKind.COMPANY), text, offset, limit);
    }

    /** Customer companies whose name contains the text, for a lazy selection. */
    public List<ContactOption> customerCompanies(String text, int offset, int limit) {
        return options(CONTACT.KIND.eq(ContactKind.COMPANY).and(CONTACT.IS_CUSTOMER.isTrue()), text, offset, limit);
    }

    /** Partner (reseller) companies whose name contains the text, for a lazy selection. */
    public List<ContactOption> partners(String text, int offset, int limit) {
        return options(CONTACT.KIND.eq(ContactKind.COMPANY).and(CONTACT.IS_PARTNER.isTrue()), text, offset, limit);
    }

    private List<ContactOption> options(Condition condition, String text, int offset, int limit) {
        if (text != null && !text.isBlank()) {
            condition = condition.and(CONTACT.NAME.likeIgnoreCase("%" + text.strip() + "%"));
        }
        return db.select(CONTACT.ID, CONTACT.NAME).from(CONTACT).where(condition)
                .orderBy(CONTACT.NAME, CONTACT.ID).offset(offset).limit(limit)
                .fetch(Records.mapping(ContactOption::new));
    }

    public Optional<ContactOption> option(Long contactId) {
        if (contactId == null) {
            return Optional.empty();
        }
        return db.select(CONTACT.ID, CONTACT.NAME).from(CONTACT).where(CONTACT.ID.eq(contactId))
                .fetchOptional(Records.mapping(ContactOption::new));
    }

    public boolean isCompany(long contactId) {
        return db.fetchExists(CONTACT, CONTACT.ID.eq(contactId).and(CONTACT.KIND.eq(ContactKind.COMPANY)));
    }

    public boolean isCustomerCompany(long contactId) {
        return db.fetchExists(CONTACT, CONTACT.ID.eq(contactId), CONTACT.KIND.eq(ContactKind.COMPANY), CONTACT.IS_CUSTOMER.isTrue());
    }

    /** Whether the person belongs to the company. */
    public boolean isPersonOf(long contactId, long companyId) {
        return db.fetchExists(CONTACT, CONTACT.ID.eq(contactId), CONTACT.COMPANY_ID.eq(companyId));
    }

    public boolean isPartnerCompany(long contactId) {
        return db.fetchExists(CONTACT, CONTACT.ID.eq(contactId).and(CONTACT.KIND.eq(ContactKind.COMPANY))
                .and(CONTACT.IS_PARTNER.isTrue()));
    }

    public boolean hasPersons(long companyId) {
        return db.fetchExists(CONTACT, CONTACT.COMPANY_ID.eq(companyId));
    }

    public boolean hasPartnerCustomers(long partnerCompanyId) {
        return db.fetchExists(CONTACT, CONTACT.PARTNER_ID.eq(partnerCompanyId));
    }

    /** The company a contact acts for: its company, or the contact itself when it has none. */
    @Override
    public Optional<Long> actingCompanyOf(long contactId) {
        return db.select(DSL.coalesce(CONTACT.COMPANY_ID, CONTACT.ID))
                .from(CONTACT)
                .where(CONTACT.ID.eq(contactId))
                .fetchOptional(0, Long.class);
    }

    /** Companies a partner (reseller) sold to. */
    @Override
    public List<Long> customersOfPartner(long partnerCompanyId) {
        return db.select(CONTACT.ID).from(CONTACT).where(CONTACT.PARTNER_ID.eq(partnerCompanyId)).fetch(CONTACT.ID);
    }

    /** The language the contact reads, as a tag (de, en), if one is set. */
    public Optional<String> language(Long contactId) {
        return db.select(CONTACT.LANGUAGE).from(CONTACT).where(CONTACT.ID.eq(contactId)).fetchOptional(CONTACT.LANGUAGE);
    }

    public Optional<String> name(long contactId) {
        return db.select(CONTACT.NAME).from(CONTACT).where(CONTACT.ID.eq(contactId)).fetchOptional(CONTACT.NAME);
    }

    /** The company another system knows by this id. */
    public Optional<Long> companyOfExternal(String externalId) {
        return db.select(CONTACT.ID).from(CONTACT)
                .where(CONTACT.EXTERNAL_ID.eq(externalId).and(CONTACT.KIND.eq(ContactKind.COMPANY)))
                .fetchOptional(CONTACT.ID);
    }

    public String externalId(long contactId) {
        return EXTERNAL.externalIdOf(db, contactId);
    }

    /** Gives a contact the id another system knows it by (demo data, tests). */
    public void linkExternal(long contactId, String externalId) {
        db.update(CONTACT).set(CONTACT.EXTERNAL_ID, externalId).where(CONTACT.ID.eq(contactId)).execute();
    }

    /** A person another system knows by this id, under any company. */
    public Optional<Long> personOfExternal(String externalId) {
        return db.select(CONTACT.ID).from(CONTACT)
                .where(CONTACT.EXTERNAL_ID.eq(externalId).and(CONTACT.KIND.eq(ContactKind.PERSON)))
                .fetchOptional(CONTACT.ID);
    }

    /** Whether another contact than {@code exceptId} is known by this external id. */
    public boolean externalIdTaken(String externalId, Long exceptId) {
        return db.fetchExists(CONTACT, CONTACT.EXTERNAL_ID.eq(externalId)
                .and(exceptId == null ? DSL.noCondition() : CONTACT.ID.ne(exceptId)));
    }

    public Optional<String> externalHash(long contactId) {
        return db.select(CONTACT.EXTERNAL_HASH).from(CONTACT).where(CONTACT.ID.eq(contactId))
                .fetchOptional(CONTACT.EXTERNAL_HASH);
    }

    public void linkExternal(long contactId, String externalId, String externalHash) {
        EXTERNAL.link(db, contactId, externalId, externalHash);
    }
}
