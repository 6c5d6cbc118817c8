package org.kundenportal.history;

import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.INVOICE;
import static org.kundenportal.db.Tables.PURCHASE_ORDER;
import static org.kundenportal.db.Tables.SALE_ORDER;

import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.SaleOrderState;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.InvoiceState;
import org.kundenportal.purchasing.domain.PurchaseOrderState;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.context.ApplicationContext;

/** Each test's own documents, inserted straight into the tables, so the history has something to hang on. */
public class HistoryFixtures {

    private final DSLContext db;
    private final UserRepository users;

    public HistoryFixtures(ApplicationContext context) {
        db = context.getBean(DSLContext.class);
        users = context.getBean(UserRepository.class);
    }

    public PortalUser principal(String email) {
        return users.findPrincipal(email).orElseThrow();
    }

    /** The company the user acts for. */
    public long companyOf(String email) {
        return db.select(DSL.coalesce(CONTACT.COMPANY_ID, CONTACT.ID)).from(APP_USER)
                .join(CONTACT).on(CONTACT.ID.eq(APP_USER.CONTACT_ID))
                .where(APP_USER.EMAIL.eq(email)).fetchSingle().value1();
    }

    public static String uniqueNumber(String prefix) {
        return prefix + "-" + System.nanoTime();
    }

    /** A quote in the given state (SENT unless a draft or order is asked for) for the user's company. */
    public DocumentRef quote(String customerEmail, String state) {
        long id = db.insertInto(SALE_ORDER)
                .set(SALE_ORDER.NUMBER, uniqueNumber("AN-T"))
                .set(SALE_ORDER.STATE, SaleOrderState.valueOf(state))
                .set(SALE_ORDER.CUSTOMER_COMPANY_ID, companyOf(customerEmail))
                .set(SALE_ORDER.QUOTE_DATE, LocalDate.now())
                .returningResult(SALE_ORDER.ID).fetchOne(SALE_ORDER.ID);
        return DocumentRef.saleOrder(id);
    }

    public DocumentRef purchaseOrder(String supplierEmail) {
        long id = db.insertInto(PURCHASE_ORDER)
                .set(PURCHASE_ORDER.NUMBER, uniqueNumber("B-T"))
                .set(PURCHASE_ORDER.STATE, PurchaseOrderState.SENT)
                .set(PURCHASE_ORDER.SUPPLIER_COMPANY_ID, companyOf(supplierEmail))
                .set(PURCHASE_ORDER.ORDER_DATE, LocalDate.now())
                .returningResult(PURCHASE_ORDER.ID).fetchOne(PURCHASE_ORDER.ID);
        return DocumentRef.purchaseOrder(id);
    }

    public DocumentRef invoice(String customerEmail) {
        long id = db.insertInto(INVOICE)
                .set(INVOICE.NUMBER, uniqueNumber("RE-T"))
                .set(INVOICE.DIRECTION, Direction.OUT)
                .set(INVOICE.STATE, InvoiceState.POSTED)
                .set(INVOICE.COMPANY_ID, companyOf(customerEmail))
                .set(INVOICE.INVOICE_DATE, LocalDate.now())
                .set(INVOICE.DUE_DATE, LocalDate.now().plusDays(14))
                .returningResult(INVOICE.ID).fetchOne(INVOICE.ID);
        return DocumentRef.invoice(id);
    }

    public String numberOf(DocumentRef quote) {
        return db.select(SALE_ORDER.NUMBER).from(SALE_ORDER).where(SALE_ORDER.ID.eq(quote.id())).fetchSingle().value1();
    }

    public void setResponsible(DocumentRef quote, Long userId) {
        db.update(SALE_ORDER).set(SALE_ORDER.RESPONSIBLE_USER_ID, userId).where(SALE_ORDER.ID.eq(quote.id())).execute();
    }
}
