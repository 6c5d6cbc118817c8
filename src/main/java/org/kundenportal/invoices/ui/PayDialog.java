package org.kundenportal.invoices.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.ui.QrCodeImage;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.InvoicePayments;
import org.kundenportal.invoices.domain.payment.BankTransferProvider;
import org.kundenportal.invoices.domain.payment.PaymentProviders.ProviderSetting;

/**
 * "Pay online": the customer picks one of the enabled providers. Bank transfer shows our account, the reference
 * and the GiroCode for the amount due; Stripe and PayPal continue on the provider's checkout page, for the amount
 * due or, where the settings allow partial payment, a part of it.
 */
class PayDialog extends Dialog {

    private final Invoice invoice;
    private final InvoicePayments payments;
    private final BankTransferProvider bankTransfer;
    private final long userId;
    private final Runnable onDone;
    private final boolean partialAllowed;
    private final Div content = new Div();

    PayDialog(Invoice invoice, List<ProviderSetting> providers, boolean partialAllowed, InvoicePayments payments,
              BankTransferProvider bankTransfer, long userId, Runnable onDone) {
        this.invoice = invoice;
        this.partialAllowed = partialAllowed;
        this.payments = payments;
        this.bankTransfer = bankTransfer;
        this.userId = userId;
        this.onDone = onDone;
        addClassName("pay-dialog");
        Locale locale = getLocale();
        setHeaderTitle(getTranslation("invoices.pay.title", invoice.number(),
                Formats.money(invoice.amountDue(), invoice.currency(), locale)));

        RadioButtonGroup<ProviderSetting> choice = new RadioButtonGroup<>(getTranslation("invoices.pay.choose"));
        choice.setItems(providers);
        choice.setItemLabelGenerator(this::label);
        choice.addValueChangeListener(change -> show(change.getValue()));
        choice.addClassName("pay-provider-choice");
        content.addClassName("pay-content");
        add(choice, content);
        choice.setValue(providers.getFirst());

        Button close = new Button(getTranslation("invoices.pay.close"), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(close);
    }

    private String label(ProviderSetting setting) {
        return setting.displayName().isBlank() ? getTranslation("invoices.provider." + setting.provider().code())
                : setting.displayName();
    }

    private void show(ProviderSetting setting) {
        content.removeAll();
        if (setting == null) {
            return;
        }
        if (BankTransferProvider.CODE.equals(setting.provider().code())) {
            showBankTransfer();
        } else {
            showCheckout(setting);
        }
    }

    private void showBankTransfer() {
        Locale locale = getLocale();
        BankTransferProvider.Instructions transfer = bankTransfer.instructions(invoice, invoice.amountDue());
        Div details = new Div(
                line("invoices.pay.bank.beneficiary", transfer.beneficiary()),
                line("invoices.pay.bank.iban", transfer.iban()),
                line("invoices.pay.bank.bic", transfer.bic()),
                line("invoices.pay.bank.bank", transfer.bankName()),
                line("invoices.pay.bank.reference", transfer.reference()),
                line("invoices.pay.bank.amount", Formats.money(transfer.amount(), invoice.currency(), locale)));
        details.addClassName("pay-bank-details");
        Div qr = new Div(QrCodeImage.of(transfer.epcPayload(), 200, getTranslation("invoices.pay.bank.qr-alt")),
                new Paragraph(getTranslation("invoices.pay.bank.qr-help")));
        qr.addClassName("pay-girocode");
        Button announce = new Button(getTranslation("invoices.pay.bank.announce"), VaadinIcon.CHECK.create(), click -> {
            try {
                payments.announceBankTransfer(invoice, userId);
                Feedback.success(getTranslation("invoices.pay.bank.announced"));
                close();
                onDone.run();
            } catch (RefusedException refused) {
                Feedback.refused(refused);
            }
        });
        announce.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        announce.addClassName("pay-announce");
        announce.setDisableOnClick(true);
        content.add(new Paragraph(getTranslation("invoices.pay.bank.help")), details, qr, announce);
    }

    private void showCheckout(ProviderSetting setting) {
        String code = setting.provider().code();
        BigDecimalField amount = new BigDecimalField(getTranslation("invoices.pay.amount"));
        amount.setValue(invoice.amountDue());
        amount.setSuffixComponent(new Span(invoice.currency().getCurrencyCode()));
        amount.setHelperText(getTranslation("invoices.pay.amount-help",
                Formats.money(invoice.amountDue(), invoice.currency(), getLocale())));
        amount.addClassName("pay-amount");
        Button go = new Button(getTranslation("invoices.pay.online.continue", label(setting)),
                VaadinIcon.CREDIT_CARD.create(), click -> {
            try {
                BigDecimal chosen = partialAllowed ? amount.getValue() : invoice.amountDue();
                String url = payments.startCheckout(code, invoice, chosen, userId);
                UI.getCurrent().getPage().setLocation(url);
            } catch (RefusedException refused) {
                if (partialAllowed) {
                    amount.setInvalid(true);
                    amount.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                }
                Feedback.refused(refused);
                click.getSource().setEnabled(true);
            }
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClassNames("pay-online", "pay-" + code.toLowerCase(Locale.ROOT));
        go.setDisableOnClick(true);
        content.add(new Paragraph(getTranslation("invoices.pay.online.help." + code)));
        if (partialAllowed) {
            content.add(amount);
        }
        content.add(go);
    }

    private Div line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("pay-label");
        Span text = new Span(value == null ? "" : value);
        text.addClassName("pay-value");
        Div line = new Div(label, text);
        line.addClassName("pay-line");
        return line;
    }
}
