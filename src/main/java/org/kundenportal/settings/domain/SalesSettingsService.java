package org.kundenportal.settings.domain;

import static org.kundenportal.base.settings.SettingKey.DEFAULT_PAYMENT_TERM;
import static org.kundenportal.base.settings.SettingKey.DEFAULT_TAX_RATE;
import static org.kundenportal.base.settings.SettingKey.QUOTE_PREPAYMENT_PERCENT;
import static org.kundenportal.base.settings.SettingKey.QUOTE_REQUIRES_PAYMENT;
import static org.kundenportal.base.settings.SettingKey.QUOTE_REQUIRES_SIGNATURE;
import static org.kundenportal.base.settings.SettingKey.QUOTE_VALIDITY_DAYS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kundenportal.base.audit.AuditAction;
import org.kundenportal.base.audit.AuditLog;
import org.kundenportal.base.settings.Settings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads, checks and saves the defaults of new quotes. */
@Service
public class SalesSettingsService {

    public static final int MAX_VALIDITY_DAYS = 365;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Settings settings;
    private final AuditLog audit;
    private final PaymentTermRepository paymentTerms;

    public SalesSettingsService(Settings settings, AuditLog audit, PaymentTermRepository paymentTerms) {
        this.paymentTerms = paymentTerms;
        this.settings = settings;
        this.audit = audit;
    }

    public SalesSettings load() {
        BigDecimal taxRate;
        try {
            taxRate = new BigDecimal(settings.get(DEFAULT_TAX_RATE).strip());
        } catch (NumberFormatException stored) {
            taxRate = new BigDecimal(DEFAULT_TAX_RATE.defaultValue());
        }
        return new SalesSettings(settings.getInt(QUOTE_VALIDITY_DAYS), settings.getBoolean(QUOTE_REQUIRES_SIGNATURE),
                settings.getBoolean(QUOTE_REQUIRES_PAYMENT), settings.getInt(QUOTE_PREPAYMENT_PERCENT),
                settings.get(DEFAULT_PAYMENT_TERM), taxRate);
    }

    /** Codes of the payment terms a quote can default to. */
    public List<String> paymentTermCodes() {
        return List.copyOf(paymentTermLabels("en").keySet());
    }

    /** The payment terms a quote can default to, code to label in the language, shortest first. */
    public Map<String, String> paymentTermLabels(String language) {
        Map<String, String> labels = new LinkedHashMap<>();
        paymentTerms.active().forEach(term -> labels.put(term.code(), term.label(language)));
        return labels;
    }

    public List<SettingsProblem> validate(SalesSettings value) {
        List<SettingsProblem> problems = new ArrayList<>();
        Integer days = value.quoteValidityDays();
        if (days == null || days < 1 || days > MAX_VALIDITY_DAYS) {
            problems.add(SettingsProblem.of(QUOTE_VALIDITY_DAYS, "settings.sales.error.range", 1, MAX_VALIDITY_DAYS));
        }
        Integer percent = value.prepaymentPercent();
        if (percent == null || percent < 1 || percent > 100) {
            problems.add(SettingsProblem.of(QUOTE_PREPAYMENT_PERCENT, "settings.sales.error.range", 1, 100));
        }
        if (value.paymentTermCode() == null || !paymentTermCodes().contains(value.paymentTermCode())) {
            problems.add(SettingsProblem.of(DEFAULT_PAYMENT_TERM, "settings.error.required"));
        }
        BigDecimal tax = value.defaultTaxRate();
        if (tax == null || tax.signum() < 0 || tax.compareTo(HUNDRED) > 0) {
            problems.add(SettingsProblem.of(DEFAULT_TAX_RATE, "settings.sales.error.range", 0, 100));
        }
        return problems;
    }

    /** @return the problems that kept it from saving; empty when saved */
    @Transactional
    public List<SettingsProblem> save(SalesSettings value, long actorUserId) {
        List<SettingsProblem> problems = validate(value);
        if (!problems.isEmpty()) {
            return problems;
        }
        Map<org.kundenportal.base.settings.SettingKey, String> texts = new LinkedHashMap<>();
        texts.put(QUOTE_VALIDITY_DAYS, String.valueOf(value.quoteValidityDays()));
        texts.put(QUOTE_REQUIRES_SIGNATURE, String.valueOf(value.requiresSignature()));
        texts.put(QUOTE_REQUIRES_PAYMENT, String.valueOf(value.requiresPayment()));
        texts.put(QUOTE_PREPAYMENT_PERCENT, String.valueOf(value.prepaymentPercent()));
        texts.put(DEFAULT_PAYMENT_TERM, value.paymentTermCode());
        texts.put(DEFAULT_TAX_RATE, value.defaultTaxRate().stripTrailingZeros().toPlainString());
        List<String> changed = new ArrayList<>();
        texts.forEach((key, text) -> {
            if (!text.equals(settings.get(key))) {
                changed.add(key.key());
                settings.put(key, text, actorUserId);
            }
        });
        if (!changed.isEmpty()) {
            audit.record(AuditAction.SETTINGS_CHANGED, "settings", null, String.join(", ", changed));
        }
        return List.of();
    }
}
