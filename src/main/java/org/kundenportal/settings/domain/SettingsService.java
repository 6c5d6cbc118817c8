package org.kundenportal.settings.domain;

import static org.kundenportal.base.settings.SettingKey.BRANDING_LOGO;
import static org.kundenportal.base.settings.SettingKey.COMPANY_BANK_NAME;
import static org.kundenportal.base.settings.SettingKey.COMPANY_BIC;
import static org.kundenportal.base.settings.SettingKey.COMPANY_CITY;
import static org.kundenportal.base.settings.SettingKey.COMPANY_COUNTRY;
import static org.kundenportal.base.settings.SettingKey.COMPANY_CREDITOR_ID;
import static org.kundenportal.base.settings.SettingKey.COMPANY_EMAIL;
import static org.kundenportal.base.settings.SettingKey.COMPANY_IBAN;
import static org.kundenportal.base.settings.SettingKey.COMPANY_NAME;
import static org.kundenportal.base.settings.SettingKey.COMPANY_PHONE;
import static org.kundenportal.base.settings.SettingKey.COMPANY_STREET;
import static org.kundenportal.base.settings.SettingKey.COMPANY_TAX_NUMBER;
import static org.kundenportal.base.settings.SettingKey.COMPANY_VAT_ID;
import static org.kundenportal.base.settings.SettingKey.COMPANY_ZIP;
import static org.kundenportal.base.settings.SettingKey.INVITATION_LINK_HOURS;
import static org.kundenportal.base.settings.SettingKey.PASSWORD_RESET_ENABLED;
import static org.kundenportal.base.settings.SettingKey.RESET_LINK_HOURS;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kundenportal.base.audit.AuditAction;
import org.kundenportal.base.audit.AuditLog;
import org.kundenportal.base.settings.CompanyProfile;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads, checks and saves what admins set on the settings page. */
@Service
public class SettingsService {

    public static final int MAX_INVITATION_LINK_HOURS = 30 * 24;
    public static final int MAX_RESET_LINK_HOURS = 48;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()/.\\-]{4,30}$");
    private static final Pattern VAT_ID = Pattern.compile("^[A-Z]{2}[A-Z0-9+*.]{2,13}$");
    private static final Pattern BIC = Pattern.compile("^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$");
    private static final Map<SettingKey, Integer> MAX_LENGTHS = Map.of(COMPANY_NAME, 200, COMPANY_STREET, 200,
            COMPANY_ZIP, 20, COMPANY_CITY, 100, COMPANY_EMAIL, 254, COMPANY_BANK_NAME, 100, COMPANY_TAX_NUMBER, 30);

    private final Settings settings;
    private final AuditLog audit;

    public SettingsService(Settings settings, AuditLog audit) {
        this.settings = settings;
        this.audit = audit;
    }

    public PortalSettings load() {
        return new PortalSettings(settings.getBoolean(PASSWORD_RESET_ENABLED), settings.getInt(INVITATION_LINK_HOURS),
                settings.getInt(RESET_LINK_HOURS), settings.companyProfile(), settings.get(BRANDING_LOGO));
    }

    /** What is wrong with the values after {@link #normalized}, in the order of the page. */
    public List<SettingsProblem> validate(PortalSettings candidate) {
        PortalSettings value = normalized(candidate);
        CompanyProfile company = value.company();
        List<SettingsProblem> problems = new ArrayList<>();
        checkHours(problems, INVITATION_LINK_HOURS, value.invitationLinkHours(), MAX_INVITATION_LINK_HOURS);
        checkHours(problems, RESET_LINK_HOURS, value.resetLinkHours(), MAX_RESET_LINK_HOURS);
        if (company.name().isEmpty()) {
            problems.add(SettingsProblem.of(COMPANY_NAME, "settings.error.required"));
        }
        Map<SettingKey, String> texts = texts(value);
        MAX_LENGTHS.forEach((key, max) -> {
            if (texts.get(key).length() > max) {
                problems.add(SettingsProblem.of(key, "settings.error.too-long", max));
            }
        });
        if (!company.country().isEmpty() && !COUNTRIES.contains(company.country())) {
            problems.add(SettingsProblem.of(COMPANY_COUNTRY, "settings.error.country"));
        }
        checkFormat(problems, COMPANY_VAT_ID, company.vatId(), VAT_ID, "settings.error.vat-id");
        checkFormat(problems, COMPANY_EMAIL, company.email(), EMAIL, "settings.error.email");
        checkFormat(problems, COMPANY_PHONE, company.phone(), PHONE, "settings.error.phone");
        if (!company.iban().isEmpty() && !Iban.isValid(company.iban())) {
            problems.add(SettingsProblem.of(COMPANY_IBAN, "settings.error.iban"));
        }
        checkFormat(problems, COMPANY_BIC, company.bic(), BIC, "settings.error.bic");
        if (!company.creditorId().isEmpty() && !CreditorId.isValid(company.creditorId())) {
            problems.add(SettingsProblem.of(COMPANY_CREDITOR_ID, "settings.error.creditor-id"));
        }
        CompanyLogo.checkDataUrl(value.logo())
                .ifPresent(problem -> problems.add(SettingsProblem.of(BRANDING_LOGO, problem.messageKey())));
        return problems;
    }

    /**
     * Saves every setting when all are valid, and audits which ones changed.
     *
     * @return the problems that kept it from saving; empty when saved
     */
    @Transactional
    public List<SettingsProblem> save(PortalSettings candidate, long actorUserId) {
        List<SettingsProblem> problems = validate(candidate);
        if (!problems.isEmpty()) {
            return problems;
        }
        Map<SettingKey, String> before = texts(load());
        Map<SettingKey, String> after = texts(normalized(candidate));
        after.forEach((key, value) -> settings.put(key, value, actorUserId));
        String changed = after.keySet().stream().filter(key -> !after.get(key).equals(before.get(key)))
                .map(SettingKey::key).collect(Collectors.joining(", "));
        if (!changed.isEmpty()) {
            audit.record(AuditAction.SETTINGS_CHANGED, "settings", null, changed);
        }
        return List.of();
    }

    /** Trimmed; country, VAT id, IBAN, BIC and creditor id in capitals without spaces, as machines read them. */
    public PortalSettings normalized(PortalSettings value) {
        CompanyProfile company = value.company();
        CompanyProfile clean = new CompanyProfile(strip(company.name()), strip(company.street()), strip(company.zip()),
                strip(company.city()), compactUpper(company.country()), compactUpper(company.vatId()),
                strip(company.email()), strip(company.phone()), strip(company.bankName()), Iban.compact(company.iban()),
                compactUpper(company.bic()), strip(company.taxNumber()), CreditorId.compact(company.creditorId()));
        return new PortalSettings(value.passwordResetEnabled(), value.invitationLinkHours(), value.resetLinkHours(), clean,
                value.logo() == null ? "" : value.logo());
    }

    private static Map<SettingKey, String> texts(PortalSettings value) {
        CompanyProfile company = value.company();
        Map<SettingKey, String> texts = new EnumMap<>(SettingKey.class);
        texts.put(PASSWORD_RESET_ENABLED, String.valueOf(value.passwordResetEnabled()));
        texts.put(INVITATION_LINK_HOURS, String.valueOf(value.invitationLinkHours()));
        texts.put(RESET_LINK_HOURS, String.valueOf(value.resetLinkHours()));
        texts.put(COMPANY_NAME, company.name());
        texts.put(COMPANY_STREET, company.street());
        texts.put(COMPANY_ZIP, company.zip());
        texts.put(COMPANY_CITY, company.city());
        texts.put(COMPANY_COUNTRY, company.country());
        texts.put(COMPANY_VAT_ID, company.vatId());
        texts.put(COMPANY_TAX_NUMBER, company.taxNumber());
        texts.put(COMPANY_EMAIL, company.email());
        texts.put(COMPANY_PHONE, company.phone());
        texts.put(COMPANY_BANK_NAME, company.bankName());
        texts.put(COMPANY_IBAN, company.iban());
        texts.put(COMPANY_BIC, company.bic());
        texts.put(COMPANY_CREDITOR_ID, company.creditorId());
        texts.put(BRANDING_LOGO, value.logo());
        return texts;
    }

    private static void checkHours(List<SettingsProblem> problems, SettingKey key, Integer hours, int max) {
        if (hours == null || hours < 1 || hours > max) {
            problems.add(SettingsProblem.of(key, "settings.error.hours", 1, max));
        }
    }

    private static void checkFormat(List<SettingsProblem> problems, SettingKey key, String value, Pattern format,
                                    String messageKey) {
        if (!value.isEmpty() && !format.matcher(value).matches()) {
            problems.add(SettingsProblem.of(key, messageKey));
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String compactUpper(String value) {
        return value == null ? "" : value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
