package org.kundenportal.settings.domain;

import java.util.List;
import org.kundenportal.base.settings.SettingKey;

/** A value the settings page cannot save, with the translation key (and its arguments) that says why. */
public record SettingsProblem(SettingKey key, String messageKey, List<Object> arguments) {

    static SettingsProblem of(SettingKey key, String messageKey, Object... arguments) {
        return new SettingsProblem(key, messageKey, List.of(arguments));
    }
}
