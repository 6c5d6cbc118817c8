package org.kundenportal.mandates.domain;

import static org.kundenportal.db.Tables.SEPA_MANDATE;
import static org.kundenportal.db.Tables.SIGNATURE_REQUEST;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
public class SepaMandateRepository {

    private final DSLContext db;

    public SepaMandateRepository(DSLContext db) {
        this.db = db;
    }

    /** The mandate the company's invoices are collected under now, if any (at most one: a unique key holds it). */
    public Optional<SepaMandate> active(long companyId) {
        return find(SEPA_MANDATE.ACTIVE_COMPANY_ID.eq(companyId)).stream().findFirst();
    }

    public Optional<SepaMandate> find(long mandateId) {
        return find(SEPA_MANDATE.ID.eq(mandateId)).stream().findFirst();
    }

    /** The mandates registered from a signature request, newest first. */
    public List<SepaMandate> ofRequest(long signatureRequestId) {
        return find(SEPA_MANDATE.SIGNATURE_REQUEST_ID.eq(signatureRequestId));
    }

    public boolean referenceTaken(String reference) {
        return db.fetchExists(SEPA_MANDATE, SEPA_MANDATE.REFERENCE.eq(reference));
    }

    public long insert(long companyId, NewMandate mandate, long staffUserId) {
        return db.insertInto(SEPA_MANDATE)
                .set(SEPA_MANDATE.COMPANY_ID, companyId)
                .set(SEPA_MANDATE.REFERENCE, mandate.reference())
                .set(SEPA_MANDATE.DEBTOR_NAME, mandate.debtorName())
                .set(SEPA_MANDATE.IBAN, mandate.iban())
                .set(SEPA_MANDATE.BIC, mandate.bic())
                .set(SEPA_MANDATE.SIGNED_ON, mandate.signedOn())
                .set(SEPA_MANDATE.SIGNATURE_REQUEST_ID, mandate.signatureRequestId())
                .set(SEPA_MANDATE.CREATED_BY_USER_ID, staffUserId)
                .set(SEPA_MANDATE.CREATED_AT, Instant.now())
                .returning(SEPA_MANDATE.ID)
                .fetchSingle(SEPA_MANDATE.ID);
    }

    /** False when it was revoked before (another tab, a second click). */
    public boolean revoke(long mandateId, long staffUserId, Instant at) {
        return db.update(SEPA_MANDATE)
                .set(SEPA_MANDATE.REVOKED_AT, at)
                .set(SEPA_MANDATE.REVOKED_BY_USER_ID, staffUserId)
                .where(SEPA_MANDATE.ID.eq(mandateId), SEPA_MANDATE.REVOKED_AT.isNull())
                .execute() == 1;
    }

    private List<SepaMandate> find(Condition condition) {
        return db.select(SEPA_MANDATE.asterisk(), SIGNATURE_REQUEST.NUMBER)
                .from(SEPA_MANDATE)
                .join(SIGNATURE_REQUEST).on(SIGNATURE_REQUEST.ID.eq(SEPA_MANDATE.SIGNATURE_REQUEST_ID))
                .where(condition)
                .orderBy(SEPA_MANDATE.CREATED_AT.desc(), SEPA_MANDATE.ID.desc())
                .fetch(SepaMandateRepository::toMandate);
    }

    private static SepaMandate toMandate(Record row) {
        return new SepaMandate(row.get(SEPA_MANDATE.ID), row.get(SEPA_MANDATE.COMPANY_ID), row.get(SEPA_MANDATE.REFERENCE),
                row.get(SEPA_MANDATE.DEBTOR_NAME), row.get(SEPA_MANDATE.IBAN), row.get(SEPA_MANDATE.BIC),
                row.get(SEPA_MANDATE.SIGNED_ON), row.get(SEPA_MANDATE.SIGNATURE_REQUEST_ID),
                row.get(SIGNATURE_REQUEST.NUMBER), row.get(SEPA_MANDATE.CREATED_AT), row.get(SEPA_MANDATE.REVOKED_AT));
    }
}
