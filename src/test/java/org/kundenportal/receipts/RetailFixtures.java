package org.kundenportal.receipts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalScopeService;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.contacts.domain.NewContact;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.receipts.domain.EmployeeRepository;
import org.kundenportal.receipts.domain.EmployeeService;
import org.kundenportal.receipts.domain.NewReceipt;
import org.kundenportal.receipts.domain.PaymentMethod;
import org.kundenportal.receipts.domain.ReceiptPayment;
import org.kundenportal.receipts.domain.ReceiptRepository;
import org.kundenportal.receipts.domain.ReceiptType;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.context.ApplicationContext;

/** Receipts and cashiers of the tests' own, so tests never change rows others read. */
public class RetailFixtures {

    /** A cashier as the POS knows it (its external id) and as a receipt may show it (name or personnel number). */
    public record Cashier(long id, String externalId, String name, String reference) {
    }

    public final ReceiptRepository receipts;
    public final EmployeeRepository employees;
    public final EmployeeService employeeService;
    public final ContactRepository contacts;
    private final UserRepository users;
    private final PortalScopeService scopes;

    public RetailFixtures(ApplicationContext context) {
        receipts = context.getBean(ReceiptRepository.class);
        employees = context.getBean(EmployeeRepository.class);
        employeeService = context.getBean(EmployeeService.class);
        contacts = context.getBean(ContactRepository.class);
        users = context.getBean(UserRepository.class);
        scopes = context.getBean(PortalScopeService.class);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public PortalScope scopeOf(String email) {
        return scopes.scopeOf(users.findPrincipal(email).orElseThrow());
    }

    public long companyOf(String email) {
        return scopeOf(email).ownCompanyId();
    }

    /** A customer company of its own, so that its receipt list holds exactly what a test made. */
    public long customerCompany() {
        return contacts.create(NewContact.company("Kassentest " + unique("K") + " GmbH", "Bonweg 1", "10115", "Berlin", null));
    }

    /** What a customer user of the company may see. */
    public static PortalScope scopeOfCompany(long companyId) {
        return new PortalScope(false, companyId, Set.of(companyId), Set.of());
    }

    public long employee(String name, ReceiptType type) {
        return employees.create(name, unique("T"), type);
    }

    /** A cashier put as the HR or POS system would, with a unique external id and personnel number. */
    public Cashier cashier(String name, ReceiptType type) {
        String externalId = unique("EMP-T");
        String reference = unique("MA");
        long id = employeeService.put(externalId, null, name, reference, type, true).id();
        return new Cashier(id, externalId, name, reference);
    }

    public long register() {
        return receipts.createRegister(unique("R"), "Testkasse " + unique("K"), "Testlabor");
    }

    /** A receipt of two lines (2 × 2.50 at 7 %, 1 × 10.00 at 19 %, total 17.25), paid in cash. */
    public String receipt(long companyId, long registerId, long employeeId) {
        String number = unique("TB");
        receipts.create(new NewReceipt(number, companyId, registerId, employeeId, Instant.now(), null, List.of(
                DocumentLine.product("T-1", "Testbrötchen", new BigDecimal("2"), null, new BigDecimal("2.50"),
                        BigDecimal.ZERO, new BigDecimal("7")),
                DocumentLine.product("T-2", "Testkuchen", BigDecimal.ONE, null, new BigDecimal("10.00"),
                        BigDecimal.ZERO, new BigDecimal("19"))),
                List.of(new ReceiptPayment(PaymentMethod.CASH, new BigDecimal("17.25")))));
        return number;
    }

    /** A receipt of one line of the given net price at 0 % tax, so its total is that price, paid with the method. */
    public String receipt(long companyId, long registerId, long employeeId, PaymentMethod method, String total) {
        String number = unique("TB");
        receipts.create(new NewReceipt(number, companyId, registerId, employeeId, Instant.now(), null, List.of(
                DocumentLine.product("T-3", "Testware", BigDecimal.ONE, null, new BigDecimal(total), BigDecimal.ZERO,
                        BigDecimal.ZERO)),
                List.of(new ReceiptPayment(method, new BigDecimal(total)))));
        return number;
    }
}
