package org.kundenportal.subscriptions.api;

/** Examples of the OpenAPI document; SubscriptionApiTest sends REQUEST. */
final class SubscriptionExamples {

    private SubscriptionExamples() {
    }

    static final String REQUEST = """
            {
              "company": "CUST-1001",
              "plan": "Kassensystem Komfort",
              "billingPeriod": "monthly",
              "startDate": "2026-12-01",
              "nextInvoiceDate": "2027-01-01",
              "currency": "EUR",
              "state": "active",
              "lines": [
                {"code": "MOD-KASSE", "name": "Kassenmodul", "description": "Software, Updates und Hotline",
                 "quantity": 2, "unitPrice": 39.00},
                {"code": "MOD-TSE", "name": "Cloud-TSE", "quantity": 2, "unitPrice": 9.90}
              ]
            }""";

    static final String RESOURCE = """
            {
              "externalId": "ERP-ABO-2026-0091",
              "number": "ABO-2026-00014",
              "company": "CUST-1001",
              "companyName": "Bäckerei Sonnenschein GmbH",
              "plan": "Kassensystem Komfort",
              "state": "active",
              "billingPeriod": "monthly",
              "startDate": "2026-12-01",
              "nextInvoiceDate": "2027-01-01",
              "currency": "EUR",
              "lines": [
                {"code": "MOD-KASSE", "name": "Kassenmodul", "description": "Software, Updates und Hotline",
                 "quantity": 2, "unitPrice": 39.00, "amount": 78.00},
                {"code": "MOD-TSE", "name": "Cloud-TSE", "quantity": 2, "unitPrice": 9.90, "amount": 19.80}
              ],
              "recurringTotal": 97.80,
              "portalUrl": "http://localhost:8080/subscriptions/ABO-2026-00014"
            }""";
}
