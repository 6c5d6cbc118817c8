package org.kundenportal.invoices.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.DetailView;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.ui.DocumentPage;
import org.kundenportal.documents.ui.HistorySection;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.InvoicePayments;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.kundenportal.invoices.domain.InvoiceService;
import org.kundenportal.invoices.domain.InvoiceState;
import org.kundenportal.invoices.domain.Payment;
import org.kundenportal.invoices.domain.PaymentAttemptState;
import org.kundenportal.invoices.domain.PaymentMethod;
import org.kundenportal.invoices.domain.payment.PaymentProviders;
import org.kundenportal.invoices.incoming.domain.ReceivedEInvoiceRepository;
import org.kundenportal.invoices.pdf.InvoiceEInvoices;
import org.kundenportal.settings.domain.Iban;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One invoice or vendor bill in the back office: post and send a draft, register or confirm payments, cancel,
 * and open the customer preview.
 */
@Route("staff/invoices/:number")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class StaffInvoiceView extends DetailView<Invoice> implements HasDynamicTitle {

    private final InvoiceRepository invoices;
    private final InvoiceService service;
    private final InvoicePayments payments;
    private final DocumentLines lines;
    private final CurrentUser currentUser;
    private final ObjectProvider<HistorySection> history;
    private final PaymentProviders providers;
    private final InvoiceEInvoices eInvoiceFiles;
    private final ReceivedEInvoiceRepository receivedFiles;
    private String number = "";

    public StaffInvoiceView(InvoiceRepository invoices, InvoiceService service, InvoicePayments payments,
                            DocumentLines lines, CurrentUser currentUser, ObjectProvider<HistorySection> history,
                            PaymentProviders providers, InvoiceEInvoices eInvoiceFiles, ReceivedEInvoiceRepository receivedFiles) {
        super("number");
        this.providers = providers;
        this.receivedFiles = receivedFiles;
        this.eInvoiceFiles = eInvoiceFiles;
        this.invoices = invoices;
        this.service = service;
        this.payments = payments;
        this.lines = lines;
        this.currentUser = currentUser;
        this.history = history;
        addClassNames("document-view", "staff-invoice-view");
    }

    @Override
    protected Optional<Invoice> find(String number) {
        this.number = number;
        return invoices.find(number, PortalScope.staff(), true);
    }

    private void reload() {
        invoices.find(number, PortalScope.staff(), true).ifPresent(this::show);
    }

    @Override
    protected void show(Invoice invoice) {
        removeAll();
        List<Payment> invoicePayments = invoices.payments(invoice.id());
        DocumentPage page = InvoiceSheet.page(this, invoice, true);
        if (invoice.directDebit() != null) {
            // staff collect it with their bank and then register the payment as for any money that arrived
            Paragraph debit = new Paragraph(getTranslation("invoices.staff.direct-debit",
                    invoice.directDebit().mandateReference(), Iban.grouped(invoice.directDebit().iban())));
            debit.setId("staff-invoice-direct-debit");
            page.notice(debit);
        }
        page.actions(actions(invoice, invoicePayments));
        page.actions(InvoiceSheet.pdfLinks(invoice));
        page.content(new InvoiceSheet(invoice, lines.of(DocumentRef.invoice(invoice.id())), invoicePayments,
                invoice.saleOrderNumber() == null ? null : "/staff/orders/" + invoice.saleOrderNumber(),
                payment -> providers.provider(payment.providerCode() == null ? "" : payment.providerCode())
                        .flatMap(provider -> provider.dashboardUrl(payment.providerReference(),
                                payment.providerPaymentReference()))));
        List<Payment> announced = invoicePayments.stream().filter(payment -> payment.state() == PaymentAttemptState.PENDING
                && payment.method() == PaymentMethod.BANK_TRANSFER).toList();
        if (!announced.isEmpty() && invoice.state() == InvoiceState.POSTED) {
            Div pending = new Div(new H3(getTranslation("invoices.staff.announced")));
            pending.addClassName("invoice-announced");
            announced.forEach(payment -> pending.add(confirmButton(payment)));
            page.content(pending);
        }
        if (invoice.direction() == Direction.OUT && invoice.state() != InvoiceState.CANCELLED) {
            page.content(eInvoiceSection(invoice));
        }
        if (invoice.direction() == Direction.IN) {
            receivedFiles.sourceOfBill(invoice.id()).ifPresent(source -> {
                Anchor file = new Anchor("staff/incoming-invoices/" + source.id(),
                        getTranslation("einvoice.in.bill-source", source.fileName()));
                file.setId("invoice-received-einvoice");
                page.content(new Paragraph(file));
            });
        }
        history.ifAvailable(section -> page.content(section.create(DocumentRef.invoice(invoice.id()), false)));
        add(page);
    }

    /**
     * Before posting, what the invoice lacks to be a valid e-invoice; once posted, the validator's verdict on its
     * ZUGFeRD PDF and XRechnung on request (it takes a moment).
     */
    private Div eInvoiceSection(Invoice invoice) {
        Div section = new Div(new H3(getTranslation("einvoice.title")));
        section.addClassName("einvoice-section");
        if (invoice.state() == InvoiceState.DRAFT) {
            List<String> gaps = eInvoiceFiles.eInvoiceGaps(invoice.number(), getLocale());
            if (gaps.isEmpty()) {
                section.add(new Paragraph(getTranslation("einvoice.ready")));
            } else {
                section.addClassName("einvoice-gaps");
                section.add(new Paragraph(getTranslation("einvoice.gaps")));
                UnorderedList list = new UnorderedList();
                gaps.forEach(gap -> list.add(new ListItem(getTranslation(gap))));
                section.add(list);
            }
            return section;
        }
        Div result = new Div();
        result.addClassName("einvoice-result");
        Button check = new Button(getTranslation("einvoice.check"), VaadinIcon.CHECK_SQUARE_O.create(), click -> {
            result.removeAll();
            List<String> errors = eInvoiceFiles.eInvoiceErrors(invoice.number(), currentUser.require(), getLocale())
                    .orElse(List.of(getTranslation("einvoice.not-available")));
            if (errors.isEmpty()) {
                result.add(new Paragraph(getTranslation("einvoice.valid")));
            } else {
                result.add(new Paragraph(getTranslation("einvoice.invalid", errors.size())));
                UnorderedList list = new UnorderedList();
                errors.forEach(error -> list.add(new ListItem(error)));
                result.add(list);
            }
            click.getSource().setEnabled(true);
        });
        check.setDisableOnClick(true);
        check.addClassName("einvoice-check");
        section.add(check, result);
        return section;
    }

    private Div actions(Invoice invoice, List<Payment> invoicePayments) {
        Div actions = new Div();
        actions.addClassName("document-actions");
        long staffUser = currentUser.require().id();
        if (invoice.state() == InvoiceState.DRAFT) {
            actions.add(action("invoices.staff.post", VaadinIcon.PAPERPLANE, ButtonVariant.LUMO_PRIMARY, "invoice-post",
                    () -> {
                        service.postAndSend(invoice.id(), staffUser);
                        Feedback.success(getTranslation("invoices.staff.posted", invoice.number()));
                    }));
        }
        if (invoice.state() == InvoiceState.POSTED && invoice.amountDue().signum() > 0) {
            Button register = new Button(getTranslation("invoices.staff.register"), VaadinIcon.MONEY.create(),
                    click -> new RegisterPaymentDialog(invoice, payments, staffUser, this::reload).open());
            register.addClassName("invoice-register-payment");
            actions.add(register);
        }
        if (invoice.state() != InvoiceState.CANCELLED && invoice.paid().signum() == 0) {
            Button cancel = new Button(getTranslation("invoices.staff.cancel"), VaadinIcon.BAN.create(), click -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("invoices.staff.cancel.title", invoice.number()),
                        getTranslation("invoices.staff.cancel.text"), getTranslation("invoices.staff.cancel.confirm"),
                        confirmed -> run(() -> {
                            service.cancel(invoice.id(), staffUser);
                            Feedback.success(getTranslation("invoices.staff.cancelled", invoice.number()));
                        }));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("invoices.dialog.cancel"));
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.addClassName("invoice-cancel");
            actions.add(cancel);
        }
        if (invoice.state() != InvoiceState.DRAFT) {
            Button preview = new Button(getTranslation("invoices.staff.preview"), VaadinIcon.EYE.create(),
                    click -> UI.getCurrent().navigate("invoices/" + invoice.number()));
            preview.addClassName("invoice-preview");
            actions.add(preview);
        }
        return actions;
    }

    private Button confirmButton(Payment payment) {
        String label = getTranslation("invoices.staff.confirm-transfer",
                Formats.money(payment.amount(), payment.currency(), getLocale()),
                Formats.dateTime(payment.createdAt(), getLocale()));
        Button confirm = new Button(label, VaadinIcon.CHECK.create(), click -> run(() -> {
            payments.confirm(payment.id(), LocalDate.now(Formats.ZONE), currentUser.require().id());
            Feedback.success(getTranslation("invoices.register.done"));
        }));
        confirm.addClassName("invoice-confirm-transfer");
        return confirm;
    }

    private Button action(String labelKey, VaadinIcon icon, ButtonVariant variant, String className, Runnable action) {
        Button button = new Button(getTranslation(labelKey), icon.create(), click -> run(action));
        button.addThemeVariants(variant);
        button.addClassName(className);
        button.setDisableOnClick(true);
        return button;
    }

    /** Runs an action, tells the user a refusal (someone was quicker, the rules say no), and shows the result. */
    private void run(Runnable action) {
        try {
            action.run();
        } catch (RefusedException refused) {
            Feedback.refused(refused);
        }
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staff-invoices") + " " + number;
    }
}
