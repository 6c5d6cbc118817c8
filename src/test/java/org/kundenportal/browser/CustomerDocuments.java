package org.kundenportal.browser;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.kundenportal.TestWorld;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.invoices.InvoiceFixtures;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.InvoicePayments;
import org.kundenportal.orders.OrderFixtures;
import org.kundenportal.quotes.QuoteFixtures;
import org.kundenportal.receipts.RetailFixtures;
import org.kundenportal.receipts.domain.ReceiptType;
import org.kundenportal.signatures.SignatureFixtures;
import org.kundenportal.subscriptions.SubscriptionFixtures;
import org.kundenportal.subscriptions.domain.SubscriptionState;
import org.kundenportal.tickets.domain.TicketFixtures;
import org.kundenportal.tickets.domain.TicketState;
import org.kundenportal.wallets.WalletFixtures;
import org.springframework.context.ApplicationContext;

/**
 * Documents of the test world's customer made through the features' fixtures just before a browser test, so that
 * every list the test opens has a first row, and the newest one is the test's own.
 */
record CustomerDocuments(String invoice, String quote, String order, String ticket, String receipt, String walletCard,
                         String signature, String subscription) {

    /** An invoice, a sent quote, a confirmed order and a ticket: what the customer's and the staff's lists show. */
    static CustomerDocuments lists(ApplicationContext context, TestWorld world) {
        long company = world.customer().companyId();
        String invoice = new InvoiceFixtures(context).posted(company).number();
        String quote = new QuoteFixtures(context).sent(TestWorld.CUSTOMER_COMPANY, true, false).number();
        String order = new OrderFixtures(context).confirmed(company).number();
        String ticket = new TicketFixtures(context).ticket(company, TicketState.NEW, TicketFixtures.unique("Kasse startet nicht"))
                .number();
        return new CustomerDocuments(invoice, quote, order, ticket, null, null, null, null);
    }

    /** The lists' documents and a receipt, a wallet card, a signature request and a subscription besides. */
    static CustomerDocuments everything(ApplicationContext context, TestWorld world) {
        CustomerDocuments lists = lists(context, world);
        long company = world.customer().companyId();
        RetailFixtures retail = new RetailFixtures(context);
        String receipt = retail.receipt(company, retail.register(), retail.employee("Kim Kasse", ReceiptType.NAME));
        String card = new WalletFixtures(context).eWallet(company);
        SignatureFixtures signatures = new SignatureFixtures(context);
        String signature = signatures.sent(company, signatures.access.principal(TestWorld.CUSTOMER), 1).number();
        String subscription = new SubscriptionFixtures(context).subscription(company, SubscriptionState.ACTIVE,
                SubscriptionFixtures.unique("Modul Browser"));
        return new CustomerDocuments(lists.invoice(), lists.quote(), lists.order(), lists.ticket(), receipt, card,
                signature, subscription);
    }

    /** A posted invoice of 119.00 of the customer with a first payment of 19.00 booked by staff. */
    static String partlyPaidInvoice(ApplicationContext context, TestWorld world) {
        Invoice invoice = new InvoiceFixtures(context).posted(world.customer().companyId());
        context.getBean(InvoicePayments.class).register(invoice, new BigDecimal("19.00"), LocalDate.now(Formats.ZONE),
                null, world.staff().userId());
        return invoice.number();
    }
}
