package org.kundenportal.mandates.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kundenportal.db.Tables.SEPA_MANDATE;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kundenportal.RestoreSettings;
import org.kundenportal.SpringTest;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.documents.einvoice.EInvoiceXml;
import org.kundenportal.documents.pdf.DocumentPdfs;
import org.kundenportal.documents.pdf.PdfDocument;
import org.kundenportal.documents.pdf.PdfText;
import org.kundenportal.documents.ui.PdfLinks.Kind;
import org.kundenportal.invoices.InvoiceFixtures;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.InvoicePayments;
import org.kundenportal.invoices.domain.payment.BankTransferProvider;
import org.kundenportal.invoices.pdf.InvoiceEInvoices;
import org.kundenportal.mandates.MandateFixtures;
import org.kundenportal.signatures.domain.SignatureRequest;
import org.kundenportal.signatures.domain.SignedMandateForms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Document;

/**
 * Mandates registered from signed requests, and the invoices posted while one is active: collected by direct debit
 * in the e-invoice (validated), the PDF and the portal, never offered for online payment.
 */
@ExtendWith(RestoreSettings.class)
class SepaMandateServiceTest extends SpringTest {

    @Autowired
    SepaMandateService service;
    @Autowired
    DocumentPdfs pdfs;
    @Autowired
    InvoiceEInvoices eInvoiceFiles;
    @Autowired
    InvoicePayments payments;
    @Autowired
    DSLContext db;
    @Autowired
    ApplicationContext context;
    MandateFixtures fixtures;
    InvoiceFixtures invoices;
    long company;
    PortalUser staff;

    @BeforeEach
    void setUp() {
        fixtures = new MandateFixtures(context);
        invoices = new InvoiceFixtures(context);
        fixtures.creditorId(MandateFixtures.CREDITOR_ID);
        company = fixtures.signatures.company();
        staff = fixtures.signatures.staff();
    }

    private int storedMandates() {
        return db.fetchCount(SEPA_MANDATE);
    }

    private void assertRefused(NewMandate mandate, String messageKey) {
        int before = storedMandates();
        assertThatThrownBy(() -> service.register(mandate, staff.id()))
                .isInstanceOfSatisfying(RefusedException.class, refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
        assertThat(storedMandates()).isEqualTo(before);
    }

    private static NewMandate mandate(SignatureRequest request, String reference, String iban) {
        return new NewMandate(request.id(), reference, MandateFixtures.HOLDER, iban, MandateFixtures.BIC,
                LocalDate.now(Formats.ZONE));
    }

    @Test
    void theFormIsPrefilledFromTheSignedFieldsByTheirLabels() {
        SignatureRequest signed = fixtures.signedForm(company);

        NewMandate draft = SepaMandateService.draftFrom(SignedMandateForms.of(signed));

        assertThat(draft.debtorName()).isEqualTo(MandateFixtures.HOLDER);
        assertThat(draft.iban()).isEqualTo("DE02 1203 0000 0000 2020 51");
        assertThat(draft.bic()).isEqualTo(MandateFixtures.BIC);
        assertThat(draft.signedOn()).isEqualTo(LocalDate.ofInstant(signed.signedAt(), Formats.ZONE));
        assertThat(draft.reference()).isEmpty();
    }

    @Test
    void aRegisteredMandateIsTheCompanysActiveOneWithItsIbanCompact() {
        SignatureRequest signed = fixtures.signedForm(company);
        String reference = MandateFixtures.uniqueReference();

        SepaMandate mandate = service.register(mandate(signed, " " + reference + " ", "de02 1203 0000 0000 2020 51"),
                staff.id());

        assertThat(mandate.reference()).isEqualTo(reference);
        assertThat(mandate.iban()).isEqualTo(MandateFixtures.IBAN);
        assertThat(mandate.signatureRequestNumber()).isEqualTo(signed.number());
        assertThat(service.active(company)).contains(mandate);
        assertThat(service.ofRequest(signed.id())).contains(mandate);
    }

    @Test
    void anUnsignedRequestIsRefused() {
        SignatureRequest sent = fixtures.sentForm(company);

        assertRefused(mandate(sent, MandateFixtures.uniqueReference(), MandateFixtures.IBAN), "mandates.error.not-signed");
    }

    @Test
    void aBadIbanIsRefused() {
        SignatureRequest signed = fixtures.signedForm(company);

        assertRefused(mandate(signed, MandateFixtures.uniqueReference(), "DE02 1203 0000 0000 2020 52"),
                "mandates.error.iban");
    }

    @Test
    void aReferenceTakenByAnotherMandateIsRefused() {
        String reference = MandateFixtures.uniqueReference();
        fixtures.register(fixtures.signedForm(company), reference);
        long otherCompany = fixtures.signatures.company();
        SignatureRequest other = fixtures.signedForm(otherCompany);

        assertRefused(mandate(other, reference, MandateFixtures.IBAN), "mandates.error.reference-taken");
        assertThat(service.active(otherCompany)).isEmpty();
    }

    @Test
    void withoutOurCreditorIdNoMandateIsRegistered() {
        SignatureRequest signed = fixtures.signedForm(company);
        fixtures.creditorId("");

        assertRefused(mandate(signed, MandateFixtures.uniqueReference(), MandateFixtures.IBAN), "mandates.error.creditor-id");
    }

    @Test
    void aSecondActiveMandateOfTheCompanyIsRefused() {
        fixtures.register(fixtures.signedForm(company), MandateFixtures.uniqueReference());

        assertRefused(mandate(fixtures.signedForm(company), MandateFixtures.uniqueReference(), MandateFixtures.IBAN),
                "mandates.error.active-exists");
    }

    @Test
    void anInvoicePostedUnderAMandateIsCollectedByDirectDebitInItsValidEInvoice() throws Exception {
        String reference = MandateFixtures.uniqueReference();
        fixtures.register(fixtures.signedForm(company), reference);

        Invoice invoice = invoices.posted(company);

        assertThat(invoice.directDebit()).isEqualTo(new Invoice.DirectDebit(reference, MandateFixtures.IBAN));
        assertThat(invoice.payable()).as("no online payment: it would be paid twice").isFalse();
        assertThatThrownBy(() -> payments.announceBankTransfer(invoice, staff.id()))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("invoices.pay.not-payable"));
        Document xml = EInvoiceXml.parse(eInvoiceFiles.xrechnung(invoice.number(), staff, Locale.GERMAN).orElseThrow());
        assertThat(EInvoiceXml.texts(xml, "SpecifiedTradeSettlementPaymentMeans/TypeCode")).containsExactly("59");
        assertThat(EInvoiceXml.text(xml, "SpecifiedTradePaymentTerms/DirectDebitMandateID")).isEqualTo(reference);
        assertThat(EInvoiceXml.text(xml, "CreditorReferenceID")).isEqualTo(MandateFixtures.CREDITOR_ID);
        assertThat(EInvoiceXml.text(xml, "PayerPartyDebtorFinancialAccount/IBANID")).isEqualTo(MandateFixtures.IBAN);
        assertThat(eInvoiceFiles.eInvoiceErrors(invoice.number(), staff, Locale.GERMAN)).contains(java.util.List.of());
        assertThat(eInvoiceFiles.eInvoiceGaps(invoice.number(), Locale.GERMAN)).isEmpty();
    }

    @Test
    void theInvoicePdfNamesTheMandateAndTheMaskedAccountInsteadOfTheTransfer() throws IOException {
        String reference = MandateFixtures.uniqueReference();
        fixtures.register(fixtures.signedForm(company), reference);
        Invoice invoice = invoices.posted(company);

        PdfDocument document = pdfs.document(Kind.INVOICE, invoice.number(), staff, Locale.GERMAN).orElseThrow();
        String german = PdfText.of(pdfs.pdf(Kind.INVOICE, invoice.number(), staff, Locale.GERMAN).orElseThrow());

        assertThat(document.transfer()).isNull();
        assertThat(document.directDebit()).isEqualTo(new PdfDocument.DirectDebit(invoice.amountDue(), "DE02 **** 2051",
                reference, MandateFixtures.CREDITOR_ID));
        assertThat(german).contains("Zahlung per SEPA-Lastschrift", "Der Betrag von 119,00 € wird von Ihrem Konto IBAN "
                + "DE02 **** 2051 unter dem Mandat " + reference + " eingezogen, Gläubiger-ID " + MandateFixtures.CREDITOR_ID)
                .doesNotContain("Zahlung per Überweisung", MandateFixtures.IBAN, "DE02 1203 0000 0000 2020 51");
    }

    @Test
    void afterTheMandateIsRevokedTheNextInvoiceIsPaidByTransferAgainAndTheEarlierKeepsItsMandate() {
        String reference = MandateFixtures.uniqueReference();
        SepaMandate mandate = fixtures.register(fixtures.signedForm(company), reference);
        Invoice before = invoices.posted(company);

        service.revoke(mandate.id(), staff.id());
        Invoice after = invoices.posted(company);

        assertThat(service.active(company)).isEmpty();
        assertThat(after.directDebit()).isNull();
        assertThat(after.payable()).isTrue();
        PdfDocument document = pdfs.document(Kind.INVOICE, after.number(), staff, Locale.GERMAN).orElseThrow();
        assertThat(document.directDebit()).isNull();
        assertThat(document.transfer()).isNotNull();
        assertThat(invoices.reload(before).directDebit().mandateReference()).isEqualTo(reference);
        assertThatThrownBy(() -> service.revoke(mandate.id(), staff.id()))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("mandates.error.already-revoked"));
    }

    @Test
    void aCreditNoteIsNeverDebited() {
        fixtures.register(fixtures.signedForm(company), MandateFixtures.uniqueReference());

        Invoice credit = invoices.posted(company, org.kundenportal.invoices.domain.InvoiceKind.CREDIT_NOTE,
                org.kundenportal.invoices.domain.Direction.OUT, new java.math.BigDecimal("10.00"));

        assertThat(credit.directDebit()).isNull();
    }
}
