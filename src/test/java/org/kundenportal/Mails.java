package org.kundenportal;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading what the embedded SMTP server received, including mails sent in the background. */
public final class Mails {

    private Mails() {
    }

    public static List<MimeMessage> to(GreenMail smtp, String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> isTo(message, recipient)).toList();
    }

    /** Waits up to ten seconds for a mail to the recipient. */
    public static MimeMessage awaitMailTo(GreenMail smtp, String recipient) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> received = to(smtp, recipient);
            if (!received.isEmpty()) {
                return received.getLast();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No mail to " + recipient + " arrived");
    }

    public static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of a mail: all of a plain-text mail, the text part of one with attachments. */
    public static String text(MimeMessage mail) {
        try {
            if (mail.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                        return String.valueOf(part.getContent());
                    }
                }
                throw new AssertionError("No text in the mail");
            }
            return String.valueOf(mail.getContent());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file attached to a mail, decoded. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** The files a mail carries, in their order; none for a plain-text mail. */
    public static List<Attachment> attachments(MimeMessage mail) {
        try {
            List<Attachment> attachments = new ArrayList<>();
            if (mail.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                        try (InputStream in = part.getInputStream()) {
                            attachments.add(new Attachment(part.getFileName(), part.getContentType(), in.readAllBytes()));
                        }
                    }
                }
            }
            return attachments;
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token of the first link in the mail's body whose path starts with the given one. */
    public static String tokenOfLink(MimeMessage mail, String path) {
        Matcher link = Pattern.compile(Pattern.quote(path) + "([A-Za-z0-9_-]+)").matcher(text(mail));
        if (!link.find()) {
            throw new AssertionError("No link to " + path + " in the mail");
        }
        return link.group(1);
    }

    private static boolean isTo(MimeMessage message, String recipient) {
        try {
            return message.getAllRecipients()[0].toString().equals(recipient);
        } catch (MessagingException e) {
            return false;
        }
    }
}
