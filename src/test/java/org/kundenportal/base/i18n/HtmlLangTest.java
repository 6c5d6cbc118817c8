package org.kundenportal.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kundenportal.FormLoginClient;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.account.TestAccounts;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/** The page Vaadin serves names the logged-in user's language, whatever the browser asks for. */
class HtmlLangTest extends SpringTest {

    private static final Pattern HTML_LANG = Pattern.compile("<html[^>]*\\slang=\"([^\"]*)\"");

    @Value("${local.server.port}")
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserRepository users;

    private static String lang(String page) {
        Matcher matcher = HTML_LANG.matcher(page);
        assertThat(matcher.find()).as("the page has <html lang>").isTrue();
        return matcher.group(1);
    }

    @Test
    void followsTheSavedLanguageAfterLoginAndAfterASwitch() {
        TestAccounts.Account user = new TestAccounts(context).customer("html-lang");
        FormLoginClient browser = new FormLoginClient(port);
        browser.logIn(user.email(), TestWorld.PASSWORD);
        assertThat(lang(browser.get("/").body())).isEqualTo("de");

        users.setLanguage(user.userId(), "en");

        assertThat(lang(browser.get("/").body())).isEqualTo("en");
    }
}
