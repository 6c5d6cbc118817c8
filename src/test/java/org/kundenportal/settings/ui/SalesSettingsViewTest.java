package org.kundenportal.settings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kundenportal.KaribuTest;
import org.kundenportal.RestoreSettings;
import org.kundenportal.TestWorld;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.quotes.domain.QuoteDraft;
import org.kundenportal.quotes.domain.QuoteEditing;
import org.springframework.beans.factory.annotation.Autowired;

@ExtendWith(RestoreSettings.class)
class SalesSettingsViewTest extends KaribuTest {

    @Autowired
    Settings settings;
    @Autowired
    QuoteEditing editing;

    @BeforeEach
    void openAsAdmin() {
        login(TestWorld.ADMIN);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("staff/settings");
    }

    private static IntegerField number(String id) {
        return _get(IntegerField.class, spec -> spec.withId(id));
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withId("settings-save")));
    }

    @Test
    void invalidSalesDefaultsAreMarkedAndNothingIsSaved() {
        _setValue(number("settings-sales-quote-validity-days"), 0);
        _setValue(number("settings-sales-quote-prepayment-percent"), 150);
        save();

        assertThat(number("settings-sales-quote-validity-days").isInvalid()).isTrue();
        assertThat(number("settings-sales-quote-prepayment-percent").isInvalid()).isTrue();
        assertThat(settings.get(SettingKey.QUOTE_VALIDITY_DAYS)).isEqualTo("30");
    }

    @Test
    void savedSalesDefaultsApplyToNewQuotes() {
        _setValue(number("settings-sales-quote-validity-days"), 45);
        _setValue(number("settings-sales-quote-prepayment-percent"), 50);
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("settings-sales-default-tax-rate")), new BigDecimal("7"));
        save();

        QuoteDraft draft = editing.newDraft();
        assertThat(draft.validUntil()).isEqualTo(draft.quoteDate().plusDays(45));
        assertThat(draft.prepaymentPercent()).isEqualByComparingTo("50");
        assertThat(editing.defaultTaxRate()).isEqualByComparingTo("7");
    }
}
