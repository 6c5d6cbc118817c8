package org.kundenportal.receipts.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.kundenportal.base.db.ExternalRow;
import org.kundenportal.base.db.Upserted;
import org.kundenportal.base.db.Upserted.Outcome;
import org.kundenportal.base.validation.InvalidInputException;
import org.kundenportal.base.validation.InvalidInputException.Problem;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.Totals;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records POS receipts: the one write path for the integration API, the demo data and tests. A receipt is written
 * whole or not at all; the same request twice writes once.
 */
@Service
public class ReceiptService {

    public static final int MAX_LINES = 500;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ReceiptRepository receipts;
    private final TransactionTemplate savepoint;

    public ReceiptService(ReceiptRepository receipts, PlatformTransactionManager transactions) {
        this.receipts = receipts;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** A register by code, created or renamed. */
    @Transactional
    public long register(String code, String name, String location) {
        return receipts.register(code, name, location);
    }

    /** Records a receipt without another system's id (demo data). */
    @Transactional
    public long record(NewReceipt receipt) {
        List<Problem> problems = problems(receipt, null);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return receipts.create(receipt);
    }

    /** Creates or replaces the receipt the sending system knows by {@code externalId}. */
    @Transactional
    public Upserted put(ReceiptImport receipt) {
        Optional<ExternalRow> existing = receipts.findExternal(receipt.externalId());
        if (existing.isPresent() && receipt.requestHash().equals(existing.get().hash())) {
            return new Upserted(existing.get().id(), Outcome.UNCHANGED);
        }
        List<Problem> problems = registerProblems(receipt);
        NewReceipt draft = new NewReceipt(receipt.number(), receipt.companyId(), 0, receipt.employeeId(),
                receipt.date(), receipt.orderReference(), receipt.currency(), receipt.lines(), receipt.payments());
        problems.addAll(problems(draft, existing.map(ExternalRow::id).orElse(null)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long registerId = receipts.register(receipt.registerCode(), receipt.registerName(), receipt.registerLocation());
        NewReceipt complete = new NewReceipt(draft.number(), draft.companyId(), registerId, draft.employeeId(),
                draft.date(), draft.orderReference(), draft.currency(), draft.lines(), draft.payments());
        if (existing.isPresent()) {
            receipts.replace(existing.get().id(), complete, receipt.requestHash());
            return new Upserted(existing.get().id(), Outcome.REPLACED);
        }
        return new Upserted(receipts.create(complete, receipt.externalId(), receipt.requestHash()), Outcome.CREATED);
    }

    /** What one item of a batch came to: written, or refused with its problems (and nothing of it written). */
    public record BatchItem(Upserted written, InvalidInputException refused) {
    }

    /**
     * Many receipts in one transaction, each behind a savepoint: an item that is refused leaves nothing behind and
     * does not stop the others. {@code prepare} turns an item into a receipt and may refuse it (unknown company).
     */
    @Transactional
    public <T> List<BatchItem> putAll(List<T> items, Function<T, ReceiptImport> prepare) {
        List<BatchItem> results = new ArrayList<>(items.size());
        for (T item : items) {
            try {
                Upserted written = savepoint.execute(status -> put(prepare.apply(item)));
                results.add(new BatchItem(written, null));
            } catch (InvalidInputException refused) {
                results.add(new BatchItem(null, refused));
            } catch (DataIntegrityViolationException raced) {
                // another request wrote the same number or id between our check and our insert
                results.add(new BatchItem(null, InvalidInputException.of("number", "receipts.error.conflict")));
            }
        }
        return results;
    }

    private static List<Problem> registerProblems(ReceiptImport receipt) {
        List<Problem> problems = new ArrayList<>();
        if (blank(receipt.registerCode()) || receipt.registerCode().length() > 20) {
            problems.add(Problem.of("register.code", "receipts.error.register-code"));
        }
        if (blank(receipt.registerName()) || receipt.registerName().length() > 100) {
            problems.add(Problem.of("register.name", "receipts.error.register-name"));
        }
        if (receipt.registerLocation() != null && receipt.registerLocation().length() > 200) {
            problems.add(Problem.of("register.location", "receipts.error.too-long", 200));
        }
        return problems;
    }

    private List<Problem> problems(NewReceipt receipt, Long exceptId) {
        List<Problem> problems = new ArrayList<>();
        if (blank(receipt.number()) || receipt.number().length() > 30) {
            problems.add(Problem.of("number", "receipts.error.number"));
        } else if (receipts.numberTaken(receipt.number(), exceptId)) {
            problems.add(Problem.of("number", "receipts.error.number-taken", receipt.number()));
        }
        if (receipt.orderReference() != null && receipt.orderReference().length() > 50) {
            problems.add(Problem.of("orderReference", "receipts.error.too-long", 50));
        }
        if (receipt.lines().isEmpty() || receipt.lines().size() > MAX_LINES) {
            problems.add(Problem.of("lines", "receipts.error.lines", MAX_LINES));
        }
        for (int i = 0; i < receipt.lines().size(); i++) {
            lineProblems(receipt.lines().get(i), "lines[" + i + "].", problems);
        }
        if (receipt.payments().isEmpty()) {
            problems.add(Problem.of("payments", "receipts.error.payments-required"));
        }
        for (int i = 0; i < receipt.payments().size(); i++) {
            ReceiptPayment payment = receipt.payments().get(i);
            if (payment.method() == null) {
                problems.add(Problem.of("payments[" + i + "].method", "receipts.error.payment-method"));
            }
            if (payment.amount() == null || payment.amount().scale() > 2) {
                problems.add(Problem.of("payments[" + i + "].amount", "receipts.error.amount"));
            }
        }
        if (problems.isEmpty()) {
            BigDecimal total = Totals.of(receipt.lines()).total();
            BigDecimal paid = receipt.payments().stream().map(ReceiptPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (paid.compareTo(total) != 0) {
                problems.add(Problem.of("payments", "receipts.error.payments-sum", paid.toPlainString(), total.toPlainString()));
            }
        }
        return problems;
    }

    private static void lineProblems(DocumentLine line, String prefix, List<Problem> problems) {
        if (blank(line.description()) || line.description().length() > 200) {
            problems.add(Problem.of(prefix + "description", "receipts.error.description"));
        }
        if (line.productCode() != null && line.productCode().length() > 40) {
            problems.add(Problem.of(prefix + "productCode", "receipts.error.too-long", 40));
        }
        if (line.quantity().signum() == 0 || line.quantity().scale() > 3 || line.quantity().abs().compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            problems.add(Problem.of(prefix + "quantity", "receipts.error.quantity"));
        }
        if (line.unitPrice().scale() > 2 || line.unitPrice().abs().compareTo(BigDecimal.valueOf(1_000_000_000)) >= 0) {
            problems.add(Problem.of(prefix + "unitPrice", "receipts.error.amount"));
        }
        if (line.discountPercent().signum() < 0 || line.discountPercent().compareTo(HUNDRED) > 0) {
            problems.add(Problem.of(prefix + "discountPercent", "receipts.error.percent"));
        }
        if (line.taxRate().signum() < 0 || line.taxRate().compareTo(HUNDRED) > 0) {
            problems.add(Problem.of(prefix + "taxRate", "receipts.error.percent"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
