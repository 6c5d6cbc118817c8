package org.kundenportal.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.APP_USER;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.account.TestAccounts;
import org.kundenportal.account.domain.Base32;
import org.kundenportal.account.domain.Totp;
import org.kundenportal.account.domain.TwoFactorService;
import org.kundenportal.base.qr.QrReading;
import org.kundenportal.base.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The security page and its dialogs: password, two-factor authentication, recovery codes, deleting the account. */
class AccountSecurityViewTest extends KaribuTest {

    private static final String NEW_PASSWORD = "Sonnenblume-am-Fenster-7";

    @Autowired
    DSLContext db;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    TwoFactorService twoFactor;
    private TestAccounts accounts;
    private TestAccounts.Account user;

    @BeforeEach
    void logInAsANewCustomer() {
        accounts = new TestAccounts(context);
        user = accounts.customer("security-view");
        login(user.email());
        navigate("account/security");
    }

    private static PasswordField password(String label) {
        return _get(PasswordField.class, spec -> spec.withLabel(label));
    }

    private static void click(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    private static void clickInDialog(String text) {
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText(text)));
    }

    private static <T extends com.vaadin.flow.component.Component> T inDialog(Class<T> type, String label) {
        return _get(_get(Dialog.class), type, spec -> spec.withLabel(label));
    }

    private boolean passwordIs(String password) {
        String hash = db.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(user.userId()))
                .fetchOne(APP_USER.PASSWORD_HASH);
        return hash != null && passwordEncoder.matches(password, hash);
    }

    @Test
    void aWrongCurrentPasswordIsRefused() {
        _setValue(password("Aktuelles Passwort"), "not-my-password");
        _setValue(password("Neues Passwort"), NEW_PASSWORD);
        _setValue(password("Neues Passwort wiederholen"), NEW_PASSWORD);

        click("Passwort ändern");

        assertThat(password("Aktuelles Passwort").isInvalid()).isTrue();
        assertThat(password("Aktuelles Passwort").getErrorMessage()).isEqualTo("Das Passwort ist nicht richtig.");
        assertThat(passwordIs(TestWorld.PASSWORD)).isTrue();
    }

    @Test
    void theNewPasswordMustFollowTheRulesAndBeTypedTwice() {
        _setValue(password("Aktuelles Passwort"), TestWorld.PASSWORD);
        _setValue(password("Neues Passwort"), NEW_PASSWORD);
        _setValue(password("Neues Passwort wiederholen"), NEW_PASSWORD + "x");
        click("Passwort ändern");
        assertThat(password("Neues Passwort wiederholen").isInvalid()).isTrue();

        _setValue(password("Neues Passwort"), "kurz");
        _setValue(password("Neues Passwort wiederholen"), "kurz");
        click("Passwort ändern");
        assertThat(password("Neues Passwort").getErrorMessage()).isEqualTo("Bitte mindestens 10 Zeichen.");
        assertThat(passwordIs(TestWorld.PASSWORD)).isTrue();
    }

    @Test
    void changesThePassword() {
        _setValue(password("Aktuelles Passwort"), TestWorld.PASSWORD);
        _setValue(password("Neues Passwort"), NEW_PASSWORD);
        _setValue(password("Neues Passwort wiederholen"), NEW_PASSWORD);

        click("Passwort ändern");

        assertThat(passwordIs(NEW_PASSWORD)).isTrue();
        assertThat(password("Aktuelles Passwort").getValue()).isEmpty();
        assertThat(AccountViewTest.notifications()).anySatisfy(text -> assertThat(text).startsWith("Ihr Passwort wurde geändert."));
    }

    @Test
    void setsUpTwoFactorAuthenticationWithACodeFromTheShownSecret() throws Exception {
        click("Zwei-Faktor-Authentifizierung einrichten");
        String shownSecret = _get(Span.class, spec -> spec.withClasses("two-factor-secret")).getText();
        assertThat(qrCodeText()).startsWith("otpauth://totp/Testwelt%20Handel%20GmbH:")
                .contains("secret=" + shownSecret.replace(" ", ""));

        _setValue(_get(TextField.class, spec -> spec.withLabel("Code aus der App")), "000000");
        clickInDialog("Aktivieren");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Code aus der App")).isInvalid()).isTrue();
        assertThat(twoFactor.status(user.userId()).enabled()).isFalse();

        String code = Totp.code(Base32.decode(shownSecret), Totp.stepAt(java.time.Instant.now()));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Code aus der App")), code);
        clickInDialog("Aktivieren");

        assertThat(twoFactor.status(user.userId()).enabled()).isTrue();
        List<String> codes = _find(ListItem.class).stream().map(ListItem::getText).toList();
        assertThat(codes).hasSize(10).allSatisfy(recovery -> assertThat(recovery).matches("[0-9a-z]{5}-[0-9a-z]{5}"));
        assertThat(twoFactor.checkLoginCode(user.userId(), codes.getFirst(), java.time.Instant.now()))
                .isEqualTo(TwoFactorService.CodeCheck.RECOVERY_CODE_ACCEPTED);
        clickInDialog("Ich habe die Codes gesichert");

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(_find(Span.class, spec -> spec.withText("Aktiv"))).hasSize(1);
        navigate("account/security");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Noch 9 unbenutzte Wiederherstellungscodes.");
    }

    private static String qrCodeText() throws Exception {
        return QrReading.textOfDataUrl(_get(Image.class, spec -> spec.withAttribute("alt", "QR-Code für Ihre Authenticator-App")).getSrc());
    }

    @Test
    void turnsTwoFactorAuthenticationOffWithPasswordAndCode() {
        String secret = accounts.enableTwoFactor(user.userId());
        navigate("account/security");

        click("Deaktivieren");
        _setValue(inDialog(PasswordField.class, "Aktuelles Passwort"), TestWorld.PASSWORD);
        _setValue(inDialog(TextField.class, "Code aus der App oder Wiederherstellungscode"), "12345");
        clickInDialog("Deaktivieren");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Code aus der App oder Wiederherstellungscode")).isInvalid())
                .isTrue();
        assertThat(twoFactor.status(user.userId()).enabled()).isTrue();

        _setValue(_get(TextField.class, spec -> spec.withLabel("Code aus der App oder Wiederherstellungscode")),
                TestAccounts.nextCode(secret));
        clickInDialog("Deaktivieren");

        assertThat(twoFactor.status(user.userId()).enabled()).isFalse();
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(_find(Span.class, spec -> spec.withText("Aus"))).hasSize(1);
    }

    @Test
    void newRecoveryCodesReplaceTheOldOnes() {
        String secret = twoFactor.enrollment(user.userId()).secret();
        List<String> old = twoFactor.enable(user.userId(), secret, TestAccounts.currentCode(secret));
        navigate("account/security");

        click("Neue Wiederherstellungscodes");
        _setValue(inDialog(PasswordField.class, "Aktuelles Passwort"), TestWorld.PASSWORD);
        clickInDialog("Neue Codes erzeugen");

        List<String> renewed = _find(ListItem.class).stream().map(ListItem::getText).toList();
        assertThat(renewed).hasSize(10).doesNotContainAnyElementsOf(old);
        assertThat(twoFactor.checkLoginCode(user.userId(), old.getFirst(), java.time.Instant.now()))
                .isEqualTo(TwoFactorService.CodeCheck.WRONG);
    }

    @Test
    void deletesTheAccountAfterThePassword() {
        click("Konto löschen");
        assertThat(_find(ListItem.class)).hasSize(4);
        _setValue(inDialog(PasswordField.class, "Ihr Passwort"), "wrong");
        clickInDialog("Mein Konto löschen");
        assertThat(inDialog(PasswordField.class, "Ihr Passwort").isInvalid()).isTrue();
        assertThat(db.select(APP_USER.ENABLED).from(APP_USER).where(APP_USER.ID.eq(user.userId())).fetchOne(APP_USER.ENABLED)).isTrue();

        _setValue(inDialog(PasswordField.class, "Ihr Passwort"), TestWorld.PASSWORD);
        FakeHttpSession session = (FakeHttpSession) ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
        clickInDialog("Mein Konto löschen");

        var row = db.selectFrom(APP_USER).where(APP_USER.ID.eq(user.userId())).fetchOne();
        assertThat(row.getEnabled()).isFalse();
        assertThat(row.getDeletedAt()).isNotNull();
        assertThat(row.getEmail()).doesNotContain("security-view");
        assertThat(session.isValid()).as("this session ended too").isFalse();
    }

    @Test
    void theLastAdminIsToldWhyTheAccountCannotBeDeleted() {
        TestAccounts.Account admin = accounts.internal("only-admin", Role.STAFF, Role.ADMIN);
        login(admin.email());
        navigate("account/security");
        List<Long> otherAdmins = accounts.makeLastAdmin(admin.userId());
        try {

            click("Konto löschen");
            _setValue(inDialog(PasswordField.class, "Ihr Passwort"), TestWorld.PASSWORD);
            clickInDialog("Mein Konto löschen");

            assertThat(inDialog(PasswordField.class, "Ihr Passwort").getErrorMessage())
                    .startsWith("Sie sind der letzte Administrator.");
            assertThat(db.select(APP_USER.ENABLED).from(APP_USER).where(APP_USER.ID.eq(admin.userId()))
                    .fetchOne(APP_USER.ENABLED)).isTrue();
        } finally {
            accounts.enableAgain(otherAdmins);
        }
    }
}
