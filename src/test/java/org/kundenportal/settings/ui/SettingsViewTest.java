package org.kundenportal.settings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.AUDIT_LOG;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kundenportal.KaribuTest;
import org.kundenportal.RestoreSettings;
import org.kundenportal.TestImages;
import org.kundenportal.TestWorld;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.springframework.beans.factory.annotation.Autowired;

@ExtendWith(RestoreSettings.class)
class SettingsViewTest extends KaribuTest {

    @Autowired
    Settings settings;
    @Autowired
    DSLContext db;

    @BeforeEach
    void openAsAdmin() {
        login(TestWorld.ADMIN);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("staff/settings");
    }

    private static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withId("settings-save")));
    }

    @Test
    void showsTheCurrentSettingsWithTheIbanInGroups() {
        assertThat(text("settings-company-name").getValue()).isEqualTo(TestWorld.SELLER);
        assertThat(text("settings-company-iban").getValue()).isEqualTo("DE02 2005 0550 1015 8713 93");
        assertThat(_get(IntegerField.class, spec -> spec.withId("settings-security-invitation-link-hours")).getValue())
                .isEqualTo(72);
        assertThat(_get(IntegerField.class, spec -> spec.withId("settings-security-reset-link-hours")).getValue()).isEqualTo(2);
    }

    @Test
    void staffWhoAreNoAdminsCannotOpenIt() {
        login(TestWorld.STAFF);

        navigate("staff/settings");

        assertThat(_find(SettingsView.class)).isEmpty();
    }

    @Test
    void invalidValuesAreMarkedAndNothingIsSaved() {
        _setValue(text("settings-company-iban"), "DE02 2005 0550 1015 8713 94");
        _setValue(text("settings-company-email"), "service@");
        _setValue(_get(IntegerField.class, spec -> spec.withId("settings-security-reset-link-hours")), 0);

        save();

        assertThat(text("settings-company-iban").isInvalid()).isTrue();
        assertThat(text("settings-company-iban").getErrorMessage())
                .isEqualTo("This IBAN is not valid: please check it for typing errors.");
        assertThat(text("settings-company-email").isInvalid()).isTrue();
        assertThat(_get(IntegerField.class, spec -> spec.withId("settings-security-reset-link-hours")).getErrorMessage())
                .isEqualTo("Enter a whole number of hours from 1 to 48.");
        NotificationsKt.expectNotifications("Nothing was saved. Please correct the marked fields.");
        assertThat(settings.get(SettingKey.COMPANY_IBAN)).isEqualTo("DE02200505501015871393");
        assertThat(settings.get(SettingKey.COMPANY_EMAIL)).isEqualTo("service@testwelt.example");
    }

    @Test
    void savingWritesTheSettingsCleanedUpAndAudited() {
        _get(Checkbox.class, spec -> spec.withId("settings-password-reset")).setValue(true);
        _setValue(text("settings-company-name"), "Testwelt Handel AG");
        _setValue(text("settings-company-bic"), "haspdehhxxx");
        _setValue(_get(IntegerField.class, spec -> spec.withId("settings-security-reset-link-hours")), 4);

        save();

        NotificationsKt.expectNotifications("The settings have been saved.");
        assertThat(settings.getBoolean(SettingKey.PASSWORD_RESET_ENABLED)).isTrue();
        assertThat(settings.get(SettingKey.COMPANY_NAME)).isEqualTo("Testwelt Handel AG");
        assertThat(settings.get(SettingKey.COMPANY_BIC)).isEqualTo("HASPDEHHXXX");
        assertThat(settings.getInt(SettingKey.RESET_LINK_HOURS)).isEqualTo(4);
        assertThat(db.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq("SETTINGS_CHANGED").and(AUDIT_LOG.ACTOR_EMAIL.eq(TestWorld.ADMIN))))
                .isTrue();
    }

    @Test
    void theCreditorIdIsCheckedAndSavedInCapitalsWithoutSpaces() {
        assertThat(text("settings-company-creditor-id").getValue()).isEqualTo("DE98ZZZ09999999999");
        _setValue(text("settings-company-creditor-id"), "DE52 ZZZ 12345678901");

        save();

        assertThat(text("settings-company-creditor-id").isInvalid()).isTrue();
        assertThat(text("settings-company-creditor-id").getErrorMessage()).isEqualTo("This creditor identifier is not "
                + "valid: it looks like DE98ZZZ09999999999 and its check digits must match.");
        assertThat(settings.get(SettingKey.COMPANY_CREDITOR_ID)).isEqualTo("DE98ZZZ09999999999");

        NotificationsKt.clearNotifications();
        _setValue(text("settings-company-creditor-id"), "de51 zzz 12345678901");
        save();

        NotificationsKt.expectNotifications("The settings have been saved.");
        assertThat(settings.get(SettingKey.COMPANY_CREDITOR_ID)).isEqualTo("DE51ZZZ12345678901");
        assertThat(text("settings-company-creditor-id").getValue()).isEqualTo("DE51ZZZ12345678901");
    }

    @Test
    void anUploadedLogoIsPreviewedSavedShownInTheMenuAndRemovable() {
        Upload upload = _get(Upload.class, spec -> spec.withId("settings-logo-upload"));

        UploadKt._upload(upload, "logo.png", "image/png", TestImages.png(60, 20));

        Image preview = _get(Image.class, spec -> spec.withId("settings-logo-preview"));
        assertThat(preview.isVisible()).isTrue();
        assertThat(preview.getSrc()).startsWith("data:image/png;base64,");
        save();
        String logo = settings.get(SettingKey.BRANDING_LOGO);
        assertThat(logo).isEqualTo(preview.getSrc());

        UI.getCurrent().getPage().reload();
        assertThat(_get(Image.class, spec -> spec.withClasses("drawer-logo")).getSrc()).isEqualTo(logo);

        navigate("staff/settings");
        preview = _get(Image.class, spec -> spec.withId("settings-logo-preview"));
        _click(_get(Button.class, spec -> spec.withId("settings-logo-remove")));
        assertThat(preview.isVisible()).isFalse();
        save();
        assertThat(settings.get(SettingKey.BRANDING_LOGO)).isEmpty();
    }

    @Test
    void aFileThatIsNoImageIsRefused() {
        Upload upload = _get(Upload.class, spec -> spec.withId("settings-logo-upload"));

        UploadKt._upload(upload, "logo.png", "image/png", "<svg onload=alert(1)/>".getBytes(StandardCharsets.UTF_8));

        assertThat(_get(Span.class, spec -> spec.withId("settings-logo-error")).getText())
                .isEqualTo("This is not a PNG or JPEG image. Please choose another file.");
        assertThat(_find(Image.class, spec -> spec.withId("settings-logo-preview"))).isEmpty();
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        _setValue(text("settings-company-city"), "Bremen");

        navigate("staff/users");

        assertThat(_find(SettingsView.class)).hasSize(1);
        assertThat(_find(ConfirmDialog.class)).hasSize(1);
        assertThat(settings.get(SettingKey.COMPANY_CITY)).isEqualTo("Hamburg");
    }
}
