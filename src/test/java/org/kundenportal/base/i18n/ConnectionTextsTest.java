package org.kundenportal.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;

/** Vaadin's notice when the server cannot be reached speaks the user's language. */
class ConnectionTextsTest extends KaribuTest {

    private ReconnectDialogConfiguration connectionTextsFor(String language) {
        loginNewCustomerSpeaking(language);
        return UI.getCurrent().getReconnectDialogConfiguration();
    }

    @Test
    void germanForAGermanUser() {
        ReconnectDialogConfiguration texts = connectionTextsFor("de");

        assertThat(texts.getDialogTextGaveUp()).isEqualTo("Keine Verbindung zum Portal");
        assertThat(texts.getDialogText()).startsWith("Verbindung unterbrochen");
    }

    @Test
    void englishForAnEnglishUser() {
        assertThat(connectionTextsFor("en").getDialogTextGaveUp()).isEqualTo("No connection to the portal");
    }
}
