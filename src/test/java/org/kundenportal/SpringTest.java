package org.kundenportal;

import org.kundenportal.invoices.PayPalStub;
import org.kundenportal.invoices.StripeStub;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every test that needs the application shares this one configuration, so Spring (and the embedded
 * MariaDB) boots once per test run. The payment providers' APIs are local stubs of this run. The data is the
 * {@link TestWorld}'s and what each test builds with its fixtures; the demo data is not loaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class SpringTest {

    /** The tests' own companies and users (see {@link TestWorld}); never the demo data's. */
    @Autowired
    protected TestWorld world;

    @DynamicPropertySource
    static void paymentProviders(DynamicPropertyRegistry registry) {
        registry.add("STRIPE_SECRET_KEY", () -> StripeStub.SECRET_KEY);
        registry.add("STRIPE_WEBHOOK_SECRET", () -> StripeStub.WEBHOOK_SECRET);
        registry.add("STRIPE_API_BASE", () -> StripeStub.get().baseUrl());
        registry.add("PAYPAL_CLIENT_ID", () -> PayPalStub.CLIENT_ID);
        registry.add("PAYPAL_CLIENT_SECRET", () -> PayPalStub.CLIENT_SECRET);
        registry.add("PAYPAL_WEBHOOK_ID", () -> PayPalStub.WEBHOOK_ID);
        registry.add("PAYPAL_API_BASE", () -> PayPalStub.get().baseUrl());
    }
}
