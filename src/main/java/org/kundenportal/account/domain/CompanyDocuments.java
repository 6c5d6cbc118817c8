package org.kundenportal.account.domain;

/**
 * Whether documents (quotes, orders, invoices, ...) were issued to a company. Features that issue documents
 * implement this as a Spring bean: once any report documents, the company's legal name and VAT id are what
 * those documents say, so customers can no longer change them in the portal (staff still can in the back
 * office). Without any implementation, no company has documents.
 */
public interface CompanyDocuments {

    boolean exist(long companyId);
}
