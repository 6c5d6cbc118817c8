package org.kundenportal.invoices.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.PAYMENT_PROVIDER;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kundenportal.KaribuTest;
import org.kundenportal.RestoreSettings;
import org.kundenportal.TestWorld;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.invoices.InvoiceFixtures;
import org.kundenportal.invoices.domain.payment.PaymentProviders;

@ExtendWith(RestoreSettings.class)
class PaymentSettingsViewTest extends KaribuTest {

    InvoiceFixtures fixtures;

    @BeforeEach
    void open() {
        fixtures = new InvoiceFixtures(context);
        login(TestWorld.ADMIN);
        navigate("staff/settings/payments");
    }

    @AfterEach
    void restore() {
        fixtures.enableBankTransfer(true);
        fixtures.setProviderEnabled("STRIPE", false);
        fixtures.setProviderEnabled("PAYPAL", false);
        fixtures.db.update(PAYMENT_PROVIDER).set(PAYMENT_PROVIDER.DISPLAY_NAME, "").execute();
    }

    private Section section(String code) {
        return _get(Section.class, spec -> spec.withClasses("payment-provider-" + code));
    }

    private <T extends com.vaadin.flow.component.Component> T in(Section section, Class<T> type) {
        return _get(section, type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"STRIPE", "PAYPAL"})
    void aCheckoutProviderShowsItIsConfiguredFromTheEnvironmentAndCanBeSwitchedOn(String code) {
        Section provider = section(code.toLowerCase(Locale.ROOT));
        assertThat(provider.getElement().getTextRecursively()).contains("Eingerichtet");

        _setValue(in(provider, Checkbox.class), true);
        _click(in(provider, Button.class));

        assertThat(context.getBean(PaymentProviders.class).usable()).extracting(s -> s.provider().code())
                .contains(code);
    }

    @Test
    void theAdminAllowsPartialPayments() {
        Section partial = _get(Section.class, spec -> spec.withClasses("payment-partial"));
        assertThat(in(partial, Checkbox.class).getValue()).isFalse();

        _setValue(in(partial, Checkbox.class), true);
        _click(in(partial, Button.class));

        assertThat(context.getBean(PaymentProviders.class).partialPaymentAllowed()).isTrue();
    }

    @Test
    void adminRenamesAndDisablesBankTransfer() {
        Section bank = section("bank_transfer");
        _setValue(in(bank, TextField.class), "SEPA-Überweisung");
        _setValue(in(bank, Checkbox.class), false);
        _click(in(bank, Button.class));

        assertThat(context.getBean(PaymentProviders.class).anyUsable()).isFalse();
        assertThat(context.getBean(PaymentProviders.class).settings()).anySatisfy(setting ->
                assertThat(setting.displayName()).isEqualTo("SEPA-Überweisung"));
    }

    @Test
    void bankTransferNeedsAValidIban() {
        context.getBean(Settings.class).put(SettingKey.COMPANY_IBAN, "DE00 1234", null);
        navigate("staff/settings/payments");

        assertThat(context.getBean(PaymentProviders.class).anyUsable()).isFalse();
        Section bank = section("bank_transfer");
        assertThat(bank.getElement().getTextRecursively()).contains("IBAN");
        _setValue(in(bank, Checkbox.class), true);
        _click(in(bank, Button.class));
        assertThat(context.getBean(PaymentProviders.class).anyUsable()).isFalse();
    }

    @Test
    void staffWithoutAdminRoleCannotOpenIt() {
        login(TestWorld.STAFF);
        navigate("staff/settings/payments");

        assertThat(_find(PaymentSettingsView.class)).isEmpty();
    }

    @Test
    void settingsPageLinksHere() {
        navigate("staff/settings");

        assertThat(_find(com.vaadin.flow.component.html.Anchor.class)).anySatisfy(anchor ->
                assertThat(anchor.getHref()).isEqualTo("/staff/settings/payments"));
    }
}
