package org.kundenportal.base.mail;

import java.util.Set;

/**
 * Every email the product sends, with the placeholders its text may use. Feature issues add theirs,
 * each with default texts in {@code mail/templates/<key>.<language>.txt} (first line "Subject: ...").
 */
public enum MailTemplate {
    TEST_MAIL("test-mail", Set.of("user.name", "company.name", "link")),
    INVITATION("invitation", Set.of("contact.name", "company.name", "link", "expires")),
    PASSWORD_RESET("password-reset", Set.of("user.name", "company.name", "link", "expires")),
    EMAIL_CHANGE("email-change", Set.of("user.name", "company.name", "link", "new.email", "expires"));

    private final String key;
    private final Set<String> placeholders;

    MailTemplate(String key, Set<String> placeholders) {
        this.key = key;
        this.placeholders = placeholders;
    }

    public String key() {
        return key;
    }

    public Set<String> placeholders() {
        return placeholders;
    }
}
