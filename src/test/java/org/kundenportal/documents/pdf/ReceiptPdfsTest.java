package org.kundenportal.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.documents.ui.PdfLinks.Kind;
import org.kundenportal.receipts.RetailFixtures;
import org.kundenportal.receipts.domain.ReceiptType;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The receipt PDF parsed back to text: what the till's slip says, in the reader's language. */
class ReceiptPdfsTest extends SpringTest {

    @Autowired
    DocumentPdfs pdfs;
    @Autowired
    UserRepository users;
    @Autowired
    ApplicationContext context;
    RetailFixtures fixtures;
    long register;

    @BeforeEach
    void fixtures() {
        fixtures = new RetailFixtures(context);
        register = fixtures.register();
    }

    @Test
    void germanReceiptShowsNumberRegisterCashierByNameTaxesTotalAndPayment() throws IOException {
        String number = fixtures.receipt(fixtures.companyOf(TestWorld.CUSTOMER), register,
                fixtures.employee("Clara Kassiererin", ReceiptType.NAME));

        String text = text(TestWorld.CUSTOMER, number);

        assertThat(text).contains("Kassenbon " + number, TestWorld.SELLER, TestWorld.CUSTOMER_COMPANY,
                "Datum", "Kassenplatz", "Testkasse", "Kassier", "Clara Kassiererin",
                "Testbrötchen", "Testkuchen", "Nettobetrag", "15,00 €", "USt. 7 % auf 5,00 €", "0,35 €",
                "USt. 19 % auf 10,00 €", "1,90 €", "Gesamtbetrag", "17,25 €", "Bezahlt: Bar");
    }

    @Test
    void cashierWithReceiptTypeReferenceIsShownByReferenceOnly() throws IOException {
        long employee = fixtures.employee("Richard Referenz", ReceiptType.REFERENCE);
        String number = fixtures.receipt(fixtures.companyOf(TestWorld.CUSTOMER), register, employee);

        String text = text(TestWorld.CUSTOMER, number);

        assertThat(text).contains(fixtures.employees.find(employee).orElseThrow().reference());
        assertThat(text).doesNotContain("Richard Referenz");
    }

    @Test
    void englishReaderGetsEnglishLabels() throws IOException {
        String number = fixtures.receipt(fixtures.companyOf(TestWorld.CUSTOMER2), register,
                fixtures.employee("Emma English", ReceiptType.NAME));

        String text = text(TestWorld.CUSTOMER2, number);

        assertThat(text).contains("Receipt " + number, TestWorld.CUSTOMER2_COMPANY, "Register", "Cashier", "Emma English",
                "Total", "€17.25", "Paid: Cash");
        assertThat(text).doesNotContain("Kassenbon", "Bezahlt");
    }

    private String text(String email, String number) throws IOException {
        byte[] pdf = pdfs.pdf(Kind.RECEIPT, number, users.findPrincipal(email).orElseThrow(), Locale.GERMAN).orElseThrow();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        return PdfText.of(pdf);
    }
}
