package org.kundenportal.invoices.incoming.domain;

import java.time.LocalDate;
import java.util.List;
import org.kundenportal.base.security.Hashes;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.domain.HistoryLog;
import org.kundenportal.documents.einvoice.EInvoiceReader;
import org.kundenportal.documents.einvoice.EInvoiceValidation;
import org.kundenportal.documents.einvoice.IncomingEInvoice;
import org.kundenportal.documents.einvoice.UnreadableEInvoiceException;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.kundenportal.invoices.domain.InvoiceService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-invoices suppliers send us, from the portal or through staff: a file is read and validated before anything is
 * stored, kept unchanged with its SHA-256, and booked by staff as a vendor bill through {@link InvoiceService} (its
 * lines and totals as the file states them) or rejected with a reason the supplier sees.
 */
@Service
public class ReceivedEInvoiceService {

    /** Larger than any e-invoice we expect (a ZUGFeRD PDF with a few scanned attachments); bounds what we hold. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_REASON = 1000;
    private static final int MAX_FILE_NAME = 255;
    /** As long as a vendor bill's reference may be. */
    private static final int MAX_NUMBER = 100;

    private final ReceivedEInvoiceRepository files;
    private final InvoiceService invoices;
    private final InvoiceRepository invoiceRows;
    private final HistoryLog history;
    private final Settings settings;

    public ReceivedEInvoiceService(ReceivedEInvoiceRepository files, InvoiceService invoices,
                                   InvoiceRepository invoiceRows, HistoryLog history, Settings settings) {
        this.files = files;
        this.invoices = invoices;
        this.invoiceRows = invoiceRows;
        this.history = history;
        this.settings = settings;
    }

    /**
     * Keeps a supplier's e-invoice for staff to check. Not transactional on purpose: reading and validating take a
     * while and need no connection; the one insert is atomic, and the unique keys stop a second upload that raced.
     *
     * @param scope who uploads: a supplier's user for their own company only, staff for any supplier
     * @return the stored file's id
     * @throws RefusedException with a message for the uploader; nothing was stored
     */
    public long upload(PortalScope scope, long supplierCompanyId, String fileName, byte[] content, long userId) {
        if (!scope.unrestricted() && !scope.supplierCompanyIds().contains(supplierCompanyId)
                || !invoiceRows.isCompanyFor(supplierCompanyId, Direction.IN)) {
            throw new RefusedException("einvoice.in.not-supplier");
        }
        if (content == null || content.length == 0) {
            throw new RefusedException("einvoice.in.empty-file");
        }
        if (content.length > MAX_BYTES) {
            throw new RefusedException("einvoice.in.too-large", MAX_BYTES / (1024 * 1024));
        }
        IncomingEInvoice invoice = read(content);
        if (invoice.number().length() > MAX_NUMBER) {
            throw new RefusedException("einvoice.in.unreadable.not-invoice");
        }
        String sha256 = Hashes.sha256Hex(content);
        refuseDuplicate(supplierCompanyId, invoice.number(), sha256);
        String name = fileName(fileName, invoice);
        EInvoiceValidation.Findings findings = EInvoiceValidation.findings(content, name);
        try {
            return files.insert(new NewReceivedEInvoice(supplierCompanyId, userId, name,
                    invoice.embeddedInPdf() ? "application/pdf" : "application/xml", content, sha256, invoice.number(),
                    invoice.issueDate(), invoice.currency(), invoice.totals().gross(), findings.errors(),
                    findings.warnings()));
        } catch (DuplicateKeyException raced) {
            refuseDuplicate(supplierCompanyId, invoice.number(), sha256);
            throw raced;
        }
    }

    /** What the stored file says; it was readable when it came, and its bytes never change. */
    public IncomingEInvoice read(byte[] content) {
        try {
            return EInvoiceReader.read(content);
        } catch (UnreadableEInvoiceException unreadable) {
            throw new RefusedException(unreadable.messageKey());
        }
    }

    /** The findings staff see on the file's page, for the supplier and us as they are now. */
    public List<ReceivedEInvoiceChecks.Check> checks(ReceivedEInvoice file, IncomingEInvoice invoice) {
        return ReceivedEInvoiceChecks.of(invoice, file.supplierName(), file.supplierVatId(), settings.companyProfile());
    }

    /**
     * Books a waiting file as a posted vendor bill with the file's number, dates, currency and lines; refused when
     * its totals do not follow from its lines. The bill's history names the file and its SHA-256. Returns the bill's
     * number.
     */
    @Transactional
    public String post(long fileId, long staffUserId) {
        ReceivedEInvoice file = files.find(fileId, PortalScope.staff()).orElseThrow(
                () -> new RefusedException("einvoice.in.not-found"));
        if (file.state() != ReceivedEInvoiceState.RECEIVED) {
            throw new RefusedException("einvoice.in.decided");
        }
        IncomingEInvoice invoice = read(files.content(fileId, PortalScope.staff()).orElseThrow());
        if (ReceivedEInvoiceChecks.blocksPosting(checks(file, invoice))) {
            throw new RefusedException("einvoice.in.totals-mismatch");
        }
        // a bill without a due date is due when issued, as EN 16931 leaves it to payment terms we cannot book
        LocalDate dueDate = invoice.dueDate() == null ? invoice.issueDate() : invoice.dueDate();
        String number = invoices.createVendorBill(file.supplierCompanyId(), invoice.number(), invoice.issueDate(),
                dueDate, invoice.lines(), invoice.currency(), staffUserId);
        long invoiceId = invoiceRows.find(number, PortalScope.staff(), true).orElseThrow().id();
        if (!files.markPosted(fileId, invoiceId, staffUserId)) {
            // rolls the bill back with it
            throw new RefusedException("einvoice.in.decided");
        }
        history.event(DocumentRef.invoice(invoiceId), HistoryEvent.RECEIVED, staffUserId,
                file.fileName() + " · SHA-256 " + file.sha256());
        return number;
    }

    /** Sends a waiting file back: the supplier sees the reason and may upload a corrected one. */
    @Transactional
    public void reject(long fileId, String reason, long staffUserId) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_REASON) {
            throw new RefusedException("einvoice.in.reason-required", MAX_REASON);
        }
        if (!files.markRejected(fileId, text, staffUserId)) {
            throw new RefusedException("einvoice.in.decided");
        }
    }

    private void refuseDuplicate(long supplierCompanyId, String invoiceNumber, String sha256) {
        if (files.fileExists(sha256)) {
            throw new RefusedException("einvoice.in.duplicate-file");
        }
        if (files.numberTaken(supplierCompanyId, invoiceNumber)) {
            throw new RefusedException("einvoice.in.duplicate-number", invoiceNumber);
        }
    }

    /** The uploader's name for the file, without any path a browser sent; made up from the number when missing. */
    private static String fileName(String given, IncomingEInvoice invoice) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            name = invoice.number().replaceAll("[^A-Za-z0-9._-]", "_") + (invoice.embeddedInPdf() ? ".pdf" : ".xml");
        }
        return name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
    }
}
