package org.kundenportal;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.kundenportal.base.settings.Settings;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Puts every setting back as it was before each test ({@code @ExtendWith(RestoreSettings.class)}), so that a test
 * may switch password reset on or change the company without other tests noticing.
 */
public class RestoreSettings implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RestoreSettings.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        Settings settings = SpringExtension.getApplicationContext(context).getBean(Settings.class);
        context.getStore(NAMESPACE).put(SettingsSnapshot.class, new SettingsSnapshot(settings));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        context.getStore(NAMESPACE).get(SettingsSnapshot.class, SettingsSnapshot.class).restore();
    }
}
