package org.kundenportal;

import java.util.EnumMap;
import java.util.Map;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;

/** Every setting as it was, to put back after a test that changes settings other tests rely on. */
public final class SettingsSnapshot {

    private final Settings settings;
    private final Map<SettingKey, String> values = new EnumMap<>(SettingKey.class);

    public SettingsSnapshot(Settings settings) {
        this.settings = settings;
        for (SettingKey key : SettingKey.values()) {
            values.put(key, settings.get(key));
        }
    }

    public void restore() {
        values.forEach((key, value) -> settings.put(key, value, null));
    }
}
