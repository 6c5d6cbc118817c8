package org.kundenportal.receipts.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
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
    private final TransactionTemplate transaction;
    private final TransactionTemplate savepoint;

    public ReceiptService(ReceiptRepository receipts, PlatformTransactionManager transactions) {
        this.receipts = receipts;
        this.transaction = new TransactionTemplate(transactions);
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
        List<Problem> problems = problems(receipt, null, receipts::numberTaken);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return receipts.create(receipt);
    }

    /** Creates or replaces the receipt the sending system knows by {@code externalId}. */
    @Transactional
    public Upserted put(ReceiptImport receipt) {
        return put(receipt, new Lookups() {
            @Override
            public Optional<ExternalRow> existing(String externalId) {
                return receipts.findExternal(externalId);
            }

            @Override
            public boolean numberTaken(String number, Long exceptId) {
                return receipts.numberTaken(number, exceptId);
            }

            @Override
            public long register(String code, String name, String location) {
                return receipts.register(code, name, location);
            }
        });
    }

    /** What put reads besides the receipt: one at a time from the database, or read ahead for a whole batch. */
    private interface Lookups {

        Optional<ExternalRow> existing(String externalId);

        boolean numberTaken(String number, Long exceptId);

        long register(String code, String name, String location);

        default void written(ReceiptImport receipt, long id) {
        }
    }

    private Upserted put(ReceiptImport receipt, Lookups lookups) {
        Plan plan = plan(receipt, lookups);
        Upserted written = switch (plan) {
            case Plan.Unchanged unchanged -> new Upserted(unchanged.id(), Outcome.UNCHANGED);
            case Plan.Replace replace -> {
                receipts.replace(replace.id(), replace.receipt(), receipt.requestHash());
                yield new Upserted(replace.id(), Outcome.REPLACED);
            }
            case Plan.Create create -> new Upserted(
                    receipts.create(create.receipt(), receipt.externalId(), receipt.requestHash()), Outcome.CREATED);
        };
        lookups.written(receipt, written.id());
        return written;
    }

    /** What writing a receipt comes to, once it has been checked: nothing, a replacement or a new receipt. */
    private sealed interface Plan {

        record Unchanged(long id) implements Plan {
        }

        record Replace(long id, NewReceipt receipt) implements Plan {
        }

        record Create(NewReceipt receipt) implements Plan {
        }
    }

    /** Checks the receipt against what exists; refuses it with every problem found. */
    private Plan plan(ReceiptImport receipt, Lookups lookups) {
        Optional<ExternalRow> existing = lookups.existing(receipt.externalId());
        if (existing.isPresent() && existing.get().writtenBy(receipt.requestHash())) {
            return new Plan.Unchanged(existing.get().id());
        }
        List<Problem> problems = registerProblems(receipt);
        NewReceipt draft = new NewReceipt(receipt.number(), receipt.companyId(), 0, receipt.employeeId(),
                receipt.date(), receipt.orderReference(), receipt.currency(), receipt.lines(), receipt.payments());
        problems.addAll(problems(draft, existing.map(ExternalRow::id).orElse(null), lookups::numberTaken));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long registerId = lookups.register(receipt.registerCode(), receipt.registerName(), receipt.registerLocation());
        NewReceipt complete = new NewReceipt(draft.number(), draft.companyId(), registerId, draft.employeeId(),
                draft.date(), draft.orderReference(), draft.currency(), draft.lines(), draft.payments());
        return existing.isPresent() ? new Plan.Replace(existing.get().id(), complete) : new Plan.Create(complete);
    }

    /** What one item of a batch came to: written, or refused with its problems (and nothing of it written). */
    public record BatchItem(Upserted written, InvalidInputException refused) {
    }

    /**
     * Many receipts in one transaction; an item that is refused leaves nothing behind and does not stop the others.
     * {@code prepare} turns an item into a receipt and may refuse it (unknown company). Which receipts exist and
     * which numbers are taken is read once for the whole batch, registers once per code, and the new receipts are
     * written together (a statement for the headers, one for the lines, one for the payments). Should another
     * request write one of the same receipts meanwhile, the database refuses it; then the batch is written again
     * with a savepoint around each item, so that only that item fails.
     */
    public <T> List<BatchItem> putAll(List<T> items, Function<T, ReceiptImport> prepare) {
        try {
            return transaction.execute(status -> writeAll(items, prepare, false));
        } catch (DataIntegrityViolationException raced) {
            return transaction.execute(status -> writeAll(items, prepare, true));
        }
    }

    private <T> List<BatchItem> writeAll(List<T> items, Function<T, ReceiptImport> prepare, boolean savepoints) {
        List<ReceiptImport> prepared = new ArrayList<>(items.size());
        List<BatchItem> results = new ArrayList<>(items.size());
        for (T item : items) {
            try {
                prepared.add(prepare.apply(item));
                results.add(null);
            } catch (InvalidInputException refused) {
                prepared.add(null);
                results.add(new BatchItem(null, refused));
            }
        }
        Lookups ahead = readAhead(prepared.stream().filter(java.util.Objects::nonNull).toList());
        NewReceipts fresh = new NewReceipts(ahead, results);
        for (int i = 0; i < prepared.size(); i++) {
            ReceiptImport receipt = prepared.get(i);
            if (receipt == null) {
                continue;
            }
            if (savepoints) {
                results.set(i, writeWithSavepoint(receipt, ahead));
                continue;
            }
            if (fresh.mentions(receipt)) {
                // the same id or number twice in one batch: the second is checked against the first as written
                fresh.write();
            }
            try {
                Plan plan = plan(receipt, ahead);
                if (plan instanceof Plan.Create create) {
                    fresh.add(i, receipt, create.receipt());
                } else {
                    results.set(i, new BatchItem(put(receipt, ahead), null));
                }
            } catch (InvalidInputException refused) {
                results.set(i, new BatchItem(null, refused));
            }
        }
        fresh.write();
        return results;
    }

    private BatchItem writeWithSavepoint(ReceiptImport receipt, Lookups ahead) {
        try {
            return new BatchItem(savepoint.execute(status -> put(receipt, ahead)), null);
        } catch (InvalidInputException refused) {
            return new BatchItem(null, refused);
        } catch (DataIntegrityViolationException raced) {
            // another request wrote the same number or id between our check and our insert
            return new BatchItem(null, InvalidInputException.of("number", "receipts.error.conflict"));
        }
    }

    /**
     * The new receipts of a batch, checked and waiting to be written together: their headers, lines and payments in
     * one statement each, instead of three per receipt.
     */
    private final class NewReceipts {

        private final Lookups ahead;
        private final List<BatchItem> results;
        private final List<Integer> positions = new ArrayList<>();
        private final List<ReceiptImport> imports = new ArrayList<>();
        private final List<NewReceipt> complete = new ArrayList<>();
        private final java.util.Set<String> externalIds = new java.util.HashSet<>();
        private final java.util.Set<String> numbers = new java.util.HashSet<>();

        NewReceipts(Lookups ahead, List<BatchItem> results) {
            this.ahead = ahead;
            this.results = results;
        }

        boolean mentions(ReceiptImport receipt) {
            return externalIds.contains(receipt.externalId()) || numbers.contains(receipt.number());
        }

        void add(int position, ReceiptImport receipt, NewReceipt checked) {
            positions.add(position);
            imports.add(receipt);
            complete.add(checked);
            externalIds.add(receipt.externalId());
            numbers.add(receipt.number());
        }

        void write() {
            if (imports.isEmpty()) {
                return;
            }
            List<Long> ids = receipts.createAll(complete, imports.stream().map(ReceiptImport::externalId).toList(),
                    imports.stream().map(ReceiptImport::requestHash).toList());
            for (int i = 0; i < ids.size(); i++) {
                ahead.written(imports.get(i), ids.get(i));
                results.set(positions.get(i), new BatchItem(new Upserted(ids.get(i), Outcome.CREATED), null));
            }
            positions.clear();
            imports.clear();
            complete.clear();
            externalIds.clear();
            numbers.clear();
        }
    }

    /** The batch's existing receipts and taken numbers in two queries; registers once per code. */
    private Lookups readAhead(List<ReceiptImport> batch) {
        Map<String, ExternalRow> existing = receipts.findExternal(batch.stream().map(ReceiptImport::externalId).toList());
        Map<String, Long> numbers = receipts.idsOfNumbers(batch.stream().map(ReceiptImport::number).toList());
        Map<String, Long> registers = new HashMap<>();
        return new Lookups() {
            @Override
            public Optional<ExternalRow> existing(String externalId) {
                return Optional.ofNullable(existing.get(externalId));
            }

            @Override
            public boolean numberTaken(String number, Long exceptId) {
                Long owner = numbers.get(number);
                return owner != null && !owner.equals(exceptId);
            }

            @Override
            public long register(String code, String name, String location) {
                return registers.computeIfAbsent(code, key -> receipts.register(code, name, location));
            }

            @Override
            public void written(ReceiptImport receipt, long id) {
                existing.put(receipt.externalId(), new ExternalRow(id, receipt.requestHash()));
                numbers.put(receipt.number(), id);
            }
        };
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

    private List<Problem> problems(NewReceipt receipt, Long exceptId, BiPredicate<String, Long> numberTaken) {
        List<Problem> problems = new ArrayList<>();
        if (blank(receipt.number()) || receipt.number().length() > 30) {
            problems.add(Problem.of("number", "receipts.error.number"));
        } else if (numberTaken.test(receipt.number(), exceptId)) {
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
