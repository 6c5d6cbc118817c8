package org.kundenportal.invoices.incoming.domain;

import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.INVOICE;
import static org.kundenportal.db.Tables.RECEIVED_EINVOICE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SortField;
import org.jooq.UpdateSetMoreStep;
import org.jooq.impl.DSL;
import org.kundenportal.base.db.SortOrders;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.db.tables.AppUser;
import org.kundenportal.db.tables.Contact;
import org.kundenportal.db.tables.records.ReceivedEinvoiceRecord;
import org.springframework.stereotype.Repository;

/**
 * Received e-invoice files. Every read takes the reader's scope: a supplier's users see their own company's files,
 * staff see all. The file's bytes are written once and never changed (the database refuses it, too).
 */
@Repository
public class ReceivedEInvoiceRepository {

    private static final Contact SUPPLIER = CONTACT.as("supplier");
    private static final AppUser UPLOADER = APP_USER.as("uploader");
    private static final AppUser DECIDER = APP_USER.as("decider");

    /** Sort keys the lists may ask for; anything else is refused. */
    public static final Map<String, Field<?>> SORT_FIELDS = Map.of(
            "uploadedAt", RECEIVED_EINVOICE.UPLOADED_AT,
            "invoiceNumber", RECEIVED_EINVOICE.INVOICE_NUMBER,
            "issueDate", RECEIVED_EINVOICE.ISSUE_DATE,
            "total", RECEIVED_EINVOICE.TOTAL,
            "state", RECEIVED_EINVOICE.STATE,
            "supplier", SUPPLIER.NAME);

    private static final String SEPARATOR = "\n";

    private final DSLContext db;

    public ReceivedEInvoiceRepository(DSLContext db) {
        this.db = db;
    }

    long insert(NewReceivedEInvoice file) {
        return db.insertInto(RECEIVED_EINVOICE)
                .set(RECEIVED_EINVOICE.SUPPLIER_COMPANY_ID, file.supplierCompanyId())
                .set(RECEIVED_EINVOICE.UPLOADED_BY, file.uploadedBy())
                .set(RECEIVED_EINVOICE.UPLOADED_AT, Instant.now())
                .set(RECEIVED_EINVOICE.FILE_NAME, file.fileName())
                .set(RECEIVED_EINVOICE.MEDIA_TYPE, file.mediaType())
                .set(RECEIVED_EINVOICE.CONTENT, file.content())
                .set(RECEIVED_EINVOICE.SHA256, file.sha256())
                .set(RECEIVED_EINVOICE.INVOICE_NUMBER, file.invoiceNumber())
                .set(RECEIVED_EINVOICE.ISSUE_DATE, file.issueDate())
                .set(RECEIVED_EINVOICE.CURRENCY, file.currency().getCurrencyCode())
                .set(RECEIVED_EINVOICE.TOTAL, file.total())
                .set(RECEIVED_EINVOICE.VALIDATION_ERRORS, joined(file.validationErrors()))
                .set(RECEIVED_EINVOICE.VALIDATION_WARNINGS, joined(file.validationWarnings()))
                .set(RECEIVED_EINVOICE.STATE, ReceivedEInvoiceState.RECEIVED)
                .returningResult(RECEIVED_EINVOICE.ID)
                .fetchOne(RECEIVED_EINVOICE.ID);
    }

    boolean fileExists(String sha256) {
        return db.fetchExists(RECEIVED_EINVOICE, RECEIVED_EINVOICE.SHA256.eq(sha256));
    }

    /** Whether the supplier sent this invoice number before in a file that was not rejected. */
    boolean numberTaken(long supplierCompanyId, String invoiceNumber) {
        return db.fetchExists(RECEIVED_EINVOICE, RECEIVED_EINVOICE.SUPPLIER_COMPANY_ID.eq(supplierCompanyId),
                RECEIVED_EINVOICE.INVOICE_NUMBER.eq(invoiceNumber),
                RECEIVED_EINVOICE.STATE.ne(ReceivedEInvoiceState.REJECTED));
    }

    /** A page of the files the scope may see, optionally of one state, newest first unless sorted otherwise. */
    public List<ReceivedEInvoiceRow> page(PortalScope scope, ReceivedEInvoiceState state, int offset, int limit,
                                          List<SortOrders.Sort> sort) {
        List<SortField<?>> orderBy = new ArrayList<>(SortOrders.orderBy(sort, SORT_FIELDS, RECEIVED_EINVOICE.UPLOADED_AT,
                RECEIVED_EINVOICE.ID));
        return db.select(RECEIVED_EINVOICE.ID, SUPPLIER.NAME, RECEIVED_EINVOICE.INVOICE_NUMBER,
                        RECEIVED_EINVOICE.ISSUE_DATE, RECEIVED_EINVOICE.CURRENCY, RECEIVED_EINVOICE.TOTAL,
                        RECEIVED_EINVOICE.FILE_NAME, RECEIVED_EINVOICE.UPLOADED_AT, RECEIVED_EINVOICE.STATE,
                        INVOICE.NUMBER, RECEIVED_EINVOICE.REJECTION_REASON)
                .from(RECEIVED_EINVOICE)
                .join(SUPPLIER).on(SUPPLIER.ID.eq(RECEIVED_EINVOICE.SUPPLIER_COMPANY_ID))
                .leftJoin(INVOICE).on(INVOICE.ID.eq(RECEIVED_EINVOICE.INVOICE_ID))
                .where(visibleTo(scope), inState(state))
                .orderBy(orderBy)
                .offset(offset)
                .limit(limit)
                .fetch(row -> new ReceivedEInvoiceRow(row.value1(), row.value2(), row.value3(), row.value4(),
                        Currency.getInstance(row.value5()), row.value6(), row.value7(), row.value8(),
                        row.value9(), row.value10(), row.value11()));
    }

    public int count(PortalScope scope, ReceivedEInvoiceState state) {
        return db.fetchCount(RECEIVED_EINVOICE, visibleTo(scope).and(inState(state)));
    }

    /** The file's record if the scope may see it; not found and not allowed look the same. */
    public Optional<ReceivedEInvoice> find(long id, PortalScope scope) {
        return db.select(RECEIVED_EINVOICE.ID, RECEIVED_EINVOICE.SUPPLIER_COMPANY_ID, SUPPLIER.NAME, SUPPLIER.VAT_ID,
                        UPLOADER.DISPLAY_NAME, RECEIVED_EINVOICE.UPLOADED_AT, RECEIVED_EINVOICE.FILE_NAME,
                        RECEIVED_EINVOICE.MEDIA_TYPE, RECEIVED_EINVOICE.SHA256, RECEIVED_EINVOICE.INVOICE_NUMBER,
                        RECEIVED_EINVOICE.VALIDATION_ERRORS, RECEIVED_EINVOICE.VALIDATION_WARNINGS,
                        RECEIVED_EINVOICE.STATE, RECEIVED_EINVOICE.INVOICE_ID, INVOICE.NUMBER,
                        RECEIVED_EINVOICE.REJECTION_REASON, DECIDER.DISPLAY_NAME, RECEIVED_EINVOICE.DECIDED_AT)
                .from(RECEIVED_EINVOICE)
                .join(SUPPLIER).on(SUPPLIER.ID.eq(RECEIVED_EINVOICE.SUPPLIER_COMPANY_ID))
                .join(UPLOADER).on(UPLOADER.ID.eq(RECEIVED_EINVOICE.UPLOADED_BY))
                .leftJoin(DECIDER).on(DECIDER.ID.eq(RECEIVED_EINVOICE.DECIDED_BY))
                .leftJoin(INVOICE).on(INVOICE.ID.eq(RECEIVED_EINVOICE.INVOICE_ID))
                .where(RECEIVED_EINVOICE.ID.eq(id), visibleTo(scope))
                .fetchOptional(ReceivedEInvoiceRepository::toReceived);
    }

    /** The file's bytes exactly as uploaded, if the scope may see it. */
    public Optional<byte[]> content(long id, PortalScope scope) {
        return db.select(RECEIVED_EINVOICE.CONTENT)
                .from(RECEIVED_EINVOICE)
                .where(RECEIVED_EINVOICE.ID.eq(id), visibleTo(scope))
                .fetchOptional(RECEIVED_EINVOICE.CONTENT);
    }

    /** The received file a vendor bill was posted from: its id and file name, if it came as an e-invoice. */
    public Optional<BillSource> sourceOfBill(long invoiceId) {
        return db.select(RECEIVED_EINVOICE.ID, RECEIVED_EINVOICE.FILE_NAME)
                .from(RECEIVED_EINVOICE)
                .where(RECEIVED_EINVOICE.INVOICE_ID.eq(invoiceId))
                .fetchOptional(Records.mapping(BillSource::new));
    }

    /** The received e-invoice a vendor bill was posted from. */
    public record BillSource(long id, String fileName) {
    }

    /** False when the file is no longer waiting (posted or rejected meanwhile, by someone else or a second click). */
    boolean markPosted(long id, long invoiceId, long staffUserId) {
        return decide(ReceivedEInvoiceState.POSTED, staffUserId).set(RECEIVED_EINVOICE.INVOICE_ID, invoiceId)
                .where(RECEIVED_EINVOICE.ID.eq(id), waiting()).execute() == 1;
    }

    /** False when the file is no longer waiting. */
    boolean markRejected(long id, String reason, long staffUserId) {
        return decide(ReceivedEInvoiceState.REJECTED, staffUserId).set(RECEIVED_EINVOICE.REJECTION_REASON, reason)
                .where(RECEIVED_EINVOICE.ID.eq(id), waiting()).execute() == 1;
    }

    private UpdateSetMoreStep<ReceivedEinvoiceRecord> decide(ReceivedEInvoiceState state, long staffUserId) {
        return db.update(RECEIVED_EINVOICE)
                .set(RECEIVED_EINVOICE.STATE, state)
                .set(RECEIVED_EINVOICE.DECIDED_BY, staffUserId)
                .set(RECEIVED_EINVOICE.DECIDED_AT, Instant.now());
    }

    private static Condition waiting() {
        return RECEIVED_EINVOICE.STATE.eq(ReceivedEInvoiceState.RECEIVED);
    }

    /** Supplier users see their own company's files; staff see every file. The one visibility rule of the files. */
    public static Condition visibleTo(PortalScope scope) {
        return scope.suppliers(RECEIVED_EINVOICE.SUPPLIER_COMPANY_ID);
    }

    private static Condition inState(ReceivedEInvoiceState state) {
        return state == null ? DSL.trueCondition() : RECEIVED_EINVOICE.STATE.eq(state);
    }

    private static ReceivedEInvoice toReceived(Record row) {
        return new ReceivedEInvoice(row.get(RECEIVED_EINVOICE.ID), row.get(RECEIVED_EINVOICE.SUPPLIER_COMPANY_ID),
                row.get(SUPPLIER.NAME), row.get(SUPPLIER.VAT_ID), row.get(UPLOADER.DISPLAY_NAME),
                row.get(RECEIVED_EINVOICE.UPLOADED_AT), row.get(RECEIVED_EINVOICE.FILE_NAME),
                row.get(RECEIVED_EINVOICE.MEDIA_TYPE), row.get(RECEIVED_EINVOICE.SHA256),
                row.get(RECEIVED_EINVOICE.INVOICE_NUMBER), split(row.get(RECEIVED_EINVOICE.VALIDATION_ERRORS)),
                split(row.get(RECEIVED_EINVOICE.VALIDATION_WARNINGS)),
                row.get(RECEIVED_EINVOICE.STATE), row.get(RECEIVED_EINVOICE.INVOICE_ID),
                row.get(INVOICE.NUMBER), row.get(RECEIVED_EINVOICE.REJECTION_REASON), row.get(DECIDER.DISPLAY_NAME),
                row.get(RECEIVED_EINVOICE.DECIDED_AT));
    }

    /** One finding a line: the validator's messages are single lines. */
    private static String joined(List<String> messages) {
        return messages.isEmpty() ? null : String.join(SEPARATOR, messages.stream()
                .map(message -> message.replace('\n', ' ').replace('\r', ' ')).toList());
    }

    private static List<String> split(String messages) {
        return messages == null || messages.isBlank() ? List.of() : Arrays.asList(messages.split(SEPARATOR));
    }
}
