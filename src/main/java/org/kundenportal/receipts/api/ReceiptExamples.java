package org.kundenportal.receipts.api;

/** Examples of the OpenAPI document; ReceiptApiTest sends REQUEST and compares the answer with RESOURCE. */
final class ReceiptExamples {

    private ReceiptExamples() {
    }

    static final String REQUEST = """
            {
              "number": "BON-2026-90001",
              "company": "CUST-1001",
              "date": "2026-12-05T09:15:00Z",
              "register": {"code": "K1", "name": "Kasse 1 – Verkaufsraum", "location": "Hauptstraße 12, Verkaufsraum"},
              "cashier": "EMP-1001",
              "currency": "EUR",
              "lines": [
                {"productCode": "BR-100", "description": "Roggenmischbrot 1 kg", "quantity": 2, "unitPrice": 3.95, "taxRate": 7},
                {"productCode": "KA-010", "description": "Milchkaffee", "quantity": 1, "unitPrice": 3.10, "taxRate": 19}
              ],
              "payments": [{"method": "CARD", "amount": 12.14}]
            }""";

    static final String RESOURCE = """
            {
              "externalId": "POS-K1-000123",
              "number": "BON-2026-90001",
              "company": "CUST-1001",
              "companyName": "Bäckerei Sonnenschein GmbH",
              "date": "2026-12-05T09:15:00Z",
              "register": {"code": "K1", "name": "Kasse 1 – Verkaufsraum", "location": "Hauptstraße 12, Verkaufsraum"},
              "cashier": {"externalId": "EMP-1001", "name": "Julia Hartmann", "reference": "MA-1001", "shownAs": "Julia Hartmann"},
              "currency": "EUR",
              "lines": [
                {"productCode": "BR-100", "description": "Roggenmischbrot 1 kg", "quantity": 2, "unitPrice": 3.95,
                 "discountPercent": 0, "taxRate": 7, "amount": 7.90},
                {"productCode": "KA-010", "description": "Milchkaffee", "quantity": 1, "unitPrice": 3.10,
                 "discountPercent": 0, "taxRate": 19, "amount": 3.10}
              ],
              "payments": [{"method": "CARD", "amount": 12.14}],
              "totals": {"untaxed": 11.00, "tax": 1.14, "total": 12.14},
              "portalUrl": "http://localhost:8080/receipts/BON-2026-90001"
            }""";

    static final String BATCH = """
            {"items": [
              {"externalId": "POS-K1-000124", "number": "BON-2026-90002", "company": "CUST-1001",
               "date": "2026-12-05T09:20:00Z", "register": {"code": "K1", "name": "Kasse 1 – Verkaufsraum"},
               "cashier": "EMP-1001",
               "lines": [{"description": "Laugenbrezel", "quantity": 4, "unitPrice": 0.85, "taxRate": 7}],
               "payments": [{"method": "CASH", "amount": 3.64}]},
              {"externalId": "POS-K1-000125", "number": "BON-2026-90003", "company": "NO-SUCH-COMPANY",
               "date": "2026-12-05T09:25:00Z", "register": {"code": "K1", "name": "Kasse 1 – Verkaufsraum"},
               "cashier": "EMP-1001",
               "lines": [{"description": "Espresso", "quantity": 1, "unitPrice": 2.20, "taxRate": 19}],
               "payments": [{"method": "CASH", "amount": 2.62}]}
            ]}""";

    static final String BATCH_RESULT = """
            {"written": 1, "failed": 1, "items": [
              {"externalId": "POS-K1-000124", "status": "created"},
              {"externalId": "POS-K1-000125", "status": "failed", "problem": {
                "type": "/api/v1/problems/unknown-reference", "title": "The request refers to something that does not exist",
                "status": 422, "detail": "company: No company with the id 'NO-SUCH-COMPANY'.",
                "instance": "/api/v1/receipts:batch#items[1]",
                "errors": [{"field": "company", "message": "No company with the id 'NO-SUCH-COMPANY'."}]}}
            ]}""";
}
