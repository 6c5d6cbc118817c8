package org.kundenportal.base.settings;

import static org.kundenportal.db.Tables.SETTING;

import java.time.Instant;
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

    public CompanyProfile companyProfile() {
        return new CompanyProfile(get(SettingKey.COMPANY_NAME), get(SettingKey.COMPANY_STREET), get(SettingKey.COMPANY_ZIP),
                get(SettingKey.COMPANY_CITY), get(SettingKey.COMPANY_COUNTRY), get(SettingKey.COMPANY_VAT_ID),
                get(SettingKey.COMPANY_EMAIL), get(SettingKey.COMPANY_PHONE), get(SettingKey.COMPANY_BANK_NAME),
                get(SettingKey.COMPANY_IBAN), get(SettingKey.COMPANY_BIC));
    }
}
