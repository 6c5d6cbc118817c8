package org.kundenportal.settings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.AUDIT_LOG;

import java.nio.charset.StandardCharsets;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kundenportal.RestoreSettings;
import org.kundenportal.SpringTest;
import org.kundenportal.TestImages;
import org.kundenportal.TestWorld;
import org.kundenportal.base.settings.CompanyProfile;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;

@ExtendWith(RestoreSettings.class)
class SettingsServiceTest extends SpringTest {

    @Autowired
    SettingsService service;
    @Autowired
    Settings settings;
    @Autowired
    UserRepository users;
    @Autowired
    DSLContext db;

    @Test
    void ibanCheckDigitsAreVerified() {
        assertThat(Iban.isValid("DE89 3704 0044 0532 0130 00")).isTrue();
        assertThat(Iban.isValid("de89370400440532013000")).isTrue();
        assertThat(Iban.isValid("DE89 3704 0044 0532 0130 01")).isFalse();
        assertThat(Iban.isValid("GB82 WEST 1234 5698 7654 32")).isTrue();
        assertThat(Iban.isValid("DE89")).isFalse();
        assertThat(Iban.grouped("de89370400440532013000")).isEqualTo("DE89 3704 0044 0532 0130 00");
    }

    @Test
    void creditorIdCheckDigitsAreVerifiedLikeAnIbansWithoutTheBusinessCode() {
        assertThat(CreditorId.isValid("DE98ZZZ09999999999")).isTrue();
        assertThat(CreditorId.isValid("de98 zzz 09999999999")).isTrue();
        assertThat(CreditorId.isValid("DE98ABC09999999999")).as("the business code is not checked").isTrue();
        assertThat(CreditorId.isValid("DE97ZZZ09999999999")).isFalse();
        assertThat(CreditorId.isValid("DE98ZZZ09999999990")).isFalse();
        assertThat(CreditorId.isValid("DE98ZZZ")).isFalse();
        assertThat(CreditorId.isValid("")).isFalse();
    }

    @Test
    void theWorldsSettingsAreValid() {
        assertThat(service.validate(service.load())).isEmpty();
    }

    @Test
    void everyBadValueIsNamedWithItsSetting() {
        PortalSettings current = service.load();
        CompanyProfile bad = new CompanyProfile(" ", "", "", "", "XX", "123", "info@", "call me", "",
                "DE89 3704 0044 0532 0130 01", "SHORT", "", "DE99ZZZ09999999999");
        PortalSettings candidate = new PortalSettings(true, 0, 49, bad, "data:image/png;base64,bm90IGFuIGltYWdl");

        assertThat(service.validate(candidate)).extracting(SettingsProblem::key).containsExactly(
                SettingKey.INVITATION_LINK_HOURS, SettingKey.RESET_LINK_HOURS, SettingKey.COMPANY_NAME,
                SettingKey.COMPANY_COUNTRY, SettingKey.COMPANY_VAT_ID, SettingKey.COMPANY_EMAIL, SettingKey.COMPANY_PHONE,
                SettingKey.COMPANY_IBAN, SettingKey.COMPANY_BIC, SettingKey.COMPANY_CREDITOR_ID, SettingKey.BRANDING_LOGO);
        assertThat(service.save(candidate, adminId())).isNotEmpty();
        assertThat(service.load()).isEqualTo(current);
    }

    @Test
    void savingWritesEverySettingCleanedUpAndAuditsWhatChanged() {
        PortalSettings current = service.load();
        CompanyProfile company = new CompanyProfile("  " + TestWorld.SELLER + " ", "Hafenstraße 12", "20457", "Hamburg",
                "de", "de 999 999 999", "service@testwelt.example", "+49 40 1234567", "Hamburger Sparkasse",
                "de89 3704 0044 0532 0130 00", "cobadeffxxx", " 22/123/45678 ", "de98 zzz 09999999999");
        boolean passwordReset = !current.passwordResetEnabled();
        PortalSettings candidate = new PortalSettings(passwordReset, 24, 1, company, current.logo());

        assertThat(service.save(candidate, adminId())).isEmpty();

        PortalSettings saved = service.load();
        assertThat(saved.passwordResetEnabled()).isEqualTo(passwordReset);
        assertThat(saved.invitationLinkHours()).isEqualTo(24);
        assertThat(saved.resetLinkHours()).isEqualTo(1);
        assertThat(saved.company()).isEqualTo(new CompanyProfile(TestWorld.SELLER, "Hafenstraße 12", "20457",
                "Hamburg", "DE", "DE999999999", "service@testwelt.example", "+49 40 1234567",
                "Hamburger Sparkasse", "DE89370400440532013000", "COBADEFFXXX", "22/123/45678", "DE98ZZZ09999999999"));
        String details = db.select(AUDIT_LOG.DETAILS).from(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq("SETTINGS_CHANGED"))
                .orderBy(AUDIT_LOG.ID.desc()).limit(1).fetchSingle(AUDIT_LOG.DETAILS);
        assertThat(details).contains("security.password-reset", "company.iban", "company.bic")
                .doesNotContain("company.name", "company.city");
    }

    @Test
    void theLogoMustBeASmallPngOrJpeg() {
        assertThat(CompanyLogo.check(TestImages.png(40, 20))).isEmpty();
        assertThat(CompanyLogo.dataUrl(TestImages.png(40, 20))).startsWith("data:image/png;base64,");
        assertThat(CompanyLogo.check(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isEmpty();
        assertThat(CompanyLogo.check("<svg/>".getBytes(StandardCharsets.UTF_8))).contains(CompanyLogo.Problem.NOT_AN_IMAGE);
        byte[] large = new byte[CompanyLogo.MAX_BYTES + 1];
        System.arraycopy(TestImages.png(1, 1), 0, large, 0, 8);
        assertThat(CompanyLogo.check(large)).contains(CompanyLogo.Problem.TOO_LARGE);
        assertThat(CompanyLogo.checkDataUrl(CompanyLogo.dataUrl(TestImages.png(3, 3)))).isEmpty();
        assertThat(CompanyLogo.checkDataUrl("data:image/jpeg;base64," + CompanyLogo.dataUrl(TestImages.png(3, 3)).split(",")[1]))
                .contains(CompanyLogo.Problem.NOT_AN_IMAGE);
        assertThat(CompanyLogo.checkDataUrl("javascript:alert(1)")).contains(CompanyLogo.Problem.NOT_AN_IMAGE);
    }

    private long adminId() {
        return users.accountByEmail(TestWorld.ADMIN).orElseThrow().id();
    }
}
