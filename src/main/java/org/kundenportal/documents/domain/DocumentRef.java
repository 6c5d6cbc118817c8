package org.kundenportal.documents.domain;

/** One document, by kind and row id. Whoever builds one must already have checked the user may see it. */
public record DocumentRef(DocumentType type, long id) {

    public static DocumentRef saleOrder(long id) {
        return new DocumentRef(DocumentType.SALE_ORDER, id);
    }

    public static DocumentRef purchaseOrder(long id) {
        return new DocumentRef(DocumentType.PURCHASE_ORDER, id);
    }

    public static DocumentRef invoice(long id) {
        return new DocumentRef(DocumentType.INVOICE, id);
    }
}
