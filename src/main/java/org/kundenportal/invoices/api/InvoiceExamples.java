package org.kundenportal.invoices.api;

/** Examples of the OpenAPI document; InvoiceApiTest sends REQUEST. */
final class InvoiceExamples {

    private InvoiceExamples() {
    }

    static final String REQUEST = """
            {
              "direction": "out",
              "company": "CUST-1001",
              "reference": "Bestellung 4711",
              "date": "2026-12-05",
              "paymentTerm": "NET14",
              "state": "posted",
              "lines": [
                {"kind": "section", "description": "Lieferung Dezember"},
                {"productCode": "KS-100", "description": "Kassensystem TouchPOS", "quantity": 1, "unit": "Stk",
                 "unitPrice": 1000.00, "taxRate": 19},
                {"productCode": "BU-GOBD", "description": "Leitfaden Kassenführung", "quantity": 2, "unit": "Stk",
                 "unitPrice": 50.00, "taxRate": 7}
              ],
              "payments": [{"id": "BANK-2026-12-07-0042", "amount": 500.00, "date": "2026-12-05", "note": "Anzahlung"}]
            }""";

    static final String RESOURCE = """
            {
              "externalId": "ERP-INV-2026-0815",
              "number": "RE-2026-00031",
              "direction": "out",
              "company": "CUST-1001",
              "companyName": "Bäckerei Sonnenschein GmbH",
              "reference": "Bestellung 4711",
              "date": "2026-12-05",
              "dueDate": "2026-12-19",
              "currency": "EUR",
              "lines": [
                {"kind": "section", "description": "Lieferung Dezember"},
                {"kind": "product", "productCode": "KS-100", "description": "Kassensystem TouchPOS", "quantity": 1,
                 "unit": "Stk", "unitPrice": 1000.00, "discountPercent": 0, "taxRate": 19, "amount": 1000.00},
                {"kind": "product", "productCode": "BU-GOBD", "description": "Leitfaden Kassenführung", "quantity": 2,
                 "unit": "Stk", "unitPrice": 50.00, "discountPercent": 0, "taxRate": 7, "amount": 100.00}
              ],
              "totals": {"untaxed": 1100.00, "taxes": [{"rate": 7, "base": 100.00, "tax": 7.00},
                         {"rate": 19, "base": 1000.00, "tax": 190.00}], "tax": 197.00, "total": 1297.00},
              "state": "posted",
              "sentAt": "2026-12-05T09:00:00Z",
              "paymentStatus": "partially_paid",
              "amountPaid": 500.00,
              "amountDue": 797.00,
              "payments": [{"id": "BANK-2026-12-07-0042", "method": "MANUAL", "state": "SUCCEEDED", "amount": 500.00,
                            "date": "2026-12-05"}],
              "portalUrl": "http://localhost:8080/invoices/RE-2026-00031"
            }""";

    /** The start of a ZUGFeRD PDF; the real answer is binary. */
    static final String PDF = "%PDF-1.7 … (binary: PDF/A-3 with the embedded factur-x.xml, EN 16931 profile)";

    /** The start of an XRechnung, shortened. */
    static final String XRECHNUNG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" …>
              <rsm:ExchangedDocumentContext>
                <ram:GuidelineSpecifiedDocumentContextParameter>
                  <ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID>
                </ram:GuidelineSpecifiedDocumentContextParameter>
              </rsm:ExchangedDocumentContext>
              <rsm:ExchangedDocument>
                <ram:ID>RE-2026-00031</ram:ID>
                <ram:TypeCode>380</ram:TypeCode>
                …
            </rsm:CrossIndustryInvoice>""";
}
