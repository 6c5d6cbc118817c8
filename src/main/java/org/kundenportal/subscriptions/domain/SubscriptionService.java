package org.kundenportal.subscriptions.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kundenportal.base.db.ExternalRow;
import org.kundenportal.base.db.Upserted;
import org.kundenportal.base.db.Upserted.Outcome;
import org.kundenportal.base.events.EventData;
import org.kundenportal.base.events.EventType;
import org.kundenportal.base.events.Outbox;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.validation.ConflictException;
import org.kundenportal.base.validation.InvalidInputException;
import org.kundenportal.base.validation.InvalidInputException.Problem;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.documents.domain.DocumentNumbers;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.domain.HistoryLog;
import org.kundenportal.history.domain.HistoryService;
import org.kundenportal.history.domain.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and editing subscriptions (back office only, optimistically locked by the version), pausing, resuming
 * and cancelling them, and recording that a portal user looked at one. Every change is an event in the history.
 */
@Service
public class SubscriptionService {

    public static final int MAX_LINES = 200;
    static final int MAX_PLAN = 200;
    static final int MAX_CODE = 40;
    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 1000;
    // the columns are DECIMAL(12,3) and DECIMAL(15,2)
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999.999");
    private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999999.99");

    private final SubscriptionRepository subscriptions;
    private final DocumentNumbers numbers;
    private final HistoryLog history;
    private final HistoryService historyService;
    private final Outbox outbox;
    private final ContactRepository contacts;

    public SubscriptionService(SubscriptionRepository subscriptions, DocumentNumbers numbers, HistoryLog history,
                               HistoryService historyService, Outbox outbox, ContactRepository contacts) {
        this.contacts = contacts;
        this.subscriptions = subscriptions;
        this.numbers = numbers;
        this.history = history;
        this.historyService = historyService;
        this.outbox = outbox;
    }

    /** For the demo data and tests: a subscription in euros, in any state. */
    @Transactional
    public String create(NewSubscription subscription, Long actorUserId) {
        return create(subscription, Formats.EURO, actorUserId).number();
    }

    private Created create(NewSubscription subscription, Currency currency, Long actorUserId) {
        String number = numbers.next(DocumentNumbers.Series.SUBSCRIPTION, subscription.startDate());
        long id = subscriptions.create(number, subscription, currency);
        history.event(Subscription.ref(id), HistoryEvent.CREATED, actorUserId, null);
        publish(id, "CREATED");
        return new Created(id, number);
    }

    private record Created(long id, String number) {
    }

    /**
     * Creates an active subscription from a new draft, or writes an edited one over the open subscription it was
     * read from; returns the number.
     *
     * @throws RefusedException       when a value is missing or wrong, the subscription is cancelled or expired, or
     *                                someone changed it since the draft's version was read (nothing is written)
     * @throws AccessDeniedException  for anyone but staff
     */
    @Transactional
    public String save(PortalUser actor, SubscriptionDraft input) {
        requireStaff(actor);
        SubscriptionDraft draft = normalized(input);
        if (draft.isNew()) {
            validate(draft, SubscriptionState.ACTIVE);
            return create(new NewSubscription(draft.companyId(), draft.planName(), SubscriptionState.ACTIVE,
                    draft.period(), draft.startDate(), draft.nextInvoiceDate(), draft.endDate(),
                    draft.responsibleUserId(), draft.lines()), Currency.getInstance(draft.currency()), actor.id()).number();
        }
        Subscription current = require(draft.id());
        if (!current.state().isOpen()) {
            throw new RefusedException("subscriptions.staff.error.closed");
        }
        validate(draft, current.state());
        if (draft.equals(SubscriptionDraft.of(current))) {
            return current.number();
        }
        if (!subscriptions.update(draft)) {
            throw new RefusedException("subscriptions.staff.error.stale");
        }
        history.event(current.ref(), HistoryEvent.CHANGED, actor.id(), null);
        if (!Objects.equals(current.responsibleUserId(), draft.responsibleUserId())) {
            history.event(current.ref(), HistoryEvent.ASSIGNED, actor.id(),
                    staffMember(draft.responsibleUserId()).map(StaffMember::name).orElse(null));
        }
        publish(current.id(), "CHANGED");
        return current.number();
    }

    /**
     * Creates or replaces the subscription another system knows by its id, with the back office's rules and
     * writes: content through {@link #save}, the state through {@link #pause}, {@link #resume} and {@link #cancel}
     * (a new one is created in the state asked for). A cancelled or expired subscription cannot be changed (409);
     * who is in charge stays as staff set it.
     *
     * @param actor the API client's technical user
     * @throws InvalidInputException naming the refused fields; nothing was written
     * @throws ConflictException     when the subscription is cancelled or expired, or changed state meanwhile
     */
    @Transactional
    public Upserted put(PortalUser actor, String externalId, String requestHash, SubscriptionDraft input,
                        SubscriptionState wanted) {
        requireStaff(actor);
        Optional<ExternalRow> existing = subscriptions.findExternal(externalId);
        if (existing.isPresent() && existing.get().writtenBy(requestHash)) {
            return new Upserted(existing.get().id(), Outcome.UNCHANGED);
        }
        Subscription current = existing.map(row -> require(row.id())).orElse(null);
        if (current != null && !current.state().isOpen()) {
            throw new ConflictException("subscriptions.api.closed", current.number());
        }
        SubscriptionDraft draft = normalized(new SubscriptionDraft(current == null ? null : current.id(),
                current == null ? 0 : current.version(), input.companyId(), input.planName(), input.period(),
                input.startDate(), wanted == SubscriptionState.ACTIVE ? input.nextInvoiceDate() : null,
                input.endDate(), input.currency(), current == null ? null : current.responsibleUserId(), input.lines()));
        List<Problem> problems = problems(draft, wanted);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (current == null) {
            long id = create(new NewSubscription(draft.companyId(), draft.planName(), wanted, draft.period(),
                    draft.startDate(), draft.nextInvoiceDate(), draft.endDate(), null, draft.lines()),
                    Currency.getInstance(draft.currency()), actor.id()).id();
            subscriptions.linkExternal(id, externalId, requestHash);
            return new Upserted(id, Outcome.CREATED);
        }
        try {
            if (current.state() == SubscriptionState.ACTIVE && wanted == SubscriptionState.PAUSED) {
                pause(actor, current.id());
                draft = new SubscriptionDraft(draft.id(), draft.version() + 1, draft.companyId(), draft.planName(),
                        draft.period(), draft.startDate(), null, draft.endDate(), draft.currency(),
                        draft.responsibleUserId(), draft.lines());
            }
            SubscriptionDraft content = wanted == SubscriptionState.CANCELLED ? withoutEnd(draft, current) : draft;
            save(actor, current.state() == SubscriptionState.PAUSED && wanted == SubscriptionState.ACTIVE
                    ? withoutNextInvoice(content) : content);
            if (current.state() == SubscriptionState.PAUSED && wanted == SubscriptionState.ACTIVE) {
                resume(actor, current.id(), draft.nextInvoiceDate());
            } else if (wanted == SubscriptionState.CANCELLED) {
                cancel(actor, current.id(), draft.endDate());
            }
        } catch (RefusedException refused) {
            throw new ConflictException("subscriptions.api.changed", current.number());
        }
        subscriptions.linkExternal(current.id(), externalId, requestHash);
        return new Upserted(current.id(), Outcome.REPLACED);
    }

    /** The content with the dates it has now: cancelling sets the end and clears the next invoice. */
    private static SubscriptionDraft withoutEnd(SubscriptionDraft draft, Subscription current) {
        return new SubscriptionDraft(draft.id(), draft.version(), draft.companyId(), draft.planName(), draft.period(),
                draft.startDate(), current.nextInvoiceDate(), current.endDate(), draft.currency(),
                draft.responsibleUserId(), draft.lines());
    }

    /** The content of a paused subscription: resuming sets the next invoice date. */
    private static SubscriptionDraft withoutNextInvoice(SubscriptionDraft draft) {
        return new SubscriptionDraft(draft.id(), draft.version(), draft.companyId(), draft.planName(), draft.period(),
                draft.startDate(), null, draft.endDate(), draft.currency(), draft.responsibleUserId(), draft.lines());
    }

    /** ACTIVE to PAUSED: no longer invoiced until it is resumed. */
    @Transactional
    public void pause(PortalUser actor, long id) {
        requireStaff(actor);
        Subscription subscription = require(id);
        if (!subscriptions.pause(id)) {
            throw new RefusedException("subscriptions.staff.refused.pause");
        }
        history.event(subscription.ref(), HistoryEvent.PAUSED, actor.id(), null);
        publish(id, "PAUSED");
    }

    /** PAUSED to ACTIVE, invoiced again from the given date, which may not lie before the start. */
    @Transactional
    public void resume(PortalUser actor, long id, LocalDate nextInvoiceDate) {
        requireStaff(actor);
        Subscription subscription = require(id);
        if (nextInvoiceDate == null) {
            throw new RefusedException("subscriptions.staff.error.next-invoice-required");
        }
        if (nextInvoiceDate.isBefore(subscription.startDate())) {
            throw new RefusedException("subscriptions.staff.error.next-before-start");
        }
        if (!subscriptions.resume(id, nextInvoiceDate)) {
            throw new RefusedException("subscriptions.staff.refused.resume");
        }
        history.event(subscription.ref(), HistoryEvent.RESUMED, actor.id(), nextInvoiceDate.toString());
        publish(id, "RESUMED");
    }

    /** ACTIVE or PAUSED to CANCELLED, ending on the given date, which must lie after the start. */
    @Transactional
    public void cancel(PortalUser actor, long id, LocalDate endDate) {
        requireStaff(actor);
        Subscription subscription = require(id);
        if (endDate == null) {
            throw new RefusedException("subscriptions.staff.error.end-required");
        }
        if (!endDate.isAfter(subscription.startDate())) {
            throw new RefusedException("subscriptions.staff.error.end-before-start");
        }
        if (!subscriptions.cancel(id, endDate)) {
            throw new RefusedException("subscriptions.staff.refused.cancel");
        }
        history.event(subscription.ref(), HistoryEvent.CANCELLED, actor.id(), endDate.toString());
        publish(id, "CANCELLED");
    }

    /** The subscription as it stands after the change, with what happened to it. */
    private void publish(long id, String change) {
        Subscription subscription = require(id);
        outbox.publish(EventType.SUBSCRIPTION_UPDATED, "subscription:" + subscription.number(), EventData.of(
                "number", subscription.number(),
                "change", change,
                "company_id", subscription.companyId(),
                "company_name", subscription.companyName(),
                "plan", subscription.planName(),
                "state", subscription.state().name(),
                "billing_period", subscription.period().name(),
                "start_date", subscription.startDate(),
                "next_invoice_date", subscription.nextInvoiceDate(),
                "end_date", subscription.endDate(),
                "recurring_total", subscription.recurringTotal(),
                "currency", subscription.currency().getCurrencyCode(),
                "lines", subscription.lines().stream().map(line -> EventData.of(
                        "code", line.code(), "name", line.name(), "quantity", line.quantity(),
                        "unit_price", line.unitPrice())).toList()));
    }

    /** A portal user opened the subscription: recorded once per user and day, so the history is not flooded. */
    @Transactional
    public void viewed(long subscriptionId, long userId) {
        history.viewed(Subscription.ref(subscriptionId), userId);
    }

    private static void requireStaff(PortalUser actor) {
        if (!actor.isInternal()) {
            throw new AccessDeniedException("Only staff change subscriptions");
        }
    }

    private Subscription require(long id) {
        return subscriptions.find(id).orElseThrow(() -> new RefusedException("subscriptions.staff.error.not-found"));
    }

    private Optional<StaffMember> staffMember(Long userId) {
        return historyService.staff().stream().filter(member -> Long.valueOf(member.id()).equals(userId)).findFirst();
    }

    /** Texts trimmed, an empty description dropped, so that what is stored is what the pages show. */
    private static SubscriptionDraft normalized(SubscriptionDraft draft) {
        List<SubscriptionLine> lines = new ArrayList<>();
        for (SubscriptionLine line : draft.lines()) {
            lines.add(new SubscriptionLine(strip(line.code()), strip(line.name()),
                    line.description() == null || line.description().isBlank() ? null : line.description().strip(),
                    line.quantity(), line.unitPrice()));
        }
        return new SubscriptionDraft(draft.id(), draft.version(), draft.companyId(), strip(draft.planName()),
                draft.period(), draft.startDate(), draft.nextInvoiceDate(), draft.endDate(), draft.currency(),
                draft.responsibleUserId(), lines);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /** Refuses the first thing wrong, in the order of the form. */
    private void validate(SubscriptionDraft draft, SubscriptionState state) {
        List<Problem> problems = problems(draft, state);
        if (!problems.isEmpty()) {
            throw new RefusedException(problems.getFirst().messageKey(), problems.getFirst().arguments().toArray());
        }
    }

    /** Everything wrong, in the order of the form; fields named as the integration API names them. */
    private List<Problem> problems(SubscriptionDraft draft, SubscriptionState state) {
        List<Problem> problems = new ArrayList<>();
        if (draft.companyId() == null || !contacts.isCustomerCompany(draft.companyId())) {
            problems.add(Problem.of("company", "subscriptions.staff.error.customer"));
        }
        if (draft.planName().isEmpty()) {
            problems.add(Problem.of("plan", "subscriptions.staff.error.plan-required"));
        } else if (draft.planName().length() > MAX_PLAN) {
            problems.add(Problem.of("plan", "subscriptions.staff.error.plan-too-long", MAX_PLAN));
        }
        if (draft.period() == null) {
            problems.add(Problem.of("billingPeriod", "subscriptions.staff.error.period-required"));
        }
        if (draft.startDate() == null) {
            problems.add(Problem.of("startDate", "subscriptions.staff.error.start-required"));
        }
        if (draft.nextInvoiceDate() == null && state == SubscriptionState.ACTIVE) {
            problems.add(Problem.of("nextInvoiceDate", "subscriptions.staff.error.next-invoice-required"));
        } else if (draft.nextInvoiceDate() != null && draft.startDate() != null
                && draft.nextInvoiceDate().isBefore(draft.startDate())) {
            problems.add(Problem.of("nextInvoiceDate", "subscriptions.staff.error.next-before-start"));
        }
        if (draft.endDate() == null && state == SubscriptionState.CANCELLED) {
            problems.add(Problem.of("endDate", "subscriptions.staff.error.end-required"));
        } else if (draft.endDate() != null && draft.startDate() != null && !draft.endDate().isAfter(draft.startDate())) {
            problems.add(Problem.of("endDate", "subscriptions.staff.error.end-before-start"));
        }
        if (!SubscriptionDraft.CURRENCIES.contains(draft.currency())) {
            problems.add(Problem.of("currency", "subscriptions.staff.error.currency"));
        }
        if (draft.responsibleUserId() != null && staffMember(draft.responsibleUserId()).isEmpty()) {
            problems.add(Problem.of("responsible", "subscriptions.staff.error.responsible"));
        }
        lineProblems(draft.lines(), problems);
        return problems;
    }

    private static void lineProblems(List<SubscriptionLine> lines, List<Problem> problems) {
        if (lines.isEmpty()) {
            problems.add(Problem.of("lines", "subscriptions.staff.error.no-lines"));
        }
        if (lines.size() > MAX_LINES) {
            problems.add(Problem.of("lines", "subscriptions.staff.error.too-many-lines", MAX_LINES));
        }
        for (int index = 0; index < lines.size(); index++) {
            SubscriptionLine line = lines.get(index);
            int row = index + 1;
            String prefix = "lines[" + index + "].";
            if (line.code().isEmpty() || line.code().length() > MAX_CODE) {
                problems.add(Problem.of(prefix + "code", "subscriptions.staff.error.line-code", row, MAX_CODE));
            }
            if (line.name().isEmpty() || line.name().length() > MAX_NAME) {
                problems.add(Problem.of(prefix + "name", "subscriptions.staff.error.line-name", row, MAX_NAME));
            }
            if (line.description() != null && line.description().length() > MAX_DESCRIPTION) {
                problems.add(Problem.of(prefix + "description", "subscriptions.staff.error.line-description", row,
                        MAX_DESCRIPTION));
            }
            if (!within(line.quantity(), false, MAX_QUANTITY, 3)) {
                problems.add(Problem.of(prefix + "quantity", "subscriptions.staff.error.line-quantity", row));
            }
            if (!within(line.unitPrice(), true, MAX_PRICE, 2)) {
                problems.add(Problem.of(prefix + "unitPrice", "subscriptions.staff.error.line-price", row));
            }
        }
    }

    /** Above zero (or at least zero), at most the maximum, with no more decimals than the column keeps. */
    private static boolean within(BigDecimal value, boolean zeroAllowed, BigDecimal max, int decimals) {
        return value != null && (zeroAllowed ? value.signum() >= 0 : value.signum() > 0) && value.compareTo(max) <= 0
                && value.stripTrailingZeros().scale() <= decimals;
    }
}
