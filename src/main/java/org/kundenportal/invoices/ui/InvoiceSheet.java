package org.kundenportal.invoices.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.ui.grid.ListCard;
import org.kundenportal.base.ui.grid.ResponsiveGrid;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.Totals;
import org.kundenportal.documents.ui.DocumentPage;
import org.kundenportal.documents.ui.LinesTable;
import org.kundenportal.documents.ui.PdfLinks;
import org.kundenportal.documents.ui.TotalsBlock;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.InvoiceState;
import org.kundenportal.invoices.domain.Payment;
import org.kundenportal.invoices.domain.PaymentMethod;

/**
 * An invoice as a page shows it to customer and staff alike: header, lines, totals with paid and amount due,
 * payments. Title, PDF links and actions are the page's ({@link #page}).
 */
class InvoiceSheet extends Div {

    /**
     * @param orderHref       where the order number links to, or null for no link
     * @param providerPages   for staff: the provider's page of a payment (staff also see its reference and why a
     *                        payment failed); null for customers
     */
    InvoiceSheet(Invoice invoice, List<DocumentLine> lines, List<Payment> payments, String orderHref,
                 ProviderPages providerPages) {
        addClassName("invoice-sheet");
        Locale locale = getLocale();
        Div fields = new Div();
        fields.addClassName("invoice-fields");
        fields.add(field("invoices.field.date", new Span(Formats.date(invoice.invoiceDate(), locale))));
        fields.add(field("invoices.field.due-date", new Span(Formats.date(invoice.dueDate(), locale))));
        fields.add(field(invoice.direction() == Direction.IN ? "invoices.field.supplier" : "invoices.field.customer",
                new Span(invoice.companyName())));
        if (invoice.saleOrderNumber() != null) {
            Component order = orderHref == null ? new Span(invoice.saleOrderNumber())
                    : new Anchor(orderHref, invoice.saleOrderNumber());
            order.addClassName("invoice-order");
            fields.add(field("invoices.field.order", order));
        }
        String term = invoice.paymentTerm(locale.getLanguage());
        if (term != null) {
            fields.add(field("invoices.field.payment-term", new Span(term)));
        }
        if (invoice.reference() != null && !invoice.reference().isBlank()) {
            fields.add(field(invoice.direction() == Direction.IN ? "invoices.field.vendor-reference"
                    : "invoices.field.reference", new Span(invoice.reference())));
        }

        TotalsBlock totals = new TotalsBlock(Totals.of(lines), invoice.currency());
        totals.addRow(getTranslation("invoices.totals.paid"), invoice.paid(), invoice.currency(), "totals-paid");
        totals.addRow(getTranslation("invoices.totals.amount-due"), invoice.amountDue(), invoice.currency(),
                "totals-amount-due");

        add(fields, new LinesTable(lines, invoice.currency(), false), totals);
        if (!payments.isEmpty()) {
            add(new H3(getTranslation("invoices.payments")), paymentsGrid(payments, locale, providerPages));
        }
    }

    /**
     * The page around an invoice: breadcrumbs to the portal's or the back office's list, the title with the
     * invoice's state, and the amount due over the actions. The page adds its actions, then {@link #pdfLinks}.
     */
    static DocumentPage page(Component owner, Invoice invoice, boolean staff) {
        String number = invoice.number();
        return new DocumentPage()
                .breadcrumbs(owner.getTranslation(staff ? "nav.staff-invoices" : "nav.invoices"),
                        staff ? "staff/invoices" : "invoices", number)
                .title(InvoiceLabels.title(owner, invoice.direction(), invoice.kind()) + " " + number,
                        invoice.state() == InvoiceState.DRAFT ? InvoiceLabels.draftBadge(owner)
                                : InvoiceLabels.badge(owner, invoice.status()))
                .amount("documents.summary.amount-due", invoice.amountDue(), invoice.currency());
    }

    static PdfLinks pdfLinks(Invoice invoice) {
        PdfLinks links = new PdfLinks(PdfLinks.Kind.INVOICE, invoice.number());
        return invoice.direction() == Direction.OUT && invoice.state() == InvoiceState.POSTED ? links.eInvoice() : links;
    }

    /** Where staff see a payment at its provider. */
    interface ProviderPages {
        Optional<String> of(Payment payment);
    }

    private Grid<Payment> paymentsGrid(List<Payment> payments, Locale locale, ProviderPages providerPages) {
        boolean withFailureInfo = providerPages != null;
        Grid<Payment> grid = new Grid<>();
        grid.addColumn(payment -> payment.paymentDate() != null ? Formats.date(payment.paymentDate(), locale)
                : Formats.dateTime(payment.createdAt(), locale)).setHeader(getTranslation("invoices.payment.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(payment -> InvoiceLabels.method(this, payment.method()))
                .setHeader(getTranslation("invoices.payment.method")).setFlexGrow(1);
        grid.addColumn(payment -> Formats.money(payment.amount(), payment.currency(), locale)
                        + (payment.refunded().signum() > 0 ? " " + getTranslation("invoices.payment.refunded",
                        Formats.money(payment.refunded(), payment.currency(), locale)) : ""))
                .setHeader(getTranslation("invoices.payment.amount")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(payment -> InvoiceLabels.paymentState(this, payment.state()))
                .setHeader(getTranslation("invoices.payment.state")).setAutoWidth(true).setFlexGrow(0);
        if (withFailureInfo) {
            grid.addComponentColumn(payment -> providerReference(payment, providerPages))
                    .setHeader(getTranslation("invoices.payment.reference")).setKey("reference").setAutoWidth(true)
                    .setFlexGrow(0);
            grid.addColumn(payment -> payment.failureReason() == null ? "" : payment.failureReason())
                    .setHeader(getTranslation("invoices.payment.failure")).setFlexGrow(1);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(payments);
        grid.addClassName("invoice-payments");
        ResponsiveGrid.of(grid, ListCard.<Payment>titled(payment -> payment.paymentDate() != null
                        ? Formats.date(payment.paymentDate(), locale) : Formats.dateTime(payment.createdAt(), locale))
                .detail(payment -> Formats.money(payment.amount(), payment.currency(), locale))
                .meta(payment -> InvoiceLabels.method(this, payment.method()),
                        payment -> withFailureInfo ? payment.failureReason() : null)
                .badge(payment -> InvoiceLabels.paymentState(this, payment.state())));
        return grid;
    }

    private static Component providerReference(Payment payment, ProviderPages providerPages) {
        String reference = payment.providerPaymentReference() != null ? payment.providerPaymentReference()
                : payment.providerReference();
        if (reference == null || payment.method() == PaymentMethod.BANK_TRANSFER) {
            return new Span();
        }
        Component shown = providerPages.of(payment).<Component>map(url -> {
            Anchor link = new Anchor(url, reference);
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            return link;
        }).orElseGet(() -> new Span(reference));
        shown.addClassName("payment-provider-reference");
        return shown;
    }

    private Div field(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("invoice-field-label");
        Div field = new Div(label, value);
        field.addClassName("invoice-field");
        return field;
    }
}
