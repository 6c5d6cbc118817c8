package org.kundenportal.documents.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.documents.domain.Totals;

/** Net amount, the tax of each rate and the total, right-aligned under a document's lines. */
public class TotalsBlock extends Div {

    public TotalsBlock(Totals totals, Currency currency) {
        addClassName("totals-block");
        Locale locale = getLocale();
        row(getTranslation("documents.totals.untaxed"), Formats.money(totals.untaxed(), currency, locale), "totals-untaxed");
        for (Totals.TaxSubtotal tax : totals.taxes()) {
            row(getTranslation("documents.totals.tax", Formats.number(tax.rate(), locale),
                    Formats.money(tax.base(), currency, locale)), Formats.money(tax.tax(), currency, locale), "totals-tax");
        }
        row(getTranslation("documents.totals.total"), Formats.money(totals.total(), currency, locale), "totals-total");
    }

    /** Adds a line below the total, e.g. "paid" and "amount due" on an invoice. */
    public void addRow(String label, BigDecimal amount, Currency currency, String className) {
        row(label, Formats.money(amount, currency, getLocale()), className);
    }

    private void row(String label, String amount, String className) {
        Div row = new Div(new Span(label), new Span(amount));
        row.addClassNames("totals-row", className);
        add(row);
    }
}
