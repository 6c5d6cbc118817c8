package org.kundenportal.base.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.SETTING;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kundenportal.RestoreSettings;
import org.kundenportal.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Settings are held in memory, and every change through {@link Settings#put} shows at once. */
@ExtendWith(RestoreSettings.class)
class SettingsTest extends SpringTest {

    @Autowired
    Settings settings;
    @Autowired
    DSLContext db;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSavedChangeShowsAtOnce() {
        settings.companyProfile();

        settings.put(SettingKey.COMPANY_NAME, "Neuer Name GmbH", null);

        assertThat(settings.get(SettingKey.COMPANY_NAME)).isEqualTo("Neuer Name GmbH");
        assertThat(settings.companyProfile().name()).isEqualTo("Neuer Name GmbH");
    }

    @Test
    void storedValuesAreReadOnceUntilTheNextChange() {
        settings.put(SettingKey.COMPANY_CITY, "Kiel", null);
        assertThat(settings.get(SettingKey.COMPANY_CITY)).isEqualTo("Kiel");

        // behind the app's back: not seen until the app changes a setting itself
        db.update(SETTING).set(SETTING.SETTING_VALUE, "Lübeck")
                .where(SETTING.SETTING_KEY.eq(SettingKey.COMPANY_CITY.key())).execute();
        assertThat(settings.get(SettingKey.COMPANY_CITY)).isEqualTo("Kiel");

        settings.put(SettingKey.COMPANY_ZIP, "24103", null);
        assertThat(settings.get(SettingKey.COMPANY_CITY)).isEqualTo("Lübeck");
    }

    @Test
    void aChangeRolledBackDoesNotStay() {
        String before = settings.get(SettingKey.COMPANY_NAME);

        transactions.executeWithoutResult(status -> {
            settings.put(SettingKey.COMPANY_NAME, "Nie gespeichert AG", null);
            assertThat(settings.get(SettingKey.COMPANY_NAME)).isEqualTo("Nie gespeichert AG");
            status.setRollbackOnly();
        });

        assertThat(settings.get(SettingKey.COMPANY_NAME)).isEqualTo(before);
    }

    @Test
    void aSettingSavedEmptyFallsBackToItsDefault() {
        settings.put(SettingKey.COMPANY_PHONE, null, null);

        assertThat(settings.get(SettingKey.COMPANY_PHONE)).isEqualTo(SettingKey.COMPANY_PHONE.defaultValue());
    }
}
