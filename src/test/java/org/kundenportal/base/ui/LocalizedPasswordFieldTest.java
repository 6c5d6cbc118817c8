package org.kundenportal.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.PasswordField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import tools.jackson.databind.JsonNode;

/** The password fields of account security, as a German and as an English user sees them. */
class LocalizedPasswordFieldTest extends KaribuTest {

    private List<String> revealLabelsAs(String language) {
        loginNewCustomerSpeaking(language);
        navigate("account/security");
        List<PasswordField> fields = _find(PasswordField.class);
        assertThat(fields).isNotEmpty().allSatisfy(field -> assertThat(field).isInstanceOf(LocalizedPasswordField.class));
        return fields.stream()
                .map(field -> ((JsonNode) field.getElement().getPropertyRaw("i18n")).get("reveal").asString())
                .toList();
    }

    @Test
    void theRevealButtonSpeaksGerman() {
        assertThat(revealLabelsAs("de")).containsOnly("Passwort anzeigen");
    }

    @Test
    void theRevealButtonSpeaksEnglishInTheEnglishUi() {
        assertThat(revealLabelsAs("en")).containsOnly("Show password");
    }
}
