package org.kundenportal.mailbox.domain;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kundenportal.base.mail.CaughtMails;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The mails the embedded SMTP server received, for installations without a mail server of their own.
 * Empty (and {@link #isAvailable()} false) when a real SMTP server is configured, and always in the production jar,
 * which has no embedded SMTP server.
 */
@Service
public class Mailbox {

    /**
     * A received mail as the back office shows it: subject and body decoded (encoded words, transfer encodings), and
     * the names of the files it carries.
     */
    public record ReceivedMail(Instant receivedAt, String from, String to, String subject, String body,
                               List<String> attachments) {
    }

    private final ObjectProvider<CaughtMails> server;

    public Mailbox(ObjectProvider<CaughtMails> server) {
        this.server = server;
    }

    public boolean isAvailable() {
        return server.getIfAvailable() != null;
    }

    /** Newest first. */
    public List<ReceivedMail> received() {
        CaughtMails caught = server.getIfAvailable();
        if (caught == null) {
            return List.of();
        }
        return caught.received().stream()
                .map(Mailbox::toMail)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(ReceivedMail::receivedAt).reversed())
                .toList();
    }

    private static Optional<ReceivedMail> toMail(MimeMessage message) {
        try {
            Instant received = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                    : message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.EPOCH;
            return Optional.of(new ReceivedMail(received, addresses(message.getFrom()),
                    addresses(message.getAllRecipients()), message.getSubject(), MailText.of(message),
                    MailText.attachments(message)));
        } catch (MessagingException | IOException e) {
            return Optional.empty();
        }
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }
}
