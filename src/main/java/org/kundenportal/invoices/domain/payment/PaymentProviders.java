package org.kundenportal.invoices.domain.payment;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.base.validation.RefusedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment providers the code knows, with what admins chose for each (enabled, display name). A provider
 * is usable only while it is both enabled and configured; without one, no pay button shows.
 */
@Service
public class PaymentProviders {

    private final PaymentProviderRepository choices;
    private final List<PaymentProvider> providers;
    private final Settings settings;

    public PaymentProviders(PaymentProviderRepository choices, List<PaymentProvider> providers, Settings settings) {
        this.choices = choices;
        this.providers = providers.stream().sorted(Comparator.comparing(PaymentProviders::rank)).toList();
        this.settings = settings;
    }

    /** Bank transfer first, then the checkout providers by name: the same order on every node and every page. */
    private static String rank(PaymentProvider provider) {
        return (provider.code().equals(BankTransferProvider.CODE) ? "0" : "1") + provider.code();
    }

    /** Whether customers may pay a part of an invoice online (the checkout providers; bank transfer is always the whole). */
    public boolean partialPaymentAllowed() {
        return settings.getBoolean(SettingKey.PARTIAL_ONLINE_PAYMENT);
    }

    public void savePartialPaymentAllowed(boolean allowed, Long userId) {
        settings.put(SettingKey.PARTIAL_ONLINE_PAYMENT, Boolean.toString(allowed), userId);
    }

    /** Every provider with its settings, for the admin page. */
    public List<ProviderSetting> settings() {
        Map<String, PaymentProviderRepository.StoredChoice> stored = choices.choices();
        return providers.stream().map(provider -> {
            PaymentProviderRepository.StoredChoice choice = stored.get(provider.code());
            return new ProviderSetting(provider, choice != null && choice.enabled(), choice == null ? "" : choice.displayName());
        }).toList();
    }

    /** The providers a customer can pay with now, in a stable order. */
    public List<ProviderSetting> usable() {
        return settings().stream().filter(ProviderSetting::usable).toList();
    }

    public Optional<ProviderSetting> usable(String code) {
        return usable().stream().filter(setting -> setting.provider().code().equals(code)).findFirst();
    }

    public boolean anyUsable() {
        return !usable().isEmpty();
    }

    /** The provider with that code whether enabled or not, e.g. to finish an attempt started before it was switched off. */
    public Optional<PaymentProvider> provider(String code) {
        return providers.stream().filter(provider -> provider.code().equals(code)).findFirst();
    }

    /**
     * Saves an admin's choice. Enabling a provider that lacks its configuration is refused (nothing saved).
     */
    @Transactional
    public void save(String code, boolean enabled, String displayName, Long userId) {
        PaymentProvider provider = providers.stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown payment provider " + code));
        if (enabled && !provider.configured()) {
            throw new RefusedException(provider.notConfiguredKey(), String.join(", ", provider.missingSettings()));
        }
        String name = displayName == null ? "" : displayName.strip();
        if (name.length() > 100) {
            throw new RefusedException("invoices.providers.name-too-long", 100);
        }
        choices.save(code, enabled, name, userId, Instant.now());
    }

    /** One provider as configured here. An empty display name means the translated default label. */
    public record ProviderSetting(PaymentProvider provider, boolean enabled, String displayName) {

        public boolean usable() {
            return enabled && provider.configured();
        }
    }
}
