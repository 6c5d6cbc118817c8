package org.kundenportal.invoices.incoming.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kundenportal.base.settings.CompanyProfile;
import org.kundenportal.documents.domain.Totals;
import org.kundenportal.documents.einvoice.IncomingEInvoice;

/**
 * What staff should look at before booking a received e-invoice: totals that do not add up (these stop the posting,
 * as the bill would not match the file), and a seller or buyer that seems to be someone else.
 */
public final class ReceivedEInvoiceChecks {

    /**
     * One finding, as a message key with its arguments.
     *
     * @param blocksPosting whether the file cannot become a vendor bill as it is
     */
    public record Check(String messageKey, List<String> arguments, boolean blocksPosting) {

        static Check blocking(String messageKey, String... arguments) {
            return new Check(messageKey, List.of(arguments), true);
        }

        static Check warning(String messageKey, String... arguments) {
            return new Check(messageKey, List.of(arguments), false);
        }
    }

    private ReceivedEInvoiceChecks() {
    }

    /**
     * @param supplierName  the supplier company the file was uploaded for
     * @param supplierVatId its VAT id in our contacts, may be null
     * @param us            our company as invoices should address it
     */
    public static List<Check> of(IncomingEInvoice invoice, String supplierName, String supplierVatId, CompanyProfile us) {
        List<Check> checks = new ArrayList<>();
        Totals lines = Totals.of(invoice.lines());
        IncomingEInvoice.StatedTotals stated = invoice.totals();
        String currency = invoice.currency().getCurrencyCode();
        compare(checks, "einvoice.in.check.net", stated.net(), lines.untaxed(), currency);
        compare(checks, "einvoice.in.check.tax", stated.tax(), lines.tax(), currency);
        compare(checks, "einvoice.in.check.gross", stated.gross(), lines.total(), currency);
        if (stated.due() != null && stated.gross() != null
                && stated.due().compareTo(stated.gross().subtract(stated.prepaid())) != 0) {
            checks.add(Check.blocking("einvoice.in.check.due", amount(stated.due(), currency),
                    amount(stated.gross().subtract(stated.prepaid()), currency)));
        }
        if (stated.prepaid().signum() != 0) {
            checks.add(Check.warning("einvoice.in.check.prepaid", amount(stated.prepaid(), currency)));
        }
        if (invoice.dueDate() == null) {
            checks.add(Check.warning("einvoice.in.check.no-due-date"));
        }
        IncomingEInvoice.Party seller = invoice.seller();
        if (!sameParty(seller, supplierName, supplierVatId)) {
            checks.add(Check.warning("einvoice.in.check.seller", text(seller.name()), text(seller.vatId()), supplierName));
        }
        IncomingEInvoice.Party buyer = invoice.buyer();
        if (!sameParty(buyer, us.name(), us.vatId())) {
            checks.add(Check.warning("einvoice.in.check.buyer", text(buyer.name()), text(buyer.vatId()), us.name()));
        }
        return List.copyOf(checks);
    }

    public static boolean blocksPosting(List<Check> checks) {
        return checks.stream().anyMatch(Check::blocksPosting);
    }

    private static void compare(List<Check> checks, String key, BigDecimal stated, BigDecimal fromLines,
                                String currency) {
        if (stated != null && stated.compareTo(fromLines) != 0) {
            checks.add(Check.blocking(key, amount(stated, currency), amount(fromLines, currency)));
        }
    }

    /**
     * Same VAT id when both sides have one; otherwise one name contains the other (legal forms and punctuation
     * aside). Deliberately loose: it is a hint for staff, not a verdict.
     */
    static boolean sameParty(IncomingEInvoice.Party party, String ourName, String ourVatId) {
        String vatId = normalized(party.vatId());
        String knownVatId = normalized(ourVatId);
        if (!vatId.isEmpty() && !knownVatId.isEmpty()) {
            return vatId.equals(knownVatId);
        }
        String name = normalized(party.name());
        String knownName = normalized(ourName);
        return !name.isEmpty() && !knownName.isEmpty() && (name.contains(knownName) || knownName.contains(name));
    }

    private static String normalized(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String amount(BigDecimal amount, String currency) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " " + currency;
    }

    private static String text(String value) {
        return value == null ? "–" : value;
    }
}
