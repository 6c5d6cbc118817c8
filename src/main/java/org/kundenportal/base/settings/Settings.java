package org.kundenportal.base.settings;

import static org.kundenportal.db.Tables.SETTING;

import java.time.Instant;
import java.util.Map;
import org.jooq.DSLContext;
import org.kundenportal.base.cluster.ClusterEvent;
import org.kundenportal.base.cluster.ClusterEventListener;
import org.kundenportal.base.cluster.ClusterEvents;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Settings staff change at run time, stored in the database; code defaults apply until one is saved.
 * <p>
 * Every page shows the company's name and logo, so the stored values are held in memory and read again only
 * after a change. Every change goes through {@link #put}, which drops them, and again when its transaction ends.
 * They are kept only when read outside a transaction: a transaction may see an older snapshot, or its own change
 * that is then rolled back. A read that overlaps a change is not kept either. With several app nodes, a change
 * publishes a cluster event in its transaction, and the other nodes drop their values when they read it, within
 * a second (see {@link ClusterEvents}).
 */
@Repository
public class Settings implements ClusterEventListener {

    private final DSLContext db;
    private final ClusterEvents cluster;
    /** key to stored value; null until first read after start-up or a change */
    private Map<String, String> stored;
    /** counts changes, so that a read that overlaps one is not kept */
    private long changes;

    public Settings(DSLContext db, ClusterEvents cluster) {
        this.db = db;
        this.cluster = cluster;
    }

    public String get(SettingKey key) {
        String value = stored().get(key.key());
        return value != null ? value : key.defaultValue();
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
        forget();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            cluster.publish(ClusterEvent.Kind.SETTINGS_CHANGED, null, null);
        } else if (!TransactionSynchronizationManager.hasResource(this)) {
            // a save of many settings is one change: one event, one clean-up when the transaction ends
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            cluster.publish(ClusterEvent.Kind.SETTINGS_CHANGED, null, null);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(Settings.this);
                    forget();
                }
            });
        }
    }

    public CompanyProfile companyProfile() {
        return new CompanyProfile(get(SettingKey.COMPANY_NAME), get(SettingKey.COMPANY_STREET),
                get(SettingKey.COMPANY_ZIP), get(SettingKey.COMPANY_CITY), get(SettingKey.COMPANY_COUNTRY),
                get(SettingKey.COMPANY_VAT_ID), get(SettingKey.COMPANY_EMAIL), get(SettingKey.COMPANY_PHONE),
                get(SettingKey.COMPANY_BANK_NAME), get(SettingKey.COMPANY_IBAN), get(SettingKey.COMPANY_BIC),
                get(SettingKey.COMPANY_TAX_NUMBER), get(SettingKey.COMPANY_CREDITOR_ID));
    }

    private Map<String, String> stored() {
        long changesBefore;
        synchronized (this) {
            if (stored != null) {
                return stored;
            }
            changesBefore = changes;
        }
        // a setting saved as null counts as not saved: its default applies
        Map<String, String> values = Map.copyOf(db.select(SETTING.SETTING_KEY, SETTING.SETTING_VALUE).from(SETTING)
                .where(SETTING.SETTING_VALUE.isNotNull())
                .fetchMap(SETTING.SETTING_KEY, SETTING.SETTING_VALUE));
        synchronized (this) {
            if (changes == changesBefore && !TransactionSynchronizationManager.isActualTransactionActive()) {
                stored = values;
            }
        }
        return values;
    }

    @Override
    public void onClusterEvent(ClusterEvent event) {
        if (event.kind() == ClusterEvent.Kind.SETTINGS_CHANGED) {
            forget();
        }
    }

    private synchronized void forget() {
        stored = null;
        changes++;
    }
}
