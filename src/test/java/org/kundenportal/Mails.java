package org.kundenportal;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
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

    /** The decoded text of a plain-text mail. */
    public static String text(MimeMessage mail) {
        try {
            return String.valueOf(mail.getContent());
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
