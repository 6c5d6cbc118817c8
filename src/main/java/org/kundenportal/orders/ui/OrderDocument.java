package org.kundenportal.orders.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.i18n.Units;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.Totals;
import org.kundenportal.documents.ui.DocumentPage;
import org.kundenportal.documents.ui.LinesTable;
import org.kundenportal.documents.ui.PdfLinks;
import org.kundenportal.documents.ui.TotalsBlock;
import org.kundenportal.orders.domain.Delivery;
import org.kundenportal.orders.domain.OrderDetail;
import org.kundenportal.orders.domain.OrderInvoice;

/**
 * A sales order as customer and staff read it: header, lines, totals, note, signature, invoices and deliveries
 * with tracking links; title, PDF links and actions are the page's ({@link #page}). The staff page passes actions for each delivery; the portal page passes none.
 */
class OrderDocument extends Div {

    /**
     * @param invoiceLink     the route an invoice number links to, or null for no link
     * @param deliveryActions buttons under a delivery, or null for none
     */
    OrderDocument(OrderDetail order, List<DocumentLine> lines, List<OrderInvoice> invoices, List<Delivery> deliveries,
                  Function<OrderInvoice, String> invoiceLink, Function<Delivery, Component> deliveryActions) {
        addClassName("order-document");
        Locale locale = getLocale();
        add(header(order, locale), new LinesTable(lines, order.currency(), false),
                new TotalsBlock(Totals.of(lines), order.currency()));
        if (order.note() != null && !order.note().isBlank()) {
            Paragraph note = new Paragraph(order.note());
            note.addClassName("order-note");
            add(note);
        }
        if (order.isSigned()) {
            add(signature(order, locale));
        }
        add(invoices(invoices, invoiceLink, locale), deliveries(deliveries, deliveryActions, locale));
    }

    /**
     * The page around an order: breadcrumbs to the portal's or the back office's list, the title with the order's
     * source, the total over the actions. The page adds its actions, then {@link #pdfLinks}.
     */
    static DocumentPage page(Component owner, OrderDetail order, List<DocumentLine> lines, boolean staff) {
        return new DocumentPage()
                .breadcrumbs(owner.getTranslation(staff ? "nav.staff-orders" : "nav.orders"),
                        staff ? "staff/orders" : "orders", order.number())
                .title(owner.getTranslation("orders.detail.title", order.number()), OrderLabels.source(owner, order.source()))
                .amount("documents.summary.total", Totals.of(lines).total(), order.currency());
    }

    static PdfLinks pdfLinks(OrderDetail order) {
        return new PdfLinks(PdfLinks.Kind.ORDER, order.number());
    }

    private Div header(OrderDetail order, Locale locale) {
        Div header = new Div();
        header.addClassName("order-header");
        header.add(field("orders.field.number", order.number()),
                field("orders.field.order-date", Formats.date(order.orderDate(), locale)),
                field("orders.field.source", getTranslation("orders.source." + order.source().name())),
                field("orders.field.customer", order.customerName()),
                field("orders.field.reference", order.reference()),
                field("orders.field.prepared-by", order.preparedBy()),
                field("orders.field.payment-terms", order.paymentTerm(locale.getLanguage())));
        return header;
    }

    private Div field(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("order-field-label");
        Span text = new Span(value == null || value.isBlank() ? "–" : value);
        text.addClassName("order-field-value");
        Div field = new Div(label, text);
        field.addClassName("order-field");
        return field;
    }

    private Section signature(OrderDetail order, Locale locale) {
        Section section = new Section(new H3(getTranslation("orders.signature.title")));
        section.addClassName("order-signature");
        if (order.signaturePng() != null) {
            Image image = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(order.signaturePng()),
                    getTranslation("orders.signature.alt", order.signedName() == null ? "" : order.signedName()));
            image.addClassName("order-signature-image");
            section.add(image);
        }
        section.add(new Paragraph(getTranslation("orders.signature.signed-by",
                order.signedName() == null ? "–" : order.signedName(), Formats.dateTime(order.signedAt(), locale))));
        return section;
    }

    private Section invoices(List<OrderInvoice> invoices, Function<OrderInvoice, String> invoiceLink, Locale locale) {
        Section section = new Section(new H3(getTranslation("orders.invoices.title")));
        section.addClassName("order-invoices");
        if (invoices.isEmpty()) {
            section.add(new Paragraph(getTranslation("orders.invoices.none")));
        }
        for (OrderInvoice invoice : invoices) {
            String href = invoiceLink == null ? null : invoiceLink.apply(invoice);
            Component number = href == null ? new Span(invoice.number()) : new Anchor(href, invoice.number());
            Div row = new Div(number, new Span(Formats.date(invoice.invoiceDate(), locale)),
                    OrderLabels.invoice(this, invoice.status()),
                    new Span(Formats.money(invoice.amount(), invoice.currency(), locale)));
            row.addClassName("order-invoice");
            section.add(row);
        }
        return section;
    }

    private Section deliveries(List<Delivery> deliveries, Function<Delivery, Component> actions, Locale locale) {
        Section section = new Section(new H3(getTranslation("orders.deliveries.title")));
        section.addClassName("order-deliveries");
        if (deliveries.isEmpty()) {
            section.add(new Paragraph(getTranslation("orders.deliveries.none")));
        }
        for (Delivery delivery : deliveries) {
            Div card = new Div();
            card.addClassName("delivery-card");
            Div heading = new Div(new H4(getTranslation("orders.delivery.title", delivery.number())),
                    OrderLabels.delivery(this, delivery.state()));
            heading.addClassName("delivery-heading");
            card.add(heading);
            Div dates = new Div();
            dates.addClassName("delivery-dates");
            date(dates, "orders.delivery.scheduled", delivery.scheduledDate(), locale);
            date(dates, "orders.delivery.shipped", delivery.shippedDate(), locale);
            date(dates, "orders.delivery.delivered", delivery.deliveredDate(), locale);
            card.add(dates);
            for (Delivery.Line line : delivery.lines()) {
                Div row = new Div(new Span(Units.quantity(Formats.number(line.quantity().stripTrailingZeros(), locale),
                        line.unit(), this::getTranslation)), new Span(line.description()));
                row.addClassName("delivery-line");
                card.add(row);
            }
            if (!delivery.trackings().isEmpty()) {
                Div trackings = new Div(new Span(getTranslation("orders.delivery.tracking")));
                trackings.addClassName("delivery-trackings");
                for (Delivery.Tracking tracking : delivery.trackings()) {
                    Anchor link = new Anchor(tracking.url(), tracking.carrierName() + " " + tracking.trackingNumber(),
                            AnchorTarget.BLANK);
                    link.getElement().setAttribute("rel", "noopener");
                    link.addClassName("tracking-link");
                    trackings.add(link);
                }
                card.add(trackings);
            }
            if (actions != null) {
                card.add(actions.apply(delivery));
            }
            section.add(card);
        }
        return section;
    }

    private void date(Div dates, String labelKey, LocalDate date, Locale locale) {
        if (date != null) {
            dates.add(new Span(getTranslation(labelKey, Formats.date(date, locale))));
        }
    }
}
