package org.kundenportal.access.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.mail.MailService;
import org.kundenportal.base.mail.PortalLinks;
import org.kundenportal.base.mail.MailTemplate;
import org.kundenportal.base.security.AuthTokens;
import org.kundenportal.base.security.TokenPurpose;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.users.domain.UserAccount;
import org.springframework.stereotype.Component;

/**
 * Sends a user the invitation mail with a fresh sign-up link; the user's earlier links die. Callers run it
 * inside their transaction, so a mail that fails undoes the link and whatever they changed with it.
 */
@Component
public class Invitations {

    public static final String SIGNUP_PATH = "signup/";

    private final AuthTokens tokens;
    private final MailService mail;
    private final Settings settings;
    private final PortalLinks links;

    public Invitations(AuthTokens tokens, MailService mail, Settings settings, PortalLinks links) {
        this.tokens = tokens;
        this.mail = mail;
        this.settings = settings;
        this.links = links;
    }

    /** @throws org.kundenportal.base.mail.MailDeliveryException when the mail server refuses the mail */
    public void send(UserAccount user) {
        Duration lifetime = Duration.ofHours(Math.max(1, settings.getInt(SettingKey.INVITATION_LINK_HOURS)));
        Instant expires = Instant.now().plus(lifetime);
        String token = tokens.issue(user.id(), TokenPurpose.INVITATION, lifetime, null);
        String language = user.language() == null ? "de" : user.language();
        mail.send(MailTemplate.INVITATION, user.email(), language, Map.of(
                "contact.name", user.displayName(),
                "link", links.to(SIGNUP_PATH + token),
                "expires", Formats.dateTime(expires, Locale.forLanguageTag(language))));
    }
}
