package org.kundenportal.base.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kundenportal.base.settings.Settings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/** Sends template mails rendered in the recipient's language. */
@Service
public class MailService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MailService.class);

    private final JavaMailSender sender;
    private final EmailTemplates templates;
    private final Settings settings;
    private final String from;

    public MailService(JavaMailSender sender, EmailTemplates templates, Settings settings,
                       @Value("${kundenportal.mail.from}") String from) {
        this.sender = sender;
        this.templates = templates;
        this.settings = settings;
        this.from = from;
    }

    /**
     * @param values placeholder values; {@code company.name} is always filled from the settings
     * @throws MailDeliveryException when the SMTP server refuses or cannot be reached
     */
    public void send(MailTemplate template, String recipient, String language, Map<String, String> values) {
        send(template, recipient, language, values, List.of());
    }

    /**
     * As {@link #send(MailTemplate, String, String, Map)}, with files: a multipart mail (multipart/mixed: the text, then the files);
     * without files the plain text mail as ever.
     */
    public void send(MailTemplate template, String recipient, String language, Map<String, String> values,
                     List<MailAttachment> attachments) {
        Map<String, String> all = new HashMap<>(values);
        String companyName = settings.companyProfile().name();
        all.putIfAbsent("company.name", companyName);
        EmailTemplates.Text text = templates.text(template, language);
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = attachments.isEmpty() ? new MimeMessageHelper(message, false, "UTF-8")
                    : new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
            helper.setFrom(from, companyName);
            helper.setTo(recipient);
            helper.setSubject(TemplateText.render(text.subject(), all));
            helper.setText(TemplateText.render(text.body(), all), false);
            for (MailAttachment attachment : attachments) {
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
                        attachment.mediaType());
            }
            sender.send(message);
        } catch (MessagingException | MailException | java.io.UnsupportedEncodingException e) {
            log.warn("Mail {} to {} failed", template.key(), recipient, e);
            throw new MailDeliveryException(recipient, e);
        }
    }
}
