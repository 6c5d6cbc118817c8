package org.kundenportal.mandates.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kundenportal.KaribuTest;
import org.kundenportal.RestoreSettings;
import org.kundenportal.TestAccounts;
import org.kundenportal.TestWorld;
import org.kundenportal.invoices.InvoiceFixtures;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.mandates.MandateFixtures;
import org.kundenportal.mandates.domain.SepaMandate;
import org.kundenportal.mandates.domain.SepaMandateService;

/** The portal's invoice page of a company that pays by direct debit: it says so and offers no online payment. */
@ExtendWith(RestoreSettings.class)
class DirectDebitInvoiceViewTest extends KaribuTest {

    MandateFixtures fixtures;
    InvoiceFixtures invoices;
    long company;
    String reader;

    @BeforeEach
    void setUp() {
        fixtures = new MandateFixtures(context);
        invoices = new InvoiceFixtures(context);
        invoices.enableBankTransfer(true);
        fixtures.creditorId(MandateFixtures.CREDITOR_ID);
        company = fixtures.signatures.company();
        reader = fixtures.invoiceReader(company);
    }

    private void open(Invoice invoice) {
        login(reader, TestAccounts.PASSWORD);
        navigate("invoices/" + invoice.number());
    }

    private static boolean hasPayButton() {
        return !_find(Button.class, spec -> spec.withClasses("invoice-pay")).isEmpty();
    }

    @Test
    void anInvoiceCollectedByDirectDebitNamesTheMandateAndCannotBePaidOnline() {
        String reference = MandateFixtures.uniqueReference();
        fixtures.register(fixtures.signedForm(company), reference);
        Invoice invoice = invoices.posted(company);

        open(invoice);

        assertThat(_get(Paragraph.class, spec -> spec.withId("invoice-direct-debit")).getText()).isEqualTo(
                "The amount of €119.00 will be debited from your account IBAN DE02 **** 2051 under mandate " + reference
                        + ", creditor identifier DE98ZZZ09999999999. There is nothing for you to pay.");
        assertThat(hasPayButton()).isFalse();
    }

    @Test
    void staffSeeOnTheInvoiceThatItIsCollectedUnderTheMandate() {
        String reference = MandateFixtures.uniqueReference();
        fixtures.register(fixtures.signedForm(company), reference);
        Invoice invoice = invoices.posted(company);
        login(TestWorld.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate("staff/invoices/" + invoice.number());

        assertThat(_get(Paragraph.class, spec -> spec.withId("staff-invoice-direct-debit")).getText()).isEqualTo(
                "Collected by SEPA direct debit under mandate " + reference + " from IBAN DE02 1203 0000 0000 2020 51: "
                        + "register the payment once the debit has arrived.");
    }

    @Test
    void afterTheMandateIsRevokedTheNextInvoiceIsPaidOnlineAgain() {
        SepaMandate mandate = fixtures.register(fixtures.signedForm(company), MandateFixtures.uniqueReference());
        context.getBean(SepaMandateService.class).revoke(mandate.id(), fixtures.signatures.staff().id());
        Invoice invoice = invoices.posted(company);

        open(invoice);

        assertThat(_find(Paragraph.class, spec -> spec.withId("invoice-direct-debit"))).isEmpty();
        assertThat(hasPayButton()).isTrue();
    }
}
