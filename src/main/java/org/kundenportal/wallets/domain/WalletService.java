package org.kundenportal.wallets.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kundenportal.base.db.ExternalRow;
import org.kundenportal.base.db.Upserted;
import org.kundenportal.base.db.Upserted.Outcome;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.validation.InvalidInputException;
import org.kundenportal.base.validation.InvalidInputException.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues cards and books their transactions: the one write path for the integration API, the demo data and tests.
 * A booking never takes a card below zero and is booked once per transaction id, however often it is sent.
 */
@Service
public class WalletService {

    private final WalletRepository wallets;

    public WalletService(WalletRepository wallets) {
        this.wallets = wallets;
    }

    /** A card with its past transactions as history (demo data): its balance is given, not computed from them. */
    @Transactional
    public long issue(NewWalletCard card, List<WalletTransaction> history) {
        List<Problem> problems = problems(card, null);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = wallets.create(card);
        history.forEach(transaction -> wallets.addTransaction(id, transaction));
        return id;
    }

    /** Creates or replaces the card the sending system knows by its id. */
    @Transactional
    public Upserted put(WalletImport card) {
        Optional<ExternalRow> existing = wallets.findExternal(card.externalId());
        if (existing.isPresent() && existing.get().writtenBy(card.requestHash())) {
            return new Upserted(existing.get().id(), Outcome.UNCHANGED);
        }
        List<Problem> problems = problems(card.card(), existing.map(ExternalRow::id).orElse(null));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (existing.isPresent()) {
            wallets.replace(existing.get().id(), card.card(), card.requestHash());
            return new Upserted(existing.get().id(), Outcome.REPLACED);
        }
        return new Upserted(wallets.create(card.card(), card.externalId(), card.requestHash()), Outcome.CREATED);
    }

    /**
     * Books a top-up, purchase or points booking and moves the balance. Refused on a blocked or expired card (except
     * a credit), with an amount on a loyalty card or points on a money card, and when it would overdraw the card.
     */
    @Transactional
    public BookedTransaction book(long cardId, String transactionId, WalletTransaction transaction) {
        WalletCard card = wallets.find(cardId).orElseThrow();
        Optional<WalletTransaction> before = wallets.transaction(cardId, transactionId);
        if (before.isPresent()) {
            return new BookedTransaction(before.get(), card.balance(), card.points(), true);
        }
        List<Problem> problems = new ArrayList<>();
        boolean points = card.type().holdsPoints();
        if (points && (transaction.points() == null || transaction.amount() != null)) {
            problems.add(Problem.of("points", "wallets.error.points-expected"));
        } else if (!points && (transaction.amount() == null || transaction.points() != null)) {
            problems.add(Problem.of("amount", "wallets.error.amount-expected"));
        }
        if (transaction.description() == null || transaction.description().isBlank() || transaction.description().length() > 200) {
            problems.add(Problem.of("description", "wallets.error.description"));
        }
        if (transaction.receiptReference() != null && transaction.receiptReference().length() > 30) {
            problems.add(Problem.of("receiptReference", "wallets.error.too-long", 30));
        }
        if (transaction.date() == null) {
            problems.add(Problem.of("date", "wallets.error.date"));
        }
        boolean spending = (transaction.amount() != null && transaction.amount().signum() < 0)
                || (transaction.points() != null && transaction.points() < 0);
        if (spending && !card.redeemable(LocalDate.now(Formats.ZONE))) {
            problems.add(Problem.of("card", "wallets.error.not-redeemable", card.code()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!wallets.move(cardId, transaction)) {
            throw InvalidInputException.of(points ? "points" : "amount", "wallets.error.insufficient",
                    points ? String.valueOf(card.points()) : card.balance().toPlainString());
        }
        wallets.addTransaction(cardId, transactionId, transaction);
        WalletCard after = wallets.find(cardId).orElseThrow();
        return new BookedTransaction(transaction, after.balance(), after.points(), false);
    }

    private List<Problem> problems(NewWalletCard card, Long exceptId) {
        List<Problem> problems = new ArrayList<>();
        if (card.type() == null) {
            problems.add(Problem.of("type", "wallets.error.type"));
            return problems;
        }
        if (card.code() == null || card.code().isBlank() || card.code().length() > 40) {
            problems.add(Problem.of("code", "wallets.error.code"));
        } else if (wallets.codeTaken(card.code(), exceptId)) {
            problems.add(Problem.of("code", "wallets.error.code-taken", card.code()));
        }
        if (card.programName() != null && card.programName().length() > 100) {
            problems.add(Problem.of("programName", "wallets.error.too-long", 100));
        }
        if (card.type().holdsPoints()) {
            if (card.points() == null || card.points() < 0) {
                problems.add(Problem.of("points", "wallets.error.points-expected"));
            }
        } else if (card.balance() == null || card.balance().signum() < 0 || card.balance().scale() > 2
                || card.balance().compareTo(BigDecimal.valueOf(1_000_000_000)) >= 0) {
            problems.add(Problem.of("balance", "wallets.error.amount-expected"));
        }
        return problems;
    }
}
