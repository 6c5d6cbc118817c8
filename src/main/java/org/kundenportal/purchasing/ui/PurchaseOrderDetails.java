package org.kundenportal.purchasing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.settings.CompanyProfile;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.Totals;
import org.kundenportal.documents.ui.LinesTable;
import org.kundenportal.documents.ui.TotalsBlock;
import org.kundenportal.purchasing.domain.PurchaseOrder;

/**
 * What a purchase order says, as the supplier reads it: dates, buyer, delivery address, payment terms,
 * reference, the lines with their expected dates, totals and the note. Shared by the portal and staff pages.
 */
class PurchaseOrderDetails extends Div {

    PurchaseOrderDetails(PurchaseOrder order, List<DocumentLine> lines, CompanyProfile buyer) {
        addClassName("purchase-order-details");
        Locale locale = getLocale();
        Div facts = new Div();
        facts.addClassName("purchase-order-facts");
        fact(facts, "purchasing.supplier", new Span(order.supplierName()));
        fact(facts, "purchasing.order-date", new Span(Formats.date(order.orderDate(), locale)));
        fact(facts, "purchasing.expected-date", new Span(Formats.date(order.expectedDate(), locale)));
        if (order.confirmedDate() != null) {
            fact(facts, "purchasing.confirmed-date", new Span(Formats.date(order.confirmedDate(), locale)));
        }
        fact(facts, "purchasing.buyer", buyer(order));
        fact(facts, "purchasing.delivery-address", new Span(buyer.name() + ", " + buyer.addressLine()));
        if (order.paymentTermDe() != null) {
            fact(facts, "purchasing.payment-term", new Span(order.paymentTerm(locale.getLanguage())));
        }
        if (order.reference() != null && !order.reference().isBlank()) {
            fact(facts, "purchasing.reference", new Span(order.reference()));
        }
        if (order.acknowledgedAt() != null) {
            fact(facts, "purchasing.acknowledged", new Span(getTranslation("purchasing.acknowledged.by",
                    Formats.dateTime(order.acknowledgedAt(), locale),
                    order.acknowledgedBy() == null ? "" : order.acknowledgedBy())));
        }
        add(facts, new LinesTable(lines, order.currency(), true), new TotalsBlock(Totals.of(lines), order.currency()));
        if (order.note() != null && !order.note().isBlank()) {
            Paragraph note = new Paragraph(order.note());
            note.addClassName("purchase-order-note");
            add(note);
        }
    }

    private Component buyer(PurchaseOrder order) {
        if (order.responsibleName() == null) {
            return new Span(getTranslation("purchasing.buyer.none"));
        }
        Span buyer = new Span(order.responsibleName() + " ");
        if (order.responsibleEmail() != null) {
            buyer.add(new Anchor("mailto:" + order.responsibleEmail(), order.responsibleEmail()));
        }
        return buyer;
    }

    private void fact(Div facts, String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Div fact = new Div(label, value);
        fact.addClassName("fact");
        facts.add(fact);
    }
}
