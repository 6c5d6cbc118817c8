package org.kundenportal.mailbox.domain;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The readable text of a received mail. Jakarta Mail's MIME parser undoes the transfer encodings (quoted-printable,
 * base64) and the charsets; this class only chooses the part to show: the plain text, or an HTML part's text when a mail
 * has no plain one; and the attachments' names.
 */
final class MailText {

    private MailText() {
    }

    static String of(Part message) throws MessagingException, IOException {
        return plain(message).or(() -> html(message).map(MailText::textOfHtml)).orElse("");
    }

    /** The file names of the mail's attachments, in their order. */
    static List<String> attachments(Part message) throws MessagingException, IOException {
        List<String> names = new ArrayList<>();
        if (message.isMimeType("multipart/*") && message.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    names.add(part.getFileName());
                }
            }
        }
        return names;
    }

    private static Optional<String> plain(Part part) throws MessagingException, IOException {
        return firstOfType(part, "text/plain");
    }

    private static Optional<String> html(Part part) {
        try {
            return firstOfType(part, "text/html");
        } catch (MessagingException | IOException e) {
            return Optional.empty();
        }
    }

    /** Depth first, so an attachment of the same type after the body is not taken for it. */
    private static Optional<String> firstOfType(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return Optional.of(String.valueOf(part.getContent()));
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<String> found = firstOfType(child, mimeType);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Line breaks kept where the HTML had blocks or breaks, so links and paragraphs stay apart. */
    private static String textOfHtml(String html) {
        Document document = Jsoup.parse(html);
        document.select("br").after("\n");
        document.select("p, div, li, tr, h1, h2, h3, h4").after("\n\n");
        document.select("a[href]").forEach(link -> {
            String href = link.attr("abs:href").isEmpty() ? link.attr("href") : link.attr("abs:href");
            if (!link.text().equals(href)) {
                link.appendText(" (" + href + ")");
            }
        });
        return document.body().wholeText().replaceAll("\n{3,}", "\n\n").strip();
    }
}
