package org.kundenportal.purchasing.domain;

import static org.kundenportal.db.Tables.PURCHASE_ORDER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kundenportal.base.db.AfterCommit;
import org.kundenportal.base.db.ExternalRow;
import org.kundenportal.base.db.Upserted;
import org.kundenportal.base.db.Upserted.Outcome;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.mail.MailDeliveryException;
import org.kundenportal.base.mail.MailRecipients;
import org.kundenportal.base.mail.MailRecipients.Recipient;
import org.kundenportal.base.mail.MailService;
import org.kundenportal.base.mail.MailTemplate;
import org.kundenportal.base.mail.PortalLinks;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.validation.ConflictException;
import org.kundenportal.base.validation.InvalidInputException;
import org.kundenportal.base.validation.InvalidInputException.Problem;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.domain.DocumentNumbers;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.domain.HistoryLog;
import org.kundenportal.documents.domain.LineKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of purchase orders: staff create and edit drafts, send them to the supplier, mark them received or
 * cancel them; the supplier acknowledges. Every state change is guarded in SQL, so a double click or a second
 * tab can never do it twice; the loser gets a {@link RefusedException}.
 */
@Service
public class PurchaseOrderService {

    private static final Logger log = LoggerFactory.getLogger(PurchaseOrderService.class);

    private final PurchaseOrderRepository orders;
    private final DocumentLines lines;
    private final DocumentNumbers numbers;
    private final HistoryLog history;
    private final MailRecipients mailRecipients;
    private final MailService mail;
    private final PortalLinks links;
    private final ContactRepository contacts;

    public PurchaseOrderService(PurchaseOrderRepository orders, DocumentLines lines, DocumentNumbers numbers,
                                HistoryLog history, MailRecipients mailRecipients, MailService mail, PortalLinks links, ContactRepository contacts) {
        this.contacts = contacts;
        this.orders = orders;
        this.lines = lines;
        this.numbers = numbers;
        this.history = history;
        this.mailRecipients = mailRecipients;
        this.mail = mail;
        this.links = links;
    }

    /** Creates a draft with its number from the purchase order series; returns the number. */
    @Transactional
    public String create(PurchaseOrderDraft draft, long staffUserId) {
        check(draft);
        return orders.findForStaff(insert(draft, staffUserId)).orElseThrow().number();
    }

    private long insert(PurchaseOrderDraft draft, long staffUserId) {
        String number = numbers.next(DocumentNumbers.Series.PURCHASE_ORDER, draft.orderDate());
        long id = orders.insert(number, draft, staffUserId);
        orders.storeTotals(id, lines.replace(DocumentRef.purchaseOrder(id), draft.lines()));
        history.event(DocumentRef.purchaseOrder(id), HistoryEvent.CREATED, staffUserId, null);
        return id;
    }

    /** Saves a draft that nobody changed since the editor read it. */
    @Transactional
    public void save(PurchaseOrderDraft draft) {
        check(draft);
        if (draft.id() == null || !orders.updateDraft(draft)) {
            throw new RefusedException("purchasing.save.stale");
        }
        orders.storeTotals(draft.id(), lines.replace(DocumentRef.purchaseOrder(draft.id()), draft.lines()));
    }

    private void check(PurchaseOrderDraft draft) {
        List<Problem> problems = problems(draft);
        if (!problems.isEmpty()) {
            throw new RefusedException(problems.getFirst().messageKey());
        }
    }

    /** What the rules refuse in a draft, in the order the editor reports them; fields named as the API names them. */
    private List<Problem> problems(PurchaseOrderDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.supplierCompanyId() == null || !orders.isSupplier(draft.supplierCompanyId())) {
            problems.add(Problem.of("supplier", "purchasing.supplier.required"));
        } else if (draft.supplierContactId() != null
                && !contacts.isPersonOf(draft.supplierContactId(), draft.supplierCompanyId())) {
            problems.add(Problem.of("contact", "purchasing.contact.invalid"));
        }
        if (draft.orderDate() == null) {
            problems.add(Problem.of("date", "purchasing.order-date.required"));
        } else if (draft.expectedDate() != null && draft.expectedDate().isBefore(draft.orderDate())) {
            problems.add(Problem.of("expectedDate", "purchasing.expected-date.before-order"));
        }
        for (int i = 0; i < draft.lines().size(); i++) {
            DocumentLine line = draft.lines().get(i);
            if (line.description() == null || line.description().isBlank()) {
                problems.add(Problem.of("lines[" + i + "].description", "purchasing.line.description-required"));
            } else if (line.kind() == LineKind.PRODUCT && (line.quantity().signum() <= 0 || line.unitPrice().signum() < 0)) {
                problems.add(Problem.of("lines[" + i + "].quantity", "purchasing.line.amount-invalid"));
            }
        }
        return problems;
    }

    /**
     * Creates or replaces the purchase order another system knows by its id, with the editor's rules and writes;
     * {@code send} then sends it like the editor's "save and send". Only a draft can be replaced (409 otherwise).
     *
     * @param content the order's content; its id and version are ignored
     * @throws InvalidInputException naming the refused fields; nothing was written
     * @throws ConflictException     when the order is no draft any more
     */
    @Transactional
    public Upserted put(String externalId, String requestHash, PurchaseOrderDraft content, boolean send,
                        long staffUserId) {
        Optional<ExternalRow> existing = orders.findExternal(externalId);
        if (existing.isPresent() && existing.get().writtenBy(requestHash)) {
            return new Upserted(existing.get().id(), Outcome.UNCHANGED);
        }
        List<Problem> problems = problems(content);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id;
        if (existing.isPresent()) {
            PurchaseOrder current = orders.findForStaff(existing.get().id()).orElseThrow();
            if (current.state() != PurchaseOrderState.DRAFT) {
                throw new ConflictException("purchasing.api.not-replaceable", current.number());
            }
            id = current.id();
            save(new PurchaseOrderDraft(id, current.version(), content.supplierCompanyId(), content.supplierContactId(),
                    content.reference(), content.orderDate(), content.expectedDate(), content.paymentTermId(),
                    content.note(), content.lines()));
        } else {
            id = insert(content, staffUserId);
        }
        orders.linkExternal(id, externalId, requestHash);
        if (send) {
            try {
                send(id, staffUserId);
            } catch (RefusedException refused) {
                String field = "purchasing.send.no-lines".equals(refused.messageKey()) ? "lines"
                        : "purchasing.send.no-recipient".equals(refused.messageKey()) ? "contact" : "state";
                throw InvalidInputException.of(field, refused.messageKey());
            }
        }
        return new Upserted(id, existing.isPresent() ? Outcome.REPLACED : Outcome.CREATED);
    }

    /**
     * DRAFT to SENT, and the supplier's portal users (else the contact person) get the mail. Refused without
     * product lines or without anybody to send it to.
     */
    @Transactional
    public void send(long id, long staffUserId) {
        PurchaseOrder order = orders.findForStaff(id).orElseThrow(() -> new RefusedException("purchasing.not-found"));
        if (lines.of(order.ref()).stream().noneMatch(DocumentLine::hasAmount)) {
            throw new RefusedException("purchasing.send.no-lines");
        }
        List<Recipient> recipients = recipients(order);
        if (recipients.isEmpty()) {
            throw new RefusedException("purchasing.send.no-recipient");
        }
        if (!orders.transition(id, List.of(PurchaseOrderState.DRAFT), PurchaseOrderState.SENT, PURCHASE_ORDER.SENT_AT)) {
            throw new RefusedException("purchasing.state.changed");
        }
        history.event(order.ref(), HistoryEvent.SENT, staffUserId,
                String.join(", ", recipients.stream().map(Recipient::email).toList()));
        AfterCommit.run(() -> recipients.forEach(recipient -> mail(order, recipient)));
    }

    /** Saves the draft as the editor shows it and sends it, both or neither. */
    @Transactional
    public void saveAndSend(PurchaseOrderDraft draft, long staffUserId) {
        save(draft);
        send(draft.id(), staffUserId);
    }

    private List<Recipient> recipients(PurchaseOrder order) {
        List<Recipient> users = mailRecipients.supplierUsers(order.supplierCompanyId());
        return users.isEmpty() ? mailRecipients.contact(order.supplierContactId()).stream().toList() : users;
    }

    private void mail(PurchaseOrder order, Recipient recipient) {
        String language = recipient.language();
        try {
            mail.send(MailTemplate.PURCHASE_ORDER_SENT, recipient.email(), language, Map.of(
                    "contact.name", recipient.name(),
                    "document.number", order.number(),
                    "expected.date", Formats.date(order.expectedDate(), Locale.forLanguageTag(language)),
                    "link", links.to("purchase-orders/" + order.number())));
        } catch (MailDeliveryException failed) {
            // the order is sent and in the supplier's portal; a lost mail must not undo that
            log.warn("Purchase order mail for {} not delivered", order.number(), failed);
        }
    }

    /**
     * The supplier confirms it got the order, optionally with the delivery date it can make. Exactly once: a
     * second click or tab is refused.
     */
    @Transactional
    public void acknowledge(String number, PortalScope scope, long supplierUserId, LocalDate confirmedDate) {
        PurchaseOrder order = orders.find(scope, number).orElseThrow(() -> new RefusedException("purchasing.not-found"));
        if (confirmedDate != null && confirmedDate.isBefore(order.orderDate())) {
            throw new RefusedException("purchasing.confirmed-date.before-order");
        }
        if (!orders.acknowledge(order.id(), scope, supplierUserId, confirmedDate)) {
            throw new RefusedException("purchasing.acknowledge.already");
        }
        history.event(order.ref(), HistoryEvent.ACKNOWLEDGED, supplierUserId,
                confirmedDate == null ? null : confirmedDate.toString());
    }

    @Transactional
    public void markReceived(long id, long staffUserId) {
        if (!orders.transition(id, PurchaseOrderState.RECEIVABLE, PurchaseOrderState.RECEIVED,
                PURCHASE_ORDER.RECEIVED_AT)) {
            throw new RefusedException("purchasing.state.changed");
        }
        history.event(DocumentRef.purchaseOrder(id), HistoryEvent.RECEIVED, staffUserId, null);
    }

    /** Cancels an order that has not been received. */
    @Transactional
    public void cancel(long id, long staffUserId) {
        if (!orders.transition(id, PurchaseOrderState.CANCELLABLE, PurchaseOrderState.CANCELLED,
                PURCHASE_ORDER.CANCELLED_AT)) {
            throw new RefusedException("purchasing.state.changed");
        }
        history.event(DocumentRef.purchaseOrder(id), HistoryEvent.CANCELLED, staffUserId, null);
    }

    /** A supplier's user opened the order: recorded once per user and day, so the history is not flooded. */
    @Transactional
    public void recordView(PurchaseOrder order, PortalUser user) {
        if (!user.isInternal()) {
            history.viewed(order.ref(), user.id());
        }
    }

    /** Today's date for new orders. */
    public static LocalDate today() {
        return LocalDate.now(Formats.ZONE);
    }
}
