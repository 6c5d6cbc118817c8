package org.kundenportal.receipts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Optional;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.DetailView;
import org.kundenportal.documents.ui.DocumentPage;
import org.kundenportal.documents.ui.LinesTable;
import org.kundenportal.documents.ui.PdfLinks;
import org.kundenportal.documents.ui.PreviewBanner;
import org.kundenportal.documents.ui.TotalsBlock;
import org.kundenportal.receipts.domain.PaymentMethod;
import org.kundenportal.receipts.domain.Receipt;
import org.kundenportal.receipts.domain.ReceiptPayment;
import org.kundenportal.receipts.domain.ReceiptRepository;

/**
 * One POS receipt: lines, totals, payments, the register and the cashier (named as the employee's receipt type
 * says). A receipt outside the user's scope looks exactly like one that does not exist.
 */
@Route("receipts/:number")
@RolesAllowed({Roles.CUSTOMER, Roles.PARTNER, Roles.STAFF, Roles.ADMIN})
public class ReceiptView extends DetailView<Receipt> implements HasDynamicTitle {

    private static final String NUMBER = "number";

    private final ReceiptRepository receipts;
    private final CurrentUser currentUser;
    private String title = "";

    public ReceiptView(ReceiptRepository receipts, CurrentUser currentUser) {
        super(NUMBER);
        this.receipts = receipts;
        this.currentUser = currentUser;
        addClassName("document-view");
    }

    public static RouteParameters parameters(String number) {
        return new RouteParameters(NUMBER, number);
    }

    @Override
    protected Optional<Receipt> find(String number) {
        return receipts.find(currentUser.scope(), number);
    }

    @Override
    protected void show(Receipt receipt) {
        removeAll();
        Locale locale = getLocale();
        title = getTranslation("receipts.detail.title", receipt.number());
        if (currentUser.get().map(PortalUser::isInternal).orElse(false)) {
            add(new PreviewBanner());
        }
        DocumentPage page = new DocumentPage()
                .breadcrumbs(getTranslation("nav.receipts"), "receipts", receipt.number())
                .title(title)
                .amount("documents.summary.total", receipt.totals().total(), receipt.currency())
                .actions(new PdfLinks(PdfLinks.Kind.RECEIPT, receipt.number()));

        Div facts = new Div();
        facts.addClassName("receipt-facts");
        fact(facts, "receipts.date", Formats.dateTime(receipt.date(), locale), "receipt-date");
        fact(facts, "receipts.customer", receipt.companyName(), "receipt-customer");
        fact(facts, "receipts.register", receipt.register().name(), "receipt-register");
        fact(facts, "receipts.cashier", receipt.cashierLabel(), "receipt-cashier");
        if (receipt.orderReference() != null) {
            fact(facts, "receipts.order-reference", receipt.orderReference(), "receipt-order");
        }
        page.content(facts, new LinesTable(receipt.lines(), receipt.currency(), false),
                new TotalsBlock(receipt.totals(), receipt.currency()), new H3(getTranslation("receipts.payments")));
        Div payments = new Div();
        payments.addClassName("receipt-payments");
        for (ReceiptPayment payment : receipt.payments()) {
            Div row = new Div(new Span(paymentMethodLabel(this, payment.method())),
                    new Span(Formats.money(payment.amount(), receipt.currency(), locale)));
            row.addClassName("receipt-payment");
            payments.add(row);
        }
        page.content(payments);
        add(page);
    }

    private void fact(Div facts, String labelKey, String value, String className) {
        Span valueSpan = new Span(value);
        valueSpan.addClassName(className);
        Div fact = new Div(new Span(getTranslation(labelKey)), valueSpan);
        fact.addClassName("receipt-fact");
        facts.add(fact);
    }

    static String paymentMethodLabel(Component component, PaymentMethod method) {
        return component.getTranslation("receipts.payment." + method.name().toLowerCase().replace('_', '-'));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
