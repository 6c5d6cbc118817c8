package org.kundenportal.base.ui;

import com.vaadin.flow.component.html.Image;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;

/** The selling company's logo where one is set in the settings, else the app's icon. */
public final class BrandLogo {

    private static final String APP_ICON = "icons/icon.png";

    private BrandLogo() {
    }

    /** @param className the place's style; a company logo also gets {@code brand-logo}, which keeps its proportions */
    public static Image create(Settings settings, String companyName, String className) {
        String logo = settings.get(SettingKey.BRANDING_LOGO);
        boolean custom = logo.startsWith("data:image/png;base64,") || logo.startsWith("data:image/jpeg;base64,");
        Image image = custom ? new Image(logo, companyName) : new Image(APP_ICON, "");
        image.addClassName(className);
        if (custom) {
            image.addClassName("brand-logo");
        }
        return image;
    }
}
