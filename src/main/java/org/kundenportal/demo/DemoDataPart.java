package org.kundenportal.demo;

/**
 * One feature's share of the demo installation (quotes, invoices, history, ...). Parts run in {@code @Order}
 * after the base data (companies, persons, users) exists, in the same transaction.
 */
interface DemoDataPart {

    void load(DemoCompanies demo);
}
