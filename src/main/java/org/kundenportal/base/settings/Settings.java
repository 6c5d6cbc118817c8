package org.kundenportal.base.settings;

import static org.kundenportal.db.Tables.SETTING;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Settings staff change at run time, stored in the database; code defaults apply until one is saved. */
@Repository
public class Settings {

    private final DSLContext db;

    public Settings(DSLContext db) {
        this.db = db;
    }

    public String get(SettingKey key) {
        return db.select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.SETTING_KEY.eq(key.key()))
                .fetchOptional(SETTING.SETTING_VALUE)
                .orElse(key.defaultValue());
    }

    public boolean getBoolean(SettingKey key) {
        return Boolean.parseBoolean(get(key));
    }

    /** The stored number, or the default when the stored text is not one. */
    public int getInt(SettingKey key) {
        try {
            return Integer.parseInt(get(key).strip());
        } catch (NumberFormatException e) {
            return Integer.parseInt(key.defaultValue());
        }
    }

    public void put(SettingKey key, String value, Long updatedBy) {
        db.insertInto(SETTING)
                .set(SETTING.SETTING_KEY, key.key())
                .set(SETTING.SETTING_VALUE, value)
                .set(SETTING.UPDATED_AT, Instant.now())
                .set(SETTING.UPDATED_BY, updatedBy)
                .onDuplicateKeyUpdate()
                .set(SETTING.SETTING_VALUE, value)
                .set(SETTING.UPDATED_AT, Instant.now())
                .set(SETTING.UPDATED_BY, updatedBy)
                .execute();
    }

    /** Read in one query: it is shown on every page. */
    public CompanyProfile companyProfile() {
        Map<String, String> saved = db.select(SETTING.SETTING_KEY, SETTING.SETTING_VALUE).from(SETTING)
                .where(SETTING.SETTING_KEY.startsWith("company."))
                .fetchMap(SETTING.SETTING_KEY, SETTING.SETTING_VALUE);
        Function<SettingKey, String> value = key -> {
            String stored = saved.get(key.key());
            return stored != null ? stored : key.defaultValue();
        };
        return new CompanyProfile(value.apply(SettingKey.COMPANY_NAME), value.apply(SettingKey.COMPANY_STREET),
                value.apply(SettingKey.COMPANY_ZIP), value.apply(SettingKey.COMPANY_CITY),
                value.apply(SettingKey.COMPANY_COUNTRY), value.apply(SettingKey.COMPANY_VAT_ID),
                value.apply(SettingKey.COMPANY_EMAIL), value.apply(SettingKey.COMPANY_PHONE),
                value.apply(SettingKey.COMPANY_BANK_NAME), value.apply(SettingKey.COMPANY_IBAN),
                value.apply(SettingKey.COMPANY_BIC));
    }
}
