package org.kundenportal.invoices.domain.payment;

import java.math.BigDecimal;
import java.util.List;
import org.kundenportal.base.settings.CompanyProfile;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.documents.domain.EpcPayload;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.PaymentMethod;
import org.kundenportal.settings.domain.Iban;
import org.springframework.stereotype.Component;

/**
 * Payment by SEPA credit transfer to our account, with the invoice number as reference and a GiroCode the
 * customer's banking app scans. We learn of the money only from the bank statement, so an announced transfer
 * stays PENDING until staff confirm it.
 */
@Component
public class BankTransferProvider implements PaymentProvider {

    public static final String CODE = "BANK_TRANSFER";

    private final Settings settings;

    public BankTransferProvider(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public PaymentMethod method() {
        return PaymentMethod.BANK_TRANSFER;
    }

    @Override
    public List<String> missingSettings() {
        return Iban.isValid(settings.companyProfile().iban()) ? List.of() : List.of("IBAN");
    }

    @Override
    public String notConfiguredKey() {
        return "invoices.providers.bank-transfer.no-iban";
    }

    @Override
    public Checkout start(CheckoutRequest request) {
        return new Checkout(request.invoice().number(), null);
    }

    @Override
    public CheckoutStatus status(String providerReference) {
        return CheckoutStatus.open();
    }

    /** What the customer needs to make the transfer, including the GiroCode text. */
    public Instructions instructions(Invoice invoice, BigDecimal amount) {
        CompanyProfile company = settings.companyProfile();
        String epc = EpcPayload.creditTransfer(company.name(), company.iban(), company.bic(), amount, invoice.number());
        return new Instructions(company.name(), Iban.grouped(company.iban()), company.bic(), company.bankName(),
                invoice.number(), amount, epc);
    }

    /** Our bank details for one transfer. */
    public record Instructions(String beneficiary, String iban, String bic, String bankName, String reference,
                               BigDecimal amount, String epcPayload) {
    }
}
