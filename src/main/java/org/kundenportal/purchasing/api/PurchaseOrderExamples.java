package org.kundenportal.purchasing.api;

/** Examples of the OpenAPI document; PurchaseOrderApiTest sends REQUEST. */
final class PurchaseOrderExamples {

    private PurchaseOrderExamples() {
    }

    static final String REQUEST = """
            {
              "supplier": "SUPP-3001",
              "reference": "Lager Nord",
              "date": "2026-12-05",
              "expectedDate": "2026-12-12",
              "paymentTerm": "NET30",
              "state": "sent",
              "lines": [
                {"productCode": "KR-80", "description": "Kassenrollen 80 mm (50 Stück)", "quantity": 40, "unit": "Pack",
                 "unitPrice": 11.20, "taxRate": 19, "expectedDate": "2026-12-10"},
                {"productCode": "KR-57", "description": "Kassenrollen 57 mm (50 Stück)", "quantity": 20, "unit": "Pack",
                 "unitPrice": 8.40, "taxRate": 19}
              ]
            }""";

    static final String RESOURCE = """
            {
              "externalId": "ERP-PO-2026-0377",
              "number": "BE-2026-00019",
              "supplier": "SUPP-3001",
              "supplierName": "Papier & Co. KG",
              "reference": "Lager Nord",
              "date": "2026-12-05",
              "expectedDate": "2026-12-12",
              "currency": "EUR",
              "lines": [
                {"kind": "product", "productCode": "KR-80", "description": "Kassenrollen 80 mm (50 Stück)", "quantity": 40,
                 "unit": "Pack", "unitPrice": 11.20, "discountPercent": 0, "taxRate": 19, "amount": 448.00,
                 "expectedDate": "2026-12-10"},
                {"kind": "product", "productCode": "KR-57", "description": "Kassenrollen 57 mm (50 Stück)", "quantity": 20,
                 "unit": "Pack", "unitPrice": 8.40, "discountPercent": 0, "taxRate": 19, "amount": 168.00}
              ],
              "totals": {"untaxed": 616.00, "taxes": [{"rate": 19, "base": 616.00, "tax": 117.04}], "tax": 117.04,
                         "total": 733.04},
              "state": "acknowledged",
              "sentAt": "2026-12-05T08:30:00Z",
              "acknowledgement": {"acknowledgedAt": "2026-12-05T10:02:41Z", "acknowledgedBy": "Sven Supplier",
                                  "confirmedDate": "2026-12-11"},
              "portalUrl": "http://localhost:8080/purchase-orders/BE-2026-00019"
            }""";
}
