package org.kundenportal.invoices.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.base.ui.DetailView;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.SaleOrderState;
import org.kundenportal.documents.ui.DocumentPage;
import org.kundenportal.documents.ui.HistorySection;
import org.kundenportal.documents.ui.PreviewBanner;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.InvoiceKind;
import org.kundenportal.invoices.domain.InvoicePayments;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.kundenportal.invoices.domain.InvoiceService;
import org.kundenportal.invoices.domain.InvoiceState;
import org.kundenportal.invoices.domain.payment.BankTransferProvider;
import org.kundenportal.invoices.domain.payment.PaymentProviders;
import org.kundenportal.settings.domain.Iban;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One invoice in the portal, at a shareable address. It opens only within the user's scope and with the
 * invoices area, or, for the prepayment invoice of a quote, with the quotes area; anything else looks exactly
 * like a number that does not exist. Staff see it as the customer preview, where nothing acts.
 */
@Route("invoices/:number")
@RolesAllowed({Roles.CUSTOMER, Roles.PARTNER, Roles.SUPPLIER, Roles.STAFF, Roles.ADMIN})
public class InvoiceView extends DetailView<Invoice> implements HasDynamicTitle {

    private final InvoiceRepository invoices;
    private final InvoiceService service;
    private final InvoicePayments payments;
    private final PaymentProviders providers;
    private final BankTransferProvider bankTransfer;
    private final DocumentLines lines;
    private final CurrentUser currentUser;
    private final ObjectProvider<HistorySection> history;
    private final Settings settings;
    private String number = "";

    public InvoiceView(InvoiceRepository invoices, InvoiceService service, InvoicePayments payments,
                       PaymentProviders providers, BankTransferProvider bankTransfer, DocumentLines lines,
                       CurrentUser currentUser, ObjectProvider<HistorySection> history, Settings settings) {
        super("number");
        this.invoices = invoices;
        this.service = service;
        this.payments = payments;
        this.providers = providers;
        this.bankTransfer = bankTransfer;
        this.lines = lines;
        this.currentUser = currentUser;
        this.history = history;
        this.settings = settings;
        addClassNames("document-view", "invoice-view");
    }

    @Override
    protected Optional<Invoice> find(String number) {
        this.number = number;
        PortalUser user = currentUser.require();
        return invoices.find(number, currentUser.scope(), false).filter(found -> mayOpen(user, found));
    }

    @Override
    protected void show(Invoice invoice) {
        PortalUser user = currentUser.require();
        boolean preview = user.isInternal();
        if (!preview) {
            service.viewed(invoice.id(), user.id());
        }
        render(invoice, preview);
    }

    private boolean mayOpen(PortalUser user, Invoice invoice) {
        if (user.isInternal() || currentUser.mayUse(AreaPermission.INVOICES)) {
            return true;
        }
        return invoice.kind() == InvoiceKind.PREPAYMENT && invoice.saleOrderId() != null
                && currentUser.mayUse(AreaPermission.QUOTES);
    }

    private void render(Invoice invoice, boolean preview) {
        removeAll();
        if (preview) {
            add(new PreviewBanner());
        }
        DocumentPage page = InvoiceSheet.page(this, invoice, false);
        if (invoice.directDebit() != null && invoice.state() == InvoiceState.POSTED && invoice.amountDue().signum() > 0) {
            Paragraph debit = new Paragraph(getTranslation("invoices.direct-debit",
                    Formats.money(invoice.amountDue(), invoice.currency(), getLocale()),
                    Iban.masked(invoice.directDebit().iban()), invoice.directDebit().mandateReference(),
                    settings.get(SettingKey.COMPANY_CREDITOR_ID)));
            debit.setId("invoice-direct-debit");
            debit.addClassName("invoice-direct-debit");
            page.notice(debit);
        }
        if (!preview && invoice.payable() && providers.anyUsable()) {
            Button pay = new Button(getTranslation("invoices.pay"), VaadinIcon.CREDIT_CARD.create(),
                    click -> new PayDialog(invoice, providers.usable(), providers.partialPaymentAllowed(), payments, bankTransfer, currentUser.require().id(),
                            this::reload).open());
            pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            pay.addClassName("invoice-pay");
            page.actions(pay);
        }
        page.actions(InvoiceSheet.pdfLinks(invoice));
        page.content(new InvoiceSheet(invoice, lines.of(DocumentRef.invoice(invoice.id())),
                invoices.payments(invoice.id()), orderHref(invoice, preview), null));
        history.ifAvailable(section -> page.content(section.create(DocumentRef.invoice(invoice.id()), preview)));
        add(page);
    }

    /** The order page when the user may open it; a prepayment invoice belongs to a quote still waiting for it. */
    private String orderHref(Invoice invoice, boolean preview) {
        if (invoice.saleOrderNumber() == null) {
            return null;
        }
        boolean order = invoice.saleOrderState() == SaleOrderState.CONFIRMED;
        AreaPermission area = order ? AreaPermission.ORDERS : AreaPermission.QUOTES;
        if (!preview && !currentUser.mayUse(area)) {
            return null;
        }
        return (order ? "/orders/" : "/quotes/") + invoice.saleOrderNumber();
    }

    private void reload() {
        invoices.find(number, currentUser.scope(), false).ifPresent(invoice -> render(invoice, false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.invoices") + " " + number;
    }
}
