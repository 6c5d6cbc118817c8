package org.kundenportal.receipts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalScopeService;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.receipts.domain.EmployeeRepository;
import org.kundenportal.receipts.domain.NewReceipt;
import org.kundenportal.receipts.domain.PaymentMethod;
import org.kundenportal.receipts.domain.ReceiptPayment;
import org.kundenportal.receipts.domain.ReceiptRepository;
import org.kundenportal.receipts.domain.ReceiptType;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.context.ApplicationContext;

/** Receipts and cashiers of the tests' own, so tests never change the demo rows others read. */
public class RetailFixtures {

    public final ReceiptRepository receipts;
    public final EmployeeRepository employees;
    private final UserRepository users;
    private final PortalScopeService scopes;

    public RetailFixtures(ApplicationContext context) {
        receipts = context.getBean(ReceiptRepository.class);
        employees = context.getBean(EmployeeRepository.class);
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

    public long employee(String name, ReceiptType type) {
        return employees.create(name, unique("T"), type);
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
}
