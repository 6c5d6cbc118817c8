package org.kundenportal.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * German and English texts from {@code vaadin-i18n/translations*.properties}. The configured default language
 * comes first, so a browser asking for neither gets it.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale GERMAN = Locale.GERMAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

    private final List<Locale> locales;

    public TranslationProvider(@Value("${kundenportal.default-language:de}") String defaultLanguage) {
        this.locales = ENGLISH.getLanguage().equals(defaultLanguage) ? List.of(ENGLISH, GERMAN) : List.of(GERMAN, ENGLISH);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return locales;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = supported(locale);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, supported);
            return "!" + key;
        }
    }

    /** The provided locale of the same language, or the default one. */
    public Locale supported(Locale locale) {
        if (locale != null) {
            for (Locale candidate : locales) {
                if (candidate.getLanguage().equals(locale.getLanguage())) {
                    return candidate;
                }
            }
        }
        return locales.getFirst();
    }
}
