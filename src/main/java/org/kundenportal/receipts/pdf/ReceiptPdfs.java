package org.kundenportal.receipts.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.documents.pdf.DocumentPdfSource;
import org.kundenportal.documents.pdf.PdfDocument;
import org.kundenportal.documents.pdf.PdfParts;
import org.kundenportal.documents.pdf.Viewer;
import org.kundenportal.documents.ui.PdfLinks;
import org.kundenportal.receipts.domain.Receipt;
import org.kundenportal.receipts.domain.ReceiptPayment;
import org.kundenportal.receipts.domain.ReceiptRepository;
import org.springframework.stereotype.Component;

/**
 * POS receipts, read through the same scoped query as the receipt page, so the PDF is refused exactly where the
 * page is. The payments follow the total, as on the till's slip.
 */
@Component
class ReceiptPdfs implements DocumentPdfSource {

    private final ReceiptRepository receipts;
    private final PdfParts parts;

    ReceiptPdfs(ReceiptRepository receipts, PdfParts parts) {
        this.receipts = receipts;
        this.parts = parts;
    }

    @Override
    public Set<PdfLinks.Kind> kinds() {
        return Set.of(PdfLinks.Kind.RECEIPT);
    }

    @Override
    public Optional<PdfDocument> document(PdfLinks.Kind kind, String number, Viewer viewer) {
        return receipts.find(viewer.scope(), number).map(receipt -> document(receipt, viewer.locale()));
    }

    private PdfDocument document(Receipt receipt, Locale locale) {
        List<PdfDocument.Field> meta = new ArrayList<>();
        parts.addField(meta, "receipts.date", Formats.dateTime(receipt.date(), locale), locale);
        parts.addField(meta, "receipts.register", receipt.register().name(), locale);
        parts.addField(meta, "receipts.cashier", receipt.cashierLabel(), locale);
        parts.addField(meta, "receipts.order-reference", receipt.orderReference(), locale);

        List<PdfDocument.Amount> payments = new ArrayList<>();
        for (ReceiptPayment payment : receipt.payments()) {
            String method = parts.text(
                    "receipts.payment." + payment.method().name().toLowerCase(Locale.ROOT).replace('_', '-'), locale);
            payments.add(new PdfDocument.Amount(parts.text("pdf.receipt.paid-with", locale, method), payment.amount(), false));
        }
        return new PdfDocument(locale, receipt.currency(), parts.text("pdf.title.receipt", locale), receipt.number(),
                meta, parts.letterhead(), parts.recipient(receipt.companyId(), null, false, locale), receipt.lines(),
                false, receipt.totals(), payments, null, null, null, null, null);
    }
}
