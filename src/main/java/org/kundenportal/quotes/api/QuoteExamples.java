package org.kundenportal.quotes.api;

/** Examples of the OpenAPI document; QuoteApiTest sends REQUEST. */
final class QuoteExamples {

    private QuoteExamples() {
    }

    static final String REQUEST = """
            {
              "company": "CUST-1001",
              "reference": "Filiale Marktplatz",
              "date": "2026-12-01",
              "validUntil": "2026-12-31",
              "paymentTerm": "NET14",
              "note": "Wir freuen uns auf Ihren Auftrag.",
              "requiresSignature": true,
              "prepaymentPercent": 30,
              "state": "sent",
              "lines": [
                {"kind": "section", "description": "Hardware"},
                {"productCode": "KS-100", "description": "Kassensystem TouchPOS", "quantity": 1, "unit": "Stk",
                 "unitPrice": 1000.00, "taxRate": 19},
                {"productCode": "BU-GOBD", "description": "Leitfaden Kassenführung", "quantity": 2, "unit": "Stk",
                 "unitPrice": 50.00, "discountPercent": 10, "taxRate": 7},
                {"kind": "note", "description": "Lieferung nach Absprache"}
              ]
            }""";

    static final String RESOURCE = """
            {
              "externalId": "ERP-Q-2026-0042",
              "number": "AN-2026-00042",
              "company": "CUST-1001",
              "companyName": "Bäckerei Sonnenschein GmbH",
              "reference": "Filiale Marktplatz",
              "date": "2026-12-01",
              "validUntil": "2026-12-31",
              "paymentTerm": "NET14",
              "note": "Wir freuen uns auf Ihren Auftrag.",
              "requiresSignature": true,
              "prepaymentPercent": 30,
              "currency": "EUR",
              "lines": [
                {"kind": "section", "description": "Hardware"},
                {"kind": "product", "productCode": "KS-100", "description": "Kassensystem TouchPOS", "quantity": 1,
                 "unit": "Stk", "unitPrice": 1000.00, "discountPercent": 0, "taxRate": 19, "amount": 1000.00},
                {"kind": "product", "productCode": "BU-GOBD", "description": "Leitfaden Kassenführung", "quantity": 2,
                 "unit": "Stk", "unitPrice": 50.00, "discountPercent": 10, "taxRate": 7, "amount": 90.00},
                {"kind": "note", "description": "Lieferung nach Absprache"}
              ],
              "totals": {"untaxed": 1090.00, "taxes": [{"rate": 7, "base": 90.00, "tax": 6.30},
                         {"rate": 19, "base": 1000.00, "tax": 190.00}], "tax": 196.30, "total": 1286.30},
              "state": "accepted",
              "sentAt": "2026-12-01T08:00:00Z",
              "signature": {"name": "Anna Becker", "signedAt": "2026-12-03T14:12:09.120Z", "image": true},
              "prepaymentInvoice": "AZ-2026-00007",
              "portalUrl": "http://localhost:8080/quotes/AN-2026-00042"
            }""";
}
