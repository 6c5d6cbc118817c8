package org.kundenportal.invoices.domain;

import org.junit.jupiter.api.BeforeEach;
import org.kundenportal.SpringTest;
import org.kundenportal.demo.DemoData;
import org.kundenportal.invoices.InvoiceFixtures;
import org.kundenportal.invoices.InvoicePaidRecorder;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** What the payment tests share: the payment service, fresh invoices of the bakery, and its customer Anna paying. */
abstract class PaymentTestBase extends SpringTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InvoicePayments payments;
    @Autowired
    InvoiceRepository invoices;
    @Autowired
    InvoicePaidRecorder paidEvents;
    @Autowired
    UserRepository users;

    InvoiceFixtures fixtures;
    long anna;

    @BeforeEach
    void setUpPayments() {
        fixtures = new InvoiceFixtures(context);
        anna = users.findPrincipal(DemoData.CUSTOMER).orElseThrow().id();
    }
}
