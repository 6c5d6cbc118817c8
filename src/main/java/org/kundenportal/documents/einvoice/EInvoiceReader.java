package org.kundenportal.documents.einvoice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Date;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.kundenportal.documents.domain.DocumentLine;
import org.mustangproject.BankDetails;
import org.mustangproject.CalculatedInvoice;
import org.mustangproject.EStandard;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.IZUGFeRDAllowanceCharge;
import org.mustangproject.ZUGFeRD.IZUGFeRDExportableItem;
import org.mustangproject.ZUGFeRD.IZUGFeRDExportableProduct;
import org.mustangproject.ZUGFeRD.TransactionCalculator;
import org.mustangproject.ZUGFeRD.ZUGFeRDInvoiceImporter;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a received e-invoice with the Mustang library: a ZUGFeRD / Factur-X PDF (the CII XML inside it) or an
 * XRechnung XML in CII or UBL syntax. Anything else, and a file Mustang cannot make sense of, is refused with a
 * reason the uploader can act on.
 */
public final class EInvoiceReader {

    /** Syntaxes whose invoices we book: CII (ZUGFeRD 2, Factur-X, XRechnung CII) and UBL invoices. */
    private static final Set<EStandard> INVOICES = Set.of(EStandard.FACTUR_X, EStandard.CII, EStandard.UBL);
    /** UNTDID 1001 document type of a credit note (BT-3), in CII and UBL alike. */
    private static final String CREDIT_NOTE = "381";
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F'};
    private static final int DESCRIPTION_MAX = 2000;
    private static final int CODE_MAX = 40;
    private static final int UNIT_MAX = 20;

    private EInvoiceReader() {
    }

    /** Whether the bytes are a PDF (by its header, not by the file's name). */
    public static boolean isPdf(byte[] file) {
        if (file.length < PDF_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < PDF_MAGIC.length; i++) {
            if (file[i] != PDF_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** @throws UnreadableEInvoiceException when the file is no e-invoice we can read; its key says why */
    public static IncomingEInvoice read(byte[] file) {
        boolean pdf = isPdf(file);
        if (!pdf && !looksLikeXml(file)) {
            throw new UnreadableEInvoiceException("einvoice.in.unreadable.format", null);
        }
        if (!pdf) {
            // Mustang logs a broken XML and goes on; the uploader should hear that it is broken, not that it is no invoice
            refuseMalformedXml(file);
        }
        ZUGFeRDInvoiceImporter importer = new ZUGFeRDInvoiceImporter();
        // whether the stated totals agree with the lines is for staff to see, not a reason to refuse the file
        importer.doIgnoreCalculationErrors();
        try {
            importer.setInputStream(new ByteArrayInputStream(file));
        } catch (RuntimeException broken) {
            throw new UnreadableEInvoiceException(pdf ? "einvoice.in.unreadable.pdf" : "einvoice.in.unreadable.xml",
                    broken);
        }
        if (importer.getUTF8() == null) {
            throw new UnreadableEInvoiceException("einvoice.in.unreadable.no-xml", null);
        }
        EStandard standard;
        CalculatedInvoice invoice = new CalculatedInvoice();
        try {
            standard = importer.getStandard();
            importer.extractInto(invoice);
        } catch (Exception notAnInvoice) {
            throw new UnreadableEInvoiceException("einvoice.in.unreadable.not-invoice", notAnInvoice);
        }
        if (!INVOICES.contains(standard) || blank(invoice.getNumber()) || invoice.getIssueDate() == null
                || invoice.getGrandTotal() == null) {
            throw new UnreadableEInvoiceException("einvoice.in.unreadable.not-invoice", null);
        }
        if (CREDIT_NOTE.equals(invoice.getDocumentCode())) {
            // its amounts are what the supplier owes us: booked as a bill they would turn into a debt of ours
            throw new UnreadableEInvoiceException("einvoice.in.unreadable.credit-note", null);
        }
        if (invoice.getZFItems() == null || invoice.getZFItems().length == 0) {
            throw new UnreadableEInvoiceException("einvoice.in.unreadable.no-lines", null);
        }
        try {
            return new IncomingEInvoice(invoice.getNumber().strip(), date(invoice.getIssueDate()),
                    date(invoice.getDueDate()), currency(invoice.getCurrency()),
                    party(invoice.getSender()), party(invoice.getRecipient()), lines(invoice), totals(invoice),
                    bankAccount(invoice.getSender()), pdf, standard == EStandard.UBL ? "UBL" : "CII");
        } catch (RuntimeException incomplete) {
            throw new UnreadableEInvoiceException("einvoice.in.unreadable.not-invoice", incomplete);
        }
    }

    private static void refuseMalformedXml(byte[] file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setNamespaceAware(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // the parser would print the error to stderr besides throwing it
            builder.setErrorHandler(new DefaultHandler());
            builder.parse(new ByteArrayInputStream(file));
        } catch (SAXException | IOException malformed) {
            throw new UnreadableEInvoiceException("einvoice.in.unreadable.xml", malformed);
        } catch (ParserConfigurationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static boolean looksLikeXml(byte[] file) {
        int i = 0;
        // a UTF-8 byte order mark, then white space, may come before the first tag
        if (file.length >= 3 && file[0] == (byte) 0xEF && file[1] == (byte) 0xBB && file[2] == (byte) 0xBF) {
            i = 3;
        }
        while (i < file.length && Character.isWhitespace(file[i])) {
            i++;
        }
        return i < file.length && file[i] == '<';
    }

    private static List<DocumentLine> lines(CalculatedInvoice invoice) {
        List<DocumentLine> lines = new ArrayList<>();
        for (IZUGFeRDExportableItem item : invoice.getZFItems()) {
            lines.add(line(item));
        }
        TransactionCalculator calculator = new TransactionCalculator(invoice);
        for (IZUGFeRDAllowanceCharge charge : nonNull(invoice.getZFCharges())) {
            lines.add(headerLine(charge, charge.getTotalAmount(calculator)));
        }
        for (IZUGFeRDAllowanceCharge allowance : nonNull(invoice.getZFAllowances())) {
            lines.add(headerLine(allowance, allowance.getTotalAmount(calculator).negate()));
        }
        return lines;
    }

    /**
     * One line, its net amount as the file computes it (price per basis quantity, line allowances and charges). Our
     * lines hold prices in cents: where quantity × price in cents does not give the file's amount, the line becomes
     * one lump sum of that amount, its quantity and price kept in the description.
     */
    private static DocumentLine line(IZUGFeRDExportableItem item) {
        IZUGFeRDExportableProduct product = item.getProduct();
        BigDecimal quantity = item.getQuantity() == null ? BigDecimal.ONE : item.getQuantity();
        BigDecimal net = item.getCalculation().getItemTotalNetAmount().setScale(2, RoundingMode.HALF_UP);
        String name = blank(product.getName()) ? blank(product.getDescription()) ? "–" : product.getDescription().strip()
                : product.getName().strip();
        BigDecimal rate = product.getVATPercent() == null ? BigDecimal.ZERO : product.getVATPercent();
        String unit = cut(product.getUnit(), UNIT_MAX);
        BigDecimal price = quantity.signum() == 0 ? net : net.divide(quantity, 2, RoundingMode.HALF_UP);
        DocumentLine asRead = DocumentLine.product(cut(product.getSellerAssignedID(), CODE_MAX),
                cut(name, DESCRIPTION_MAX), quantity, unit, price, BigDecimal.ZERO, rate);
        if (asRead.amountNet().compareTo(net) == 0) {
            return asRead;
        }
        String detail = name + " (" + quantity.stripTrailingZeros().toPlainString() + (unit == null ? "" : " " + unit)
                + " × " + item.getPrice().stripTrailingZeros().toPlainString() + ")";
        return DocumentLine.product(asRead.productCode(), cut(detail, DESCRIPTION_MAX), BigDecimal.ONE, "LS", net,
                BigDecimal.ZERO, rate);
    }

    private static DocumentLine headerLine(IZUGFeRDAllowanceCharge allowanceOrCharge, BigDecimal amount) {
        String reason = blank(allowanceOrCharge.getReason()) ? allowanceOrCharge.getReasonCode()
                : allowanceOrCharge.getReason();
        String text = (allowanceOrCharge.isCharge() ? "+ " : "− ") + (reason == null ? "" : reason);
        return DocumentLine.product(null, cut(text, DESCRIPTION_MAX), BigDecimal.ONE, "LS", amount.setScale(2, RoundingMode.HALF_UP),
                BigDecimal.ZERO, allowanceOrCharge.getTaxPercent() == null ? BigDecimal.ZERO
                        : allowanceOrCharge.getTaxPercent());
    }

    private static IncomingEInvoice.StatedTotals totals(CalculatedInvoice invoice) {
        BigDecimal prepaid = invoice.getTotalPrepaidAmount() == null ? BigDecimal.ZERO : invoice.getTotalPrepaidAmount();
        BigDecimal due = invoice.getDuePayable() == null ? invoice.getGrandTotal().subtract(prepaid)
                : invoice.getDuePayable();
        return new IncomingEInvoice.StatedTotals(invoice.getLineTotalAmount(), invoice.getTaxBasis(),
                invoice.getVATtotal() == null ? BigDecimal.ZERO : invoice.getVATtotal(), invoice.getGrandTotal(),
                prepaid, due);
    }

    private static IncomingEInvoice.Party party(TradeParty party) {
        if (party == null) {
            return new IncomingEInvoice.Party(null, null, null, null, null, null);
        }
        return new IncomingEInvoice.Party(trimmed(party.getName()), trimmed(party.getVATID()), trimmed(party.getStreet()),
                trimmed(party.getZIP()), trimmed(party.getLocation()), trimmed(party.getCountry()));
    }

    private static IncomingEInvoice.BankAccount bankAccount(TradeParty seller) {
        if (seller == null || seller.getBankDetails() == null || seller.getBankDetails().isEmpty()) {
            return null;
        }
        BankDetails account = seller.getBankDetails().getFirst();
        return new IncomingEInvoice.BankAccount(trimmed(account.getIBAN()), trimmed(account.getBIC()),
                trimmed(account.getAccountName()));
    }

    /** The ISO 4217 code (EN 16931 requires one; Mustang assumes EUR when it is missing). */
    private static Currency currency(String code) {
        return blank(code) ? Currency.getInstance("EUR") : Currency.getInstance(code.strip());
    }

    private static LocalDate date(Date date) {
        // Mustang parses the file's dates at midnight in the JVM's time zone
        return date == null ? null : date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private static IZUGFeRDAllowanceCharge[] nonNull(IZUGFeRDAllowanceCharge[] items) {
        return items == null ? new IZUGFeRDAllowanceCharge[0] : items;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Stripped and cut to what our line columns hold; null when blank. */
    private static String cut(String text, int max) {
        String stripped = trimmed(text);
        return stripped == null || stripped.length() <= max ? stripped : stripped.substring(0, max);
    }

    private static String trimmed(String text) {
        return blank(text) ? null : text.strip();
    }
}
