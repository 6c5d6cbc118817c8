package org.kundenportal.signatures.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kundenportal.base.audit.AuditAction;
import org.kundenportal.base.audit.AuditLog;
import org.kundenportal.base.events.EventData;
import org.kundenportal.base.events.EventType;
import org.kundenportal.base.events.Outbox;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.mail.PortalLinks;
import org.kundenportal.base.security.Hashes;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.signature.SignatureImages;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.documents.domain.DocumentNumbers;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.domain.HistoryLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The life of a signature request: staff create a DRAFT from an uploaded PDF, place its fields, send it and may
 * cancel it; the signer fills the fields and signs once, which stamps the values into the PDF with an audit page.
 * Every change is guarded by state and version in SQL. A signed request never changes: the service refuses first,
 * with a message and an audit log entry that stays even though the refused change is rolled back, and the V16
 * triggers refuse in the database itself.
 */
@Service
public class SignatureService {

    public static final int MAX_TITLE = 200;
    public static final int MAX_MESSAGE = 5000;
    public static final int MAX_LABEL = 200;
    public static final int MAX_FIELDS = 200;
    public static final int MAX_TEXT = 1000;
    public static final int MAX_FILE_NAME = 255;
    /** Smaller than this nobody can tap or read a field. */
    static final BigDecimal MIN_SIZE = new BigDecimal("0.005");
    static final String AUDIT_TARGET = "SIGNATURE_REQUEST";

    private final SignatureRepository requests;
    private final ContactRepository contacts;
    private final DocumentNumbers numbers;
    private final HistoryLog history;
    private final SignatureMails mails;
    private final SignedPdfs signedPdfs;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final TransactionTemplate ownTx;
    private final Outbox outbox;
    private final PortalLinks links;

    public SignatureService(SignatureRepository requests, ContactRepository contacts, DocumentNumbers numbers,
                            HistoryLog history, SignatureMails mails, SignedPdfs signedPdfs, AuditLog audit,
                            PlatformTransactionManager transactions, Outbox outbox, PortalLinks links) {
        this.requests = requests;
        this.contacts = contacts;
        this.numbers = numbers;
        this.history = history;
        this.mails = mails;
        this.signedPdfs = signedPdfs;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.ownTx = new TransactionTemplate(transactions);
        ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.outbox = outbox;
        this.links = links;
    }

    /**
     * Creates a DRAFT from an uploaded PDF: checks it (readable, at most 10 MB and 50 pages, not password
     * protected), renders every page once and stores everything with a new number.
     *
     * @return the request's number
     * @throws RefusedException for bad input; nothing is stored
     */
    public String create(NewSignatureRequest request, Long staffUserId) {
        String title = request.title() == null ? "" : request.title().strip();
        if (title.isEmpty()) {
            throw new RefusedException("signatures.error.title-required");
        }
        if (title.length() > MAX_TITLE) {
            throw new RefusedException("signatures.error.title-too-long", MAX_TITLE);
        }
        String message = request.message() == null || request.message().isBlank() ? null : request.message().strip();
        if (message != null && message.length() > MAX_MESSAGE) {
            throw new RefusedException("signatures.error.message-too-long", MAX_MESSAGE);
        }
        if (!contacts.isCompany(request.companyId())) {
            throw new RefusedException("signatures.error.not-a-company");
        }
        if (!requests.isSigner(request.companyId(), request.signerUserId())) {
            throw new RefusedException("signatures.error.signer-not-in-company");
        }
        // rendering takes a while: done before the transaction, which holds the number series' lock
        List<PdfPages.RenderedPage> pages = PdfPages.render(request.pdf());
        String fileName = fileName(request.fileName());
        String sha256 = Hashes.sha256Hex(request.pdf());
        return tx.execute(status -> {
            String number = numbers.next(DocumentNumbers.Series.SIGNATURE, LocalDate.now(Formats.ZONE));
            long id = requests.insert(number, request, title, message, fileName, sha256, pages.size(), staffUserId);
            pages.forEach(page -> requests.insertPage(id, page));
            history.event(SignatureRequest.ref(id), HistoryEvent.CREATED, staffUserId, null);
            return number;
        });
    }

    /**
     * Replaces all fields of a DRAFT. Needs at least one field and one signature field; every field lies inside
     * its page with a positive size. Positions are kept to the 5 decimals the database stores.
     *
     * @throws RefusedException for a bad field, a request that is no DRAFT, or one changed meanwhile (its version)
     */
    public void replaceFields(SignatureRequest request, List<NewField> fields, long staffUserId) {
        refuseIfFinal(request, staffUserId, "replace fields");
        List<NewField> checked = checkFields(fields, request.pageCount());
        tx.executeWithoutResult(status -> {
            if (!requests.replaceFields(request.id(), request.version(), checked)) {
                throw changedMeanwhile(request, staffUserId, "replace fields");
            }
        });
    }

    /**
     * Sends a DRAFT with saved fields to its signer: SENT, visible in the portal, a mail with the link.
     *
     * @throws RefusedException when it has no fields, the signer can no longer sign in, or it changed meanwhile
     */
    public void send(SignatureRequest request, long staffUserId) {
        refuseIfFinal(request, staffUserId, "send");
        if (request.state() != SignatureState.DRAFT) {
            throw new RefusedException("signatures.error.not-draft");
        }
        if (request.fields().isEmpty()) {
            throw new RefusedException("signatures.error.no-fields");
        }
        if (!requests.isSigner(request.companyId(), request.signerUserId())) {
            throw new RefusedException("signatures.error.signer-no-access");
        }
        tx.executeWithoutResult(status -> {
            if (!requests.send(request.id(), request.version(), Instant.now())) {
                throw changedMeanwhile(request, staffUserId, "send");
            }
            history.event(request.ref(), HistoryEvent.SENT, staffUserId, request.signerName());
            mails.requestSent(request);
        });
    }

    /**
     * Withdraws a DRAFT or SENT request; the portal shows it as cancelled, it can no longer be signed.
     *
     * @throws RefusedException when it is signed (logged), already cancelled or changed meanwhile
     */
    public void cancel(SignatureRequest request, long staffUserId) {
        refuseIfFinal(request, staffUserId, "cancel");
        tx.executeWithoutResult(status -> {
            if (!requests.cancel(request.id(), request.version(), Instant.now())) {
                throw changedMeanwhile(request, staffUserId, "cancel");
            }
            history.event(request.ref(), HistoryEvent.CANCELLED, staffUserId, null);
        });
    }

    /**
     * The signer fills the fields and signs: the values are checked, stamped into the original PDF with an audit
     * page, and stored with the request, which becomes SIGNED. Exactly once: the row is locked and the final
     * UPDATE is guarded by state and version, so a second tab or a double click is refused and changes nothing.
     *
     * @param values        what the signer entered, per field; unfilled optional fields may be missing
     * @param clientAddress the address the request came from, recorded on the audit page
     * @param locale        the signer's language: dates and the audit page are written in it
     * @return the signed request as stored
     * @throws RefusedException for a missing required field, a bad value, a request that is no longer open or a
     *                          user who is not the signer; nothing is stored
     */
    public SignatureRequest sign(PortalUser user, PortalScope scope, String number, List<FieldInput> values,
                                 String clientAddress, Locale locale) {
        SignatureRequest request = requests.find(scope, number)
                .orElseThrow(() -> new RefusedException("signatures.error.not-found"));
        refuseIfFinal(request, user.id(), "sign");
        if (request.signerUserId() != user.id()) {
            throw new RefusedException("signatures.error.not-signer", request.signerName());
        }
        List<SignedPdfs.Stamp> stamps = check(request, values);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        SignedPdfs.Completed completed = signedPdfs.complete(requests.originalBytes(request.id()), stamps,
                new SignedPdfs.AuditFacts(request.number(), request.title(), request.signerName(), request.signerEmail(),
                        request.companyName(), now, clientAddress, request.originalSha256(), locale));
        tx.executeWithoutResult(status -> {
            SignatureRepository.Current current = requests.lock(request.id());
            if (current.state() != SignatureState.SENT || current.version() != request.version()) {
                throw changedMeanwhile(request, user.id(), "sign");
            }
            for (SignedPdfs.Stamp stamp : stamps) {
                requests.fill(request.id(), stamp.field().id(), stamp.text(), stamp.png(), now);
            }
            if (!requests.markSigned(request.id(), request.version(), now, request.signerName(), clientAddress,
                    completed.pdf(), completed.sha256())) {
                throw changedMeanwhile(request, user.id(), "sign");
            }
            history.event(request.ref(), HistoryEvent.SIGNED, user.id(), "SHA-256 original: " + request.originalSha256()
                    + " · SHA-256 signed PDF: " + completed.sha256());
            audit.record(user.id(), user.email(), AuditAction.SIGNATURE_SIGNED, AUDIT_TARGET, request.id(),
                    request.number() + " " + completed.sha256());
            outbox.publish(EventType.SIGNATURE_REQUEST_SIGNED, "signature:" + request.number(), EventData.of(
                    "number", request.number(),
                    "title", request.title(),
                    "company_id", request.companyId(),
                    "company_name", request.companyName(),
                    "state", SignatureState.SIGNED.name(),
                    "signer_name", request.signerName(),
                    "signer_email", request.signerEmail(),
                    "signed_at", now,
                    "original_sha256", request.originalSha256(),
                    "signed_pdf_url", links.to("documents/signature/" + request.number() + ".pdf"),
                    "signed_pdf_sha256", completed.sha256(),
                    "url", links.to("signatures/" + request.number())));
        });
        return requests.find(scope, number).orElseThrow();
    }

    /** A portal user opened the request: recorded once per user and day, so the history is not flooded. */
    public void viewed(long requestId, long userId) {
        tx.executeWithoutResult(status -> history.viewed(SignatureRequest.ref(requestId), userId));
    }

    /**
     * A signed request is final: any attempt to change it is refused with its own message and written to the audit
     * log in a transaction of its own, so the entry stays although the attempt is rolled back. A cancelled one is
     * final too, but there is nothing to keep safe, so it is only refused.
     */
    private void refuseIfFinal(SignatureRequest request, long userId, String attempt) {
        if (request.state() == SignatureState.SIGNED) {
            throw refusedSigned(request, userId, attempt);
        }
        if (request.state() == SignatureState.CANCELLED) {
            throw new RefusedException("signatures.error.cancelled");
        }
    }

    private RefusedException refusedSigned(SignatureRequest request, long userId, String attempt) {
        ownTx.executeWithoutResult(status -> audit.record(userId, requests.emailOf(userId).orElse(null),
                AuditAction.SIGNATURE_CHANGE_REFUSED, AUDIT_TARGET, request.id(),
                request.number() + ": " + attempt + " refused, the request is signed"));
        return new RefusedException("signatures.error.already-signed");
    }

    /** Someone else changed the request since it was read: the current state says what to tell the user. */
    private RefusedException changedMeanwhile(SignatureRequest request, long userId, String attempt) {
        SignatureState now = requests.find(PortalScope.staff(), request.id()).map(SignatureRequest::state)
                .orElse(request.state());
        return switch (now) {
            case SIGNED -> refusedSigned(request, userId, attempt);
            case CANCELLED -> new RefusedException("signatures.error.cancelled");
            default -> new RefusedException("signatures.error.changed-meanwhile");
        };
    }

    static List<NewField> checkFields(List<NewField> fields, int pageCount) {
        if (fields == null || fields.isEmpty()) {
            throw new RefusedException("signatures.error.no-fields");
        }
        if (fields.size() > MAX_FIELDS) {
            throw new RefusedException("signatures.error.too-many-fields", MAX_FIELDS);
        }
        List<NewField> checked = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            NewField field = fields.get(i);
            int nr = i + 1;
            if (field == null || field.kind() == null) {
                throw new RefusedException("signatures.error.field-kind", nr);
            }
            String label = field.label() == null || field.label().isBlank() ? null : field.label().strip();
            if (label != null && label.length() > MAX_LABEL) {
                throw new RefusedException("signatures.error.field-label-too-long", nr, MAX_LABEL);
            }
            if (field.page() < 1 || field.page() > pageCount) {
                throw new RefusedException("signatures.error.field-page", nr, pageCount);
            }
            BigDecimal x = fraction(field.x(), nr);
            BigDecimal y = fraction(field.y(), nr);
            BigDecimal width = fraction(field.width(), nr);
            BigDecimal height = fraction(field.height(), nr);
            if (width.compareTo(MIN_SIZE) < 0 || height.compareTo(MIN_SIZE) < 0) {
                throw new RefusedException("signatures.error.field-size", nr);
            }
            if (x.add(width).compareTo(BigDecimal.ONE) > 0 || y.add(height).compareTo(BigDecimal.ONE) > 0) {
                throw new RefusedException("signatures.error.field-outside", nr);
            }
            checked.add(new NewField(field.kind(), label, field.required(), field.page(), x, y, width, height));
        }
        if (checked.stream().noneMatch(field -> field.kind() == FieldKind.SIGNATURE)) {
            throw new RefusedException("signatures.error.no-signature-field");
        }
        return checked;
    }

    private static BigDecimal fraction(BigDecimal value, int nr) {
        if (value == null) {
            throw new RefusedException("signatures.error.field-outside", nr);
        }
        BigDecimal rounded = value.setScale(5, RoundingMode.HALF_UP);
        if (rounded.signum() < 0 || rounded.compareTo(BigDecimal.ONE) > 0) {
            throw new RefusedException("signatures.error.field-outside", nr);
        }
        return rounded;
    }

    /** What the signer entered, checked field by field; the first problem is refused with the field's name. */
    static List<SignedPdfs.Stamp> check(SignatureRequest request, List<FieldInput> values) {
        Map<Long, FieldInput> byField = new HashMap<>();
        for (FieldInput value : values) {
            if (request.fields().stream().noneMatch(field -> field.id() == value.fieldId())) {
                throw new RefusedException("signatures.error.unknown-field");
            }
            byField.put(value.fieldId(), value);
        }
        List<SignedPdfs.Stamp> stamps = new ArrayList<>();
        int missing = 0;
        String firstMissing = null;
        for (int i = 0; i < request.fields().size(); i++) {
            SignatureField field = request.fields().get(i);
            String name = field.label() != null ? field.label() : "#" + (i + 1);
            SignedPdfs.Stamp stamp = stamp(field, byField.get(field.id()), name);
            if (stamp == null || !stamp.filled()) {
                if (field.required()) {
                    missing++;
                    firstMissing = firstMissing == null ? name : firstMissing;
                }
            }
            if (stamp != null) {
                stamps.add(stamp);
            }
        }
        if (missing > 0) {
            throw new RefusedException("signatures.error.required-missing", missing, firstMissing);
        }
        return stamps;
    }

    private static SignedPdfs.Stamp stamp(SignatureField field, FieldInput input, String name) {
        if (input == null) {
            return null;
        }
        if (field.kind().drawn()) {
            if (input.png() == null || input.png().length == 0) {
                return null;
            }
            if (!SignatureImages.isUsable(input.png())) {
                throw new RefusedException("signatures.error.signature-unusable", name);
            }
            return new SignedPdfs.Stamp(field, null, input.png());
        }
        String text = input.text() == null ? "" : input.text().strip().replaceAll("\\s+", " ");
        return switch (field.kind()) {
            case CHECKBOX -> new SignedPdfs.Stamp(field, Boolean.toString("true".equals(text)), null);
            case DATE -> {
                if (text.isEmpty()) {
                    yield null;
                }
                try {
                    yield new SignedPdfs.Stamp(field, LocalDate.parse(text).toString(), null);
                } catch (DateTimeParseException invalid) {
                    throw new RefusedException("signatures.error.date-invalid", name);
                }
            }
            default -> {
                if (text.isEmpty()) {
                    yield null;
                }
                if (text.length() > MAX_TEXT) {
                    throw new RefusedException("signatures.error.text-too-long", name, MAX_TEXT);
                }
                String unwritable = SignedPdfs.unwritable(text);
                if (!unwritable.isEmpty()) {
                    throw new RefusedException("signatures.error.text-characters", name, unwritable);
                }
                yield new SignedPdfs.Stamp(field, text, null);
            }
        };
    }

    private static String fileName(String uploaded) {
        String name = uploaded == null ? "" : uploaded.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "document.pdf";
        }
        return name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
    }
}
