package org.kundenportal.invoices.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.qr.QrCodes;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.settings.CompanyProfile;
import org.kundenportal.db.tables.records.InvoiceRecord;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.EpcPayload;
import org.kundenportal.documents.domain.Totals;
import org.kundenportal.documents.domain.WithLines;
import org.kundenportal.documents.einvoice.EInvoiceData;
import org.kundenportal.documents.einvoice.EInvoices;
import org.kundenportal.documents.pdf.DocumentPdfSource;
import org.kundenportal.documents.pdf.PdfDocument;
import org.kundenportal.documents.pdf.PdfParts;
import org.kundenportal.documents.pdf.PdfRenderer;
import org.kundenportal.documents.pdf.Viewer;
import org.kundenportal.documents.ui.PdfLinks;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.InvoiceKind;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.kundenportal.invoices.domain.InvoiceState;
import org.kundenportal.mandates.domain.SepaMandate;
import org.kundenportal.mandates.domain.SepaMandateRepository;
import org.kundenportal.settings.domain.Iban;
import org.springframework.stereotype.Component;

/**
 * Customer invoices (OUT, customer side) and vendor bills (IN, supplier side), read through the invoices' one
 * visibility rule. A customer invoice with an amount due carries our bank details and a GiroCode for that amount,
 * or, when it is collected by direct debit, the mandate and the account it is debited from. A posted customer
 * invoice's file is a ZUGFeRD PDF.
 */
@Component
class InvoicePdfs implements DocumentPdfSource {

    private static final int QR_PIXELS = 180;

    private final InvoiceRepository invoices;
    private final PdfParts parts;
    private final SepaMandateRepository mandates;
    private final EInvoices eInvoices;

    InvoicePdfs(InvoiceRepository invoices, PdfParts parts, SepaMandateRepository mandates,
                EInvoices eInvoices) {
        this.invoices = invoices;
        this.parts = parts;
        this.mandates = mandates;
        this.eInvoices = eInvoices;
    }

    @Override
    public Set<PdfLinks.Kind> kinds() {
        return Set.of(PdfLinks.Kind.INVOICE);
    }

    @Override
    public Optional<PdfDocument> document(PdfLinks.Kind kind, String number, Viewer viewer) {
        return find(number, viewer)
                .map(invoice -> document(invoice.row(), viewer.locale(), invoice.lines()));
    }

    /** The printed invoice, as ZUGFeRD PDF when it is a posted customer invoice. */
    @Override
    public Optional<byte[]> pdf(PdfLinks.Kind kind, String number, Viewer viewer, PdfRenderer renderer) {
        return files(number, viewer).map(files -> pdf(files, renderer));
    }

    byte[] pdf(InvoiceFiles files, PdfRenderer renderer) {
        byte[] pdf = renderer.render(files.document());
        return files.eInvoice() == null ? pdf : eInvoices.zugferd(pdf, files.eInvoice());
    }

    /**
     * What the invoice's PDF is made of, read once: the printed document, and for a posted customer invoice also its
     * e-invoice content (null otherwise), which makes the PDF a ZUGFeRD PDF.
     */
    Optional<InvoiceFiles> files(String number, Viewer viewer) {
        return find(number, viewer)
                .map(invoice -> new InvoiceFiles(document(invoice.row(), viewer.locale(), invoice.lines()),
                        postedCustomerInvoice(invoice.row()) ? eInvoice(invoice.row(), viewer.locale(), invoice.lines()) : null));
    }

    record InvoiceFiles(PdfDocument document, EInvoiceData eInvoice) {
    }

    /**
     * The e-invoice of a posted customer invoice, prepayment invoice or credit note the viewer may see; none for
     * drafts, cancelled invoices and vendor bills (the supplier issued those).
     */
    Optional<EInvoiceData> eInvoice(String number, Viewer viewer) {
        return find(number, viewer).filter(invoice -> postedCustomerInvoice(invoice.row()))
                .map(invoice -> eInvoice(invoice.row(), viewer.locale(), invoice.lines()));
    }

    /** A customer invoice in any state, for staff checking a draft before they post it. */
    Optional<EInvoiceData> eInvoiceOfAnyState(String number, Locale locale) {
        return invoices.printable(number, PortalScope.staff(), true)
                .filter(invoice -> invoice.row().getDirection() == Direction.OUT)
                .map(invoice -> eInvoice(invoice.row(), locale, invoice.lines()));
    }

    private EInvoiceData eInvoice(InvoiceRecord row, Locale locale, List<DocumentLine> lines) {
        EInvoiceData.Kind kind = switch (row.getKind()) {
            case PREPAYMENT -> EInvoiceData.Kind.PREPAYMENT;
            case CREDIT_NOTE -> EInvoiceData.Kind.CREDIT_NOTE;
            default -> EInvoiceData.Kind.INVOICE;
        };
        String terms = parts.paymentTerm(row.getPaymentTermId(), locale);
        CompanyProfile seller = parts.letterhead().company();
        return new EInvoiceData(row.getNumber(), kind, row.getInvoiceDate(), row.getDueDate(), row.getInvoiceDate(),
                row.getCurrency(), seller, seller.taxNumber(),
                parts.buyer(row.getCompanyId(), row.getContactId()), parts.buyerReference(row.getCompanyId()),
                orderNumber(row.getSaleOrderId()), lines, row.getAmountPaid(), terms, row.getNote(),
                mandate(row).map(mandate -> new EInvoiceData.Debit(mandate.reference(), mandate.iban())).orElse(null));
    }

    /**
     * The mandate a posted invoice is collected under (fixed at posting); for a draft, the one posting would fix now,
     * so that staff see on the draft what the customer will get.
     */
    private Optional<SepaMandate> mandate(InvoiceRecord row) {
        if (row.getSepaMandateId() != null) {
            return mandates.find(row.getSepaMandateId());
        }
        boolean draftToCollect = row.getState() == InvoiceState.DRAFT && row.getDirection() == Direction.OUT
                && row.getKind() != InvoiceKind.CREDIT_NOTE;
        return draftToCollect ? mandates.active(row.getCompanyId()) : Optional.empty();
    }

    /**
     * By the invoices' one rule, and as on the invoice pages, the INVOICES area for both directions, or QUOTES for the
     * prepayment invoice of a quote.
     */
    private Optional<WithLines<InvoiceRecord>> find(String number, Viewer viewer) {
        return invoices.printable(number, viewer.scope(), viewer.internal()).filter(invoice -> mayUseArea(invoice.row(), viewer));
    }

    private static boolean mayUseArea(InvoiceRecord row, Viewer viewer) {
        if (viewer.mayUse(AreaPermission.INVOICES)) {
            return true;
        }
        return viewer.mayUse(AreaPermission.QUOTES) && row.getKind() == InvoiceKind.PREPAYMENT
                && row.getDirection() == Direction.OUT;
    }

    private static boolean postedCustomerInvoice(InvoiceRecord row) {
        return row.getDirection() == Direction.OUT && row.getState() == InvoiceState.POSTED;
    }

    private PdfDocument document(InvoiceRecord row, Locale locale, List<DocumentLine> lines) {
        boolean outgoing = row.getDirection() == Direction.OUT;
        List<PdfDocument.Field> meta = new ArrayList<>();
        parts.addField(meta, "pdf.meta.invoice-date", Formats.date(row.getInvoiceDate(), locale), locale);
        parts.addField(meta, "pdf.meta.due-date", Formats.date(row.getDueDate(), locale), locale);
        if (row.getState() != InvoiceState.POSTED) {
            parts.addField(meta, "pdf.meta.state", parts.text("pdf.state." + row.getState(), locale), locale);
        }
        parts.addField(meta, "pdf.meta.order", orderNumber(row.getSaleOrderId()), locale);
        parts.addField(meta, "pdf.meta.reference", row.getReference(), locale);
        parts.addField(meta, "pdf.meta.contact", parts.userName(row.getResponsibleUserId()), locale);

        Totals totals = Totals.of(lines);
        BigDecimal due = totals.total().subtract(row.getAmountPaid()).max(BigDecimal.ZERO);
        List<PdfDocument.Amount> extra = new ArrayList<>();
        boolean posted = row.getState() == InvoiceState.POSTED;
        if (posted && row.getAmountPaid().signum() > 0) {
            extra.add(new PdfDocument.Amount(parts.text("pdf.totals.paid", locale), row.getAmountPaid(), false));
        }
        if (posted && row.getKind() != InvoiceKind.CREDIT_NOTE) {
            extra.add(new PdfDocument.Amount(parts.text("pdf.totals.due", locale), due, true));
        }
        PdfDocument.Letterhead letterhead = parts.letterhead();
        boolean askForMoney = outgoing && posted && row.getKind() != InvoiceKind.CREDIT_NOTE && due.signum() > 0;
        Optional<SepaMandate> mandate = askForMoney ? mandate(row) : Optional.empty();
        PdfDocument.Transfer transfer = askForMoney && mandate.isEmpty() ? transfer(letterhead.company(), row, due) : null;
        PdfDocument.DirectDebit debit = mandate.map(found -> new PdfDocument.DirectDebit(due, Iban.masked(found.iban()),
                found.reference(), letterhead.company().creditorId())).orElse(null);
        return new PdfDocument(locale, Currency.getInstance(row.getCurrency()), parts.text(titleKey(row), locale),
                row.getNumber(), meta, letterhead, parts.recipient(row.getCompanyId(), row.getContactId(), outgoing, locale),
                lines, false, totals, extra, parts.paymentTerm(row.getPaymentTermId(), locale), row.getNote(), null,
                transfer, debit);
    }

    /** Bank details always; the GiroCode only where it works: euros, and an IBAN to pay to. */
    private static PdfDocument.Transfer transfer(CompanyProfile company, InvoiceRecord row, BigDecimal due) {
        if (company.iban().isBlank()) {
            return null;
        }
        byte[] qr = Formats.EURO.getCurrencyCode().equals(row.getCurrency())
                ? QrCodes.png(EpcPayload.creditTransfer(company.name(), company.iban(), company.bic(), due, row.getNumber()), QR_PIXELS)
                : null;
        return new PdfDocument.Transfer(company.name(), company.bankName(), company.iban(), company.bic(), due,
                row.getNumber(), qr);
    }

    private static String titleKey(InvoiceRecord row) {
        if (row.getDirection() == Direction.IN) {
            return "pdf.title.vendor-bill";
        }
        return switch (row.getKind()) {
            case PREPAYMENT -> "pdf.title.prepayment";
            case CREDIT_NOTE -> "pdf.title.credit-note";
            default -> "pdf.title.invoice";
        };
    }

    private String orderNumber(Long saleOrderId) {
        return saleOrderId == null ? null : invoices.saleOrderNumber(saleOrderId).orElse(null);
    }
}
