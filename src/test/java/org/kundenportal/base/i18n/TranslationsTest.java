package org.kundenportal.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Menu;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kundenportal.base.audit.AuditAction;
import org.kundenportal.base.ui.MenuSection;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

class TranslationsTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void germanAndEnglishHaveTheSameKeys() throws IOException {
        Properties english = load("translations.properties");
        Properties german = load("translations_de.properties");

        assertThat(german.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void everyNavigationItemAndAuditActionHasTexts() throws IOException, ClassNotFoundException {
        Properties german = load("translations_de.properties");
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        Set<BeanDefinition> menuViews = scanner.findCandidateComponents("org.kundenportal");
        assertThat(menuViews).isNotEmpty();
        for (BeanDefinition view : menuViews) {
            String labelKey = Class.forName(view.getBeanClassName()).getAnnotation(Menu.class).title();
            assertThat(german).containsKeys(labelKey, labelKey + ".description");
        }
        Arrays.stream(MenuSection.values()).forEach(section -> assertThat(german).containsKey(section.labelKey()));
        Arrays.stream(AuditAction.values()).forEach(action -> assertThat(german).containsKey("audit.action." + action));
    }

    @Test
    void providerFallsBackToTheDefaultLanguageForOthers() {
        TranslationProvider provider = new TranslationProvider("de");

        assertThat(provider.getTranslation("login.title", Locale.FRENCH)).isEqualTo("Anmelden");
        assertThat(provider.getTranslation("login.title", Locale.US)).isEqualTo("Log in");
        assertThat(provider.getTranslation("home.greeting", Locale.GERMAN, "Anna")).isEqualTo("Guten Tag, Anna");
        assertThat(provider.getTranslation("no.such.key", Locale.GERMAN)).isEqualTo("!no.such.key");
    }

    @Test
    void moneyAndDatesFollowTheLanguage() {
        BigDecimal amount = new BigDecimal("1234.5");
        LocalDate date = LocalDate.of(2026, 3, 9);

        assertThat(Formats.money(amount, Locale.GERMAN)).isEqualTo("1.234,50\u00a0€");
        assertThat(Formats.money(amount, Locale.ENGLISH)).isEqualTo("€1,234.50");
        assertThat(Formats.date(date, Locale.GERMAN)).isEqualTo("09.03.2026");
        assertThat(Formats.date(date, Locale.ENGLISH)).isEqualTo("9 Mar 2026");
    }
}
