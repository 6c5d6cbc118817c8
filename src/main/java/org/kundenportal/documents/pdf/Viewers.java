package org.kundenportal.documents.pdf;

import java.util.Locale;
import java.util.Set;
import org.kundenportal.base.i18n.TranslationProvider;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalScopeService;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.stereotype.Component;

/** Makes the {@link Viewer} of a request, for the PDF endpoint and the features' own file endpoints alike. */
@Component
public class Viewers {

    private final UserRepository users;
    private final PortalScopeService scopes;
    private final TranslationProvider translations;

    Viewers(UserRepository users, PortalScopeService scopes, TranslationProvider translations) {
        this.users = users;
        this.scopes = scopes;
        this.translations = translations;
    }

    /** What the user may see, read fresh for the request, and their language (else the request's). */
    public Viewer of(PortalUser user, Locale fallbackLocale) {
        Locale locale = translations.supported(users.language(user.id()).map(Locale::forLanguageTag).orElse(fallbackLocale));
        return new Viewer(user.isInternal(), scopes.scopeOf(user), users.areaPermissions(user.id()), users.roles(user.id()), locale);
    }

    /** The company itself, sending its documents: sees every one, as staff do. */
    public Viewer company(Locale locale) {
        return new Viewer(true, PortalScope.staff(), Set.of(), Set.of(), translations.supported(locale));
    }
}
