package org.kundenportal.tickets.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kundenportal.base.db.AfterCommit;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.mail.MailDeliveryException;
import org.kundenportal.base.mail.MailService;
import org.kundenportal.base.mail.MailTemplate;
import org.kundenportal.base.mail.PortalLinks;
import org.kundenportal.base.security.Hashes;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.users.domain.UserAccount;
import org.kundenportal.users.domain.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The support form for visitors without a login. Bots are kept out by a honeypot field and rate limits per
 * client address and per email; the sender gets the ticket number and a confirmation link by mail. Anyone can
 * type any address into the form, so a request belongs to no account until the link is opened from that mailbox:
 * then a portal user's request becomes their company's. Until then staff see it marked as unconfirmed and may link
 * it to a customer themselves.
 */
@Service
public class PublicTickets {

    public static final int PER_ADDRESS = 5;
    public static final int PER_EMAIL = 3;
    public static final Duration WINDOW = Duration.ofHours(1);
    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 254;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Logger log = LoggerFactory.getLogger(PublicTickets.class);

    /** How long the confirmation link of a request works. */
    public static final Duration CONFIRMATION_LIFETIME = Duration.ofDays(7);

    public enum Status { ACCEPTED, RATE_LIMITED }

    public enum Confirmation {
        /** This click confirmed it; the request now belongs to the address's portal account, if there is one. */
        CONFIRMED,
        ALREADY_CONFIRMED,
        /** Unknown or expired link. */
        INVALID
    }

    /** What the page behind a confirmation link shows before the sender confirms. */
    public record RequestToConfirm(String number, String subject, String description, boolean confirmed) {
    }

    /** @param number the new ticket's number; null when the honeypot caught a bot that is told "thanks" anyway */
    public record Outcome(Status status, String number, long minutesToWait) {
    }

    private final TicketService tickets;
    private final TicketRepository repository;
    private final UserRepository users;
    private final ContactRepository contacts;
    private final MailService mail;
    private final PortalLinks links;

    public PublicTickets(TicketService tickets, TicketRepository repository, UserRepository users,
                         ContactRepository contacts, MailService mail, PortalLinks links) {
        this.tickets = tickets;
        this.repository = repository;
        this.users = users;
        this.contacts = contacts;
        this.mail = mail;
        this.links = links;
    }

    @Transactional
    public Outcome submit(PublicRequest request) {
        if (request.honeypot() != null && !request.honeypot().isEmpty()) {
            log.info("Public ticket form: honeypot filled from {}, nothing stored", request.clientAddress());
            return new Outcome(Status.ACCEPTED, null, 0);
        }
        String email = UserRepository.normalizeEmail(request.email());
        check(request, email);
        Instant now = Instant.now();
        Optional<Instant> limitedUntil = repository.submissionsLimitedUntil(email, request.clientAddress(), now);
        if (limitedUntil.isPresent()) {
            long seconds = Duration.between(now, limitedUntil.get()).toSeconds();
            return new Outcome(Status.RATE_LIMITED, null, Math.max(1, (seconds + 59) / 60));
        }
        repository.recordSubmission(email, request.clientAddress(), now);

        // nobody's until the address is confirmed: the form proves nothing about who sent it
        String number = tickets.create(TicketSource.PUBLIC_FORM, null, null, null, request.name().strip(), email,
                blankToNull(request.company()), request.subject().strip(), request.description().strip(),
                TicketCategory.QUESTION, TicketPriority.NORMAL, request.files());
        String token = Hashes.randomToken();
        repository.awaitConfirmation(number, Hashes.sha256Hex(token));
        String name = request.name().strip();
        String subject = request.subject().strip();
        Instant expires = now.plus(CONFIRMATION_LIFETIME);
        AfterCommit.run(() -> mailConfirmationLink(email, name, number, subject, token, expires, request.language()));
        return new Outcome(Status.ACCEPTED, number, 0);
    }

    /** The request behind a confirmation link, for the page that asks the sender to confirm it. */
    public Optional<RequestToConfirm> requestToConfirm(String token) {
        return validRequest(token).map(request -> new RequestToConfirm(request.number(), request.subject(),
                request.description(), request.confirmedAt() != null));
    }

    /**
     * The sender opened the link from their mailbox and confirmed: the address is theirs. A request from a portal
     * user's address becomes their company's, as if they had submitted it in the portal.
     */
    @Transactional
    public Confirmation confirm(String token) {
        Optional<PublicRequestToConfirm> request = validRequest(token);
        if (request.isEmpty()) {
            return Confirmation.INVALID;
        }
        if (request.get().confirmedAt() != null) {
            return Confirmation.ALREADY_CONFIRMED;
        }
        TicketService.RequestOwner owner = users.accountByEmail(request.get().requesterEmail())
                .filter(PublicTickets::actsInThePortal)
                .flatMap(user -> contacts.actingCompanyOf(user.contactId())
                        .map(company -> new TicketService.RequestOwner(user.id(), user.contactId(), company)))
                .orElse(null);
        return tickets.confirmRequester(request.get().id(), owner) ? Confirmation.CONFIRMED
                : Confirmation.ALREADY_CONFIRMED;
    }

    /** A link works until its lifetime is over; a confirmed request stays readable behind it as confirmed. */
    private Optional<PublicRequestToConfirm> validRequest(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Instant oldestValid = Instant.now().minus(CONFIRMATION_LIFETIME);
        return repository.requestToConfirm(Hashes.sha256Hex(token))
                .filter(request -> request.confirmedAt() != null || request.createdAt().isAfter(oldestValid));
    }

    private static boolean actsInThePortal(UserAccount user) {
        return user.kind() == UserKind.PORTAL && user.contactId() != null && user.deletedAt() == null
                && user.accessRevokedAt() == null;
    }

    private static void check(PublicRequest request, String email) {
        if (request.name() == null || request.name().isBlank()) {
            throw new RefusedException("tickets.error.name-required");
        }
        if (request.name().strip().length() > MAX_NAME
                || (request.company() != null && request.company().strip().length() > MAX_NAME)) {
            throw new RefusedException("tickets.error.name-too-long", MAX_NAME);
        }
        if (email == null || email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            throw new RefusedException("tickets.error.email-invalid");
        }
        TicketService.check(request.subject(), request.description(), request.files());
    }


    /** A failed mail does not undo the ticket: the page already showed its number, and staff see it anyway. */
    private void mailConfirmationLink(String email, String name, String number, String subject, String token,
                                      Instant expires, String pageLanguage) {
        String language = "en".equals(pageLanguage) ? "en" : "de";
        try {
            mail.send(MailTemplate.TICKET_REQUEST_CONFIRMATION, email, language, Map.of(
                    "contact.name", name, "ticket.number", number, "ticket.subject", subject,
                    "link", links.to("support/confirm/" + token),
                    "expires", Formats.dateTime(expires, Locale.forLanguageTag(language))));
        } catch (MailDeliveryException e) {
            log.warn("Confirmation link of ticket {} could not be mailed", number);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
