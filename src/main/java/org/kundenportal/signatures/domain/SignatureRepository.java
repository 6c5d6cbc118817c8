package org.kundenportal.signatures.domain;

import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.SIGNATURE_FIELD;
import static org.kundenportal.db.Tables.SIGNATURE_PAGE;
import static org.kundenportal.db.Tables.SIGNATURE_REQUEST;
import static org.kundenportal.db.Tables.USER_ROLE;

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
import org.kundenportal.base.db.ChildRows;
import org.kundenportal.base.db.SortOrders;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.documents.domain.DocumentFilter;
import org.springframework.stereotype.Repository;

/**
 * Signature requests of the companies in the user's scope; every read takes the scope, and portal users never see
 * drafts. Writes are guarded by state and version in SQL; once a request is SIGNED the V16 triggers refuse any
 * change to it, its fields and pages whatever code tries.
 */
@Repository
public class SignatureRepository {

    /** Sort keys the lists may ask for; anything else is refused. */
    public static final Map<String, Field<?>> SORT_FIELDS = Map.of(
            "number", SIGNATURE_REQUEST.NUMBER,
            "title", SIGNATURE_REQUEST.TITLE,
            "customer", CONTACT.NAME,
            "signer", APP_USER.DISPLAY_NAME,
            "state", SIGNATURE_REQUEST.STATE,
            "created", SIGNATURE_REQUEST.CREATED_AT,
            "sent", SIGNATURE_REQUEST.SENT_AT,
            "signed", SIGNATURE_REQUEST.SIGNED_AT);

    /** The original and the completed PDF, with the name it downloads under. */
    public record PdfFile(String fileName, byte[] content) {
    }

    private final DSLContext db;

    public SignatureRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * One page of the list. The date range applies to the day it was sent (created, for drafts); the search
     * matches number, title, customer and signer.
     */
    public List<SignatureRow> page(PortalScope scope, DocumentFilter<SignatureState> filter, int offset, int limit,
                                   List<SortOrders.Sort> sort) {
        List<SortField<?>> orderBy = new ArrayList<>(SortOrders.toSortFields(sort, SORT_FIELDS));
        orderBy.add(SIGNATURE_REQUEST.CREATED_AT.desc());
        orderBy.add(SIGNATURE_REQUEST.ID.desc());
        return db.select(SIGNATURE_REQUEST.ID, SIGNATURE_REQUEST.NUMBER, SIGNATURE_REQUEST.TITLE,
                        SIGNATURE_REQUEST.COMPANY_ID, CONTACT.NAME, APP_USER.DISPLAY_NAME, SIGNATURE_REQUEST.STATE,
                        SIGNATURE_REQUEST.CREATED_AT, SIGNATURE_REQUEST.SENT_AT, SIGNATURE_REQUEST.SIGNED_AT)
                .from(SIGNATURE_REQUEST)
                .join(CONTACT).on(CONTACT.ID.eq(SIGNATURE_REQUEST.COMPANY_ID))
                .join(APP_USER).on(APP_USER.ID.eq(SIGNATURE_REQUEST.SIGNER_USER_ID))
                .where(condition(scope, filter))
                .orderBy(orderBy)
                .offset(offset).limit(limit)
                .fetch(Records.mapping(SignatureRow::new));
    }

    public int count(PortalScope scope, DocumentFilter<SignatureState> filter) {
        return db.fetchCount(db.selectOne().from(SIGNATURE_REQUEST)
                .join(CONTACT).on(CONTACT.ID.eq(SIGNATURE_REQUEST.COMPANY_ID))
                .join(APP_USER).on(APP_USER.ID.eq(SIGNATURE_REQUEST.SIGNER_USER_ID))
                .where(condition(scope, filter)));
    }

    /** Requests in the scope that wait for a signature (SENT). */
    public int countWaiting(PortalScope scope) {
        return db.fetchCount(SIGNATURE_REQUEST, visibleTo(scope)
                .and(SIGNATURE_REQUEST.STATE.eq(SignatureState.SENT)));
    }

    /** The request with this number if it is in the user's scope; empty both when it is not and when it does not exist. */
    public Optional<SignatureRequest> find(PortalScope scope, String number) {
        return db.select(SIGNATURE_REQUEST.ID).from(SIGNATURE_REQUEST)
                .where(SIGNATURE_REQUEST.NUMBER.eq(number).and(visibleTo(scope)))
                .fetchOptional(SIGNATURE_REQUEST.ID)
                .map(this::load);
    }

    /** As {@link #find(PortalScope, String)}, by row id. */
    public Optional<SignatureRequest> find(PortalScope scope, long id) {
        return db.fetchExists(SIGNATURE_REQUEST, SIGNATURE_REQUEST.ID.eq(id).and(visibleTo(scope)))
                ? Optional.of(load(id)) : Optional.empty();
    }

    /** The rendered PNG of a page (1-based) of a request in the scope. */
    public Optional<byte[]> pageImage(PortalScope scope, String number, int page) {
        return db.select(SIGNATURE_PAGE.IMAGE_PNG).from(SIGNATURE_PAGE)
                .join(SIGNATURE_REQUEST).on(SIGNATURE_REQUEST.ID.eq(SIGNATURE_PAGE.REQUEST_ID))
                .where(SIGNATURE_REQUEST.NUMBER.eq(number), SIGNATURE_PAGE.PAGE_NO.eq(page), visibleTo(scope))
                .fetchOptional(SIGNATURE_PAGE.IMAGE_PNG);
    }

    /** The PDF as staff uploaded it. */
    public Optional<PdfFile> originalPdf(PortalScope scope, String number) {
        return db.select(SIGNATURE_REQUEST.ORIGINAL_FILE_NAME, SIGNATURE_REQUEST.ORIGINAL_PDF).from(SIGNATURE_REQUEST)
                .where(SIGNATURE_REQUEST.NUMBER.eq(number), visibleTo(scope))
                .fetchOptional(Records.mapping(PdfFile::new));
    }

    /** The completed PDF with the values and the audit page; only a signed request has one. */
    public Optional<PdfFile> signedPdf(PortalScope scope, String number) {
        return db.select(SIGNATURE_REQUEST.NUMBER, SIGNATURE_REQUEST.SIGNED_PDF).from(SIGNATURE_REQUEST)
                .where(SIGNATURE_REQUEST.NUMBER.eq(number), visibleTo(scope),
                        SIGNATURE_REQUEST.STATE.eq(SignatureState.SIGNED))
                .fetchOptional(row -> new PdfFile(row.value1() + ".pdf", row.value2()));
    }

    /** The company's portal users who can sign in (customer or partner role), by name. */
    public List<Signer> signers(long companyId) {
        return db.select(APP_USER.ID, APP_USER.DISPLAY_NAME, APP_USER.EMAIL)
                .from(APP_USER).join(CONTACT).on(CONTACT.ID.eq(APP_USER.CONTACT_ID))
                .where(signerOf(companyId))
                .orderBy(APP_USER.DISPLAY_NAME, APP_USER.ID)
                .fetch(Records.mapping(Signer::new));
    }

    public boolean isSigner(long companyId, long userId) {
        return db.fetchExists(db.selectOne().from(APP_USER).join(CONTACT).on(CONTACT.ID.eq(APP_USER.CONTACT_ID))
                .where(APP_USER.ID.eq(userId), signerOf(companyId)));
    }

    private static Condition signerOf(long companyId) {
        return DSL.coalesce(CONTACT.COMPANY_ID, CONTACT.ID).eq(companyId)
                .and(APP_USER.KIND.eq(UserKind.PORTAL))
                .and(APP_USER.ENABLED.isTrue())
                .and(APP_USER.PASSWORD_HASH.isNotNull())
                .and(APP_USER.ACCESS_REVOKED_AT.isNull())
                .and(APP_USER.DELETED_AT.isNull())
                .and(DSL.exists(DSL.selectOne().from(USER_ROLE).where(USER_ROLE.USER_ID.eq(APP_USER.ID),
                        USER_ROLE.ROLE.in(Role.CUSTOMER, Role.PARTNER))));
    }

    long insert(String number, NewSignatureRequest request, String title, String message, String fileName,
                String sha256, int pageCount, Long createdByUserId) {
        return db.insertInto(SIGNATURE_REQUEST)
                .set(SIGNATURE_REQUEST.NUMBER, number)
                .set(SIGNATURE_REQUEST.COMPANY_ID, request.companyId())
                .set(SIGNATURE_REQUEST.SIGNER_USER_ID, request.signerUserId())
                .set(SIGNATURE_REQUEST.TITLE, title)
                .set(SIGNATURE_REQUEST.MESSAGE, message)
                .set(SIGNATURE_REQUEST.STATE, SignatureState.DRAFT)
                .set(SIGNATURE_REQUEST.ORIGINAL_FILE_NAME, fileName)
                .set(SIGNATURE_REQUEST.ORIGINAL_PDF, request.pdf())
                .set(SIGNATURE_REQUEST.ORIGINAL_SHA256, sha256)
                .set(SIGNATURE_REQUEST.PAGE_COUNT, pageCount)
                .set(SIGNATURE_REQUEST.CREATED_BY_USER_ID, createdByUserId)
                .set(SIGNATURE_REQUEST.RESPONSIBLE_USER_ID, createdByUserId)
                .set(SIGNATURE_REQUEST.CREATED_AT, Instant.now())
                .returningResult(SIGNATURE_REQUEST.ID)
                .fetchSingle(SIGNATURE_REQUEST.ID);
    }

    void insertPage(long requestId, PdfPages.RenderedPage page) {
        db.insertInto(SIGNATURE_PAGE)
                .set(SIGNATURE_PAGE.REQUEST_ID, requestId)
                .set(SIGNATURE_PAGE.PAGE_NO, page.page())
                .set(SIGNATURE_PAGE.WIDTH_PT, page.widthPt())
                .set(SIGNATURE_PAGE.HEIGHT_PT, page.heightPt())
                .set(SIGNATURE_PAGE.IMAGE_PNG, page.png())
                .execute();
    }

    /** Replaces the fields of a DRAFT that is still at the given version; false when it is not. */
    boolean replaceFields(long requestId, int version, List<NewField> fields) {
        if (!bump(requestId, version, SIGNATURE_REQUEST.STATE.eq(SignatureState.DRAFT))) {
            return false;
        }
        ChildRows.deleteExisting(db, SIGNATURE_FIELD, SIGNATURE_FIELD.REQUEST_ID.eq(requestId));
        int position = 0;
        for (NewField field : fields) {
            db.insertInto(SIGNATURE_FIELD)
                    .set(SIGNATURE_FIELD.REQUEST_ID, requestId)
                    .set(SIGNATURE_FIELD.POSITION, position++)
                    .set(SIGNATURE_FIELD.KIND, field.kind())
                    .set(SIGNATURE_FIELD.LABEL, field.label())
                    .set(SIGNATURE_FIELD.REQUIRED, field.required())
                    .set(SIGNATURE_FIELD.PAGE_NO, field.page())
                    .set(SIGNATURE_FIELD.X, field.x())
                    .set(SIGNATURE_FIELD.Y, field.y())
                    .set(SIGNATURE_FIELD.WIDTH, field.width())
                    .set(SIGNATURE_FIELD.HEIGHT, field.height())
                    .execute();
        }
        return true;
    }

    /** DRAFT to SENT, only with fields and only at the given version. */
    boolean send(long requestId, int version, Instant now) {
        return db.update(SIGNATURE_REQUEST)
                .set(SIGNATURE_REQUEST.STATE, SignatureState.SENT)
                .set(SIGNATURE_REQUEST.SENT_AT, now)
                .set(SIGNATURE_REQUEST.VERSION, SIGNATURE_REQUEST.VERSION.plus(1))
                .where(SIGNATURE_REQUEST.ID.eq(requestId), SIGNATURE_REQUEST.VERSION.eq(version),
                        SIGNATURE_REQUEST.STATE.eq(SignatureState.DRAFT),
                        DSL.exists(DSL.selectOne().from(SIGNATURE_FIELD).where(SIGNATURE_FIELD.REQUEST_ID.eq(requestId))))
                .execute() == 1;
    }

    /** DRAFT or SENT to CANCELLED at the given version. */
    boolean cancel(long requestId, int version, Instant now) {
        return db.update(SIGNATURE_REQUEST)
                .set(SIGNATURE_REQUEST.STATE, SignatureState.CANCELLED)
                .set(SIGNATURE_REQUEST.CANCELLED_AT, now)
                .set(SIGNATURE_REQUEST.VERSION, SIGNATURE_REQUEST.VERSION.plus(1))
                .where(SIGNATURE_REQUEST.ID.eq(requestId), SIGNATURE_REQUEST.VERSION.eq(version),
                        SIGNATURE_REQUEST.STATE.in(SignatureState.DRAFT, SignatureState.SENT))
                .execute() == 1;
    }

    /** A request's state and version as they are now. */
    record Current(SignatureState state, int version) {
    }

    /**
     * Locks the request row for the rest of the transaction and tells its state and version: a second signing
     * waits here for the first to commit, then finds it SIGNED.
     */
    Current lock(long requestId) {
        return db.select(SIGNATURE_REQUEST.STATE, SIGNATURE_REQUEST.VERSION).from(SIGNATURE_REQUEST)
                .where(SIGNATURE_REQUEST.ID.eq(requestId)).forUpdate()
                .fetchSingle(Records.mapping(Current::new));
    }

    void fill(long requestId, long fieldId, String text, byte[] png, Instant now) {
        db.update(SIGNATURE_FIELD)
                .set(SIGNATURE_FIELD.TEXT_VALUE, text)
                .set(SIGNATURE_FIELD.IMAGE_PNG, png)
                .set(SIGNATURE_FIELD.FILLED_AT, text == null && png == null ? null : now)
                .where(SIGNATURE_FIELD.ID.eq(fieldId), SIGNATURE_FIELD.REQUEST_ID.eq(requestId))
                .execute();
    }

    /** SENT to SIGNED with the completed PDF, only at the given version: signing happens once. */
    boolean markSigned(long requestId, int version, Instant at, String signerName, String clientAddress,
                       byte[] signedPdf, String signedSha256) {
        return db.update(SIGNATURE_REQUEST)
                .set(SIGNATURE_REQUEST.STATE, SignatureState.SIGNED)
                .set(SIGNATURE_REQUEST.SIGNED_AT, at)
                .set(SIGNATURE_REQUEST.SIGNED_BY_NAME, signerName)
                .set(SIGNATURE_REQUEST.SIGNER_ADDRESS, clientAddress)
                .set(SIGNATURE_REQUEST.SIGNED_PDF, signedPdf)
                .set(SIGNATURE_REQUEST.SIGNED_SHA256, signedSha256)
                .set(SIGNATURE_REQUEST.VERSION, SIGNATURE_REQUEST.VERSION.plus(1))
                .where(SIGNATURE_REQUEST.ID.eq(requestId), SIGNATURE_REQUEST.VERSION.eq(version),
                        SIGNATURE_REQUEST.STATE.eq(SignatureState.SENT))
                .execute() == 1;
    }

    /** The PDF as uploaded, for stamping; no scope, the caller has checked it. */
    byte[] originalBytes(long requestId) {
        return db.select(SIGNATURE_REQUEST.ORIGINAL_PDF).from(SIGNATURE_REQUEST)
                .where(SIGNATURE_REQUEST.ID.eq(requestId)).fetchSingle(SIGNATURE_REQUEST.ORIGINAL_PDF);
    }

    Optional<String> emailOf(long userId) {
        return db.select(APP_USER.EMAIL).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchOptional(APP_USER.EMAIL);
    }


    private boolean bump(long requestId, int version, Condition state) {
        return db.update(SIGNATURE_REQUEST)
                .set(SIGNATURE_REQUEST.VERSION, SIGNATURE_REQUEST.VERSION.plus(1))
                .where(SIGNATURE_REQUEST.ID.eq(requestId), SIGNATURE_REQUEST.VERSION.eq(version), state)
                .execute() == 1;
    }

    private SignatureRequest load(long id) {
        Record row = db.select(SIGNATURE_REQUEST.ID, SIGNATURE_REQUEST.NUMBER, SIGNATURE_REQUEST.COMPANY_ID, CONTACT.NAME,
                        SIGNATURE_REQUEST.SIGNER_USER_ID, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, SIGNATURE_REQUEST.TITLE,
                        SIGNATURE_REQUEST.MESSAGE, SIGNATURE_REQUEST.STATE, SIGNATURE_REQUEST.ORIGINAL_FILE_NAME,
                        SIGNATURE_REQUEST.ORIGINAL_SHA256, SIGNATURE_REQUEST.PAGE_COUNT,
                        SIGNATURE_REQUEST.CREATED_BY_USER_ID, SIGNATURE_REQUEST.RESPONSIBLE_USER_ID,
                        SIGNATURE_REQUEST.CREATED_AT, SIGNATURE_REQUEST.SENT_AT, SIGNATURE_REQUEST.CANCELLED_AT,
                        SIGNATURE_REQUEST.SIGNED_AT, SIGNATURE_REQUEST.SIGNED_BY_NAME, SIGNATURE_REQUEST.SIGNER_ADDRESS,
                        SIGNATURE_REQUEST.SIGNED_SHA256, SIGNATURE_REQUEST.VERSION)
                .from(SIGNATURE_REQUEST)
                .join(CONTACT).on(CONTACT.ID.eq(SIGNATURE_REQUEST.COMPANY_ID))
                .join(APP_USER).on(APP_USER.ID.eq(SIGNATURE_REQUEST.SIGNER_USER_ID))
                .where(SIGNATURE_REQUEST.ID.eq(id))
                .fetchSingle();
        return new SignatureRequest(id, row.get(SIGNATURE_REQUEST.NUMBER), row.get(SIGNATURE_REQUEST.COMPANY_ID),
                row.get(CONTACT.NAME), row.get(SIGNATURE_REQUEST.SIGNER_USER_ID), row.get(APP_USER.DISPLAY_NAME),
                row.get(APP_USER.EMAIL), row.get(SIGNATURE_REQUEST.TITLE), row.get(SIGNATURE_REQUEST.MESSAGE),
                row.get(SIGNATURE_REQUEST.STATE), row.get(SIGNATURE_REQUEST.ORIGINAL_FILE_NAME),
                row.get(SIGNATURE_REQUEST.ORIGINAL_SHA256), row.get(SIGNATURE_REQUEST.PAGE_COUNT),
                row.get(SIGNATURE_REQUEST.CREATED_BY_USER_ID), row.get(SIGNATURE_REQUEST.RESPONSIBLE_USER_ID),
                row.get(SIGNATURE_REQUEST.CREATED_AT), row.get(SIGNATURE_REQUEST.SENT_AT),
                row.get(SIGNATURE_REQUEST.CANCELLED_AT), row.get(SIGNATURE_REQUEST.SIGNED_AT),
                row.get(SIGNATURE_REQUEST.SIGNED_BY_NAME), row.get(SIGNATURE_REQUEST.SIGNER_ADDRESS),
                row.get(SIGNATURE_REQUEST.SIGNED_SHA256), row.get(SIGNATURE_REQUEST.VERSION), pages(id), fields(id));
    }

    private List<SignaturePage> pages(long requestId) {
        return db.select(SIGNATURE_PAGE.PAGE_NO, SIGNATURE_PAGE.WIDTH_PT, SIGNATURE_PAGE.HEIGHT_PT).from(SIGNATURE_PAGE)
                .where(SIGNATURE_PAGE.REQUEST_ID.eq(requestId)).orderBy(SIGNATURE_PAGE.PAGE_NO)
                .fetch(Records.mapping(SignaturePage::new));
    }

    private List<SignatureField> fields(long requestId) {
        return db.selectFrom(SIGNATURE_FIELD).where(SIGNATURE_FIELD.REQUEST_ID.eq(requestId))
                .orderBy(SIGNATURE_FIELD.PAGE_NO, SIGNATURE_FIELD.POSITION)
                .fetch(field -> new SignatureField(field.getId(), field.getPosition(), field.getKind(),
                        field.getLabel(), field.getRequired(), field.getPageNo(), field.getX(), field.getY(),
                        field.getWidth(), field.getHeight(), field.getTextValue(), field.getImagePng(),
                        field.getFilledAt()));
    }

    /**
     * What a user may see: the signature requests of the companies in its scope, never a draft; staff see all. The
     * one visibility rule of signature requests.
     */
    public static Condition visibleTo(PortalScope scope) {
        Condition scoped = scope.customers(SIGNATURE_REQUEST.COMPANY_ID);
        return scope.unrestricted() ? scoped : scoped.and(SIGNATURE_REQUEST.STATE.ne(SignatureState.DRAFT));
    }

    private static Condition condition(PortalScope scope, DocumentFilter<SignatureState> filter) {
        Condition condition = visibleTo(scope);
        if (filter.hasText()) {
            String pattern = filter.likePattern();
            condition = condition.and(SIGNATURE_REQUEST.NUMBER.likeIgnoreCase(pattern, '\\')
                    .or(SIGNATURE_REQUEST.TITLE.likeIgnoreCase(pattern, '\\'))
                    .or(CONTACT.NAME.likeIgnoreCase(pattern, '\\'))
                    .or(APP_USER.DISPLAY_NAME.likeIgnoreCase(pattern, '\\')));
        }
        Field<Instant> day = DSL.coalesce(SIGNATURE_REQUEST.SENT_AT, SIGNATURE_REQUEST.CREATED_AT);
        if (filter.from() != null) {
            condition = condition.and(day.ge(filter.from().atStartOfDay(org.kundenportal.base.i18n.Formats.ZONE).toInstant()));
        }
        if (filter.to() != null) {
            condition = condition.and(day.lt(filter.to().plusDays(1).atStartOfDay(org.kundenportal.base.i18n.Formats.ZONE).toInstant()));
        }
        if (filter.state() != null) {
            condition = condition.and(SIGNATURE_REQUEST.STATE.eq(filter.state()));
        }
        if (filter.companyId() != null) {
            condition = condition.and(SIGNATURE_REQUEST.COMPANY_ID.eq(filter.companyId()));
        }
        return condition;
    }
}
