package org.kundenportal.orders.api;

/** Examples of the OpenAPI document; OrderApiTest sends REQUEST. */
final class OrderExamples {

    private OrderExamples() {
    }

    static final String REQUEST = """
            {
              "source": "web_shop",
              "company": "CUST-1001",
              "reference": "SHOP-100234",
              "date": "2026-12-05",
              "paymentTerm": "IMMEDIATE",
              "lines": [
                {"productCode": "KR-80", "description": "Kassenrollen 80 mm (50 Stück)", "quantity": 2, "unit": "Pack",
                 "unitPrice": 24.90, "taxRate": 19},
                {"productCode": "BU-GOBD", "description": "Leitfaden Kassenführung", "quantity": 1, "unit": "Stk",
                 "unitPrice": 19.90, "taxRate": 7}
              ],
              "deliveries": [
                {"scheduledDate": "2026-12-05", "state": "shipped", "carrier": "DHL",
                 "trackingNumbers": ["00340434161094042557"], "shippedDate": "2026-12-05"}
              ]
            }""";

    static final String RESOURCE = """
            {
              "externalId": "SHOP-100234",
              "number": "WS-2026-00012",
              "source": "web_shop",
              "company": "CUST-1001",
              "companyName": "Bäckerei Sonnenschein GmbH",
              "reference": "SHOP-100234",
              "date": "2026-12-05",
              "currency": "EUR",
              "lines": [
                {"kind": "product", "productCode": "KR-80", "description": "Kassenrollen 80 mm (50 Stück)", "quantity": 2,
                 "unit": "Pack", "unitPrice": 24.90, "discountPercent": 0, "taxRate": 19, "amount": 49.80},
                {"kind": "product", "productCode": "BU-GOBD", "description": "Leitfaden Kassenführung", "quantity": 1,
                 "unit": "Stk", "unitPrice": 19.90, "discountPercent": 0, "taxRate": 7, "amount": 19.90}
              ],
              "totals": {"untaxed": 69.70, "taxes": [{"rate": 7, "base": 19.90, "tax": 1.39},
                         {"rate": 19, "base": 49.80, "tax": 9.46}], "tax": 10.85, "total": 80.55},
              "state": "confirmed",
              "deliveryStatus": "shipped",
              "deliveries": [
                {"number": "LS-2026-00031", "state": "shipped", "scheduledDate": "2026-12-05", "shippedDate": "2026-12-05",
                 "lines": [{"description": "Kassenrollen 80 mm (50 Stück)", "quantity": 2, "unit": "Pack"},
                           {"description": "Leitfaden Kassenführung", "quantity": 1, "unit": "Stk"}],
                 "tracking": [{"carrier": "DHL", "number": "00340434161094042557",
                   "url": "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094042557"}]}
              ],
              "invoices": [],
              "portalUrl": "http://localhost:8080/orders/WS-2026-00012"
            }""";
}
