package org.kundenportal.access.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.APP_USER;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.access.AccessFixtures;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.users.domain.NewUser;
import org.kundenportal.users.domain.UserAccount;
import org.kundenportal.users.domain.UserRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What admins (and only admins) do on the user list. */
class UserAdministrationViewTest extends KaribuTest {

    @Autowired
    DSLContext db;
    @Autowired
    PasswordEncoder encoder;

    AccessFixtures fixtures;
    String email;
    long userId;

    @BeforeEach
    void aStaffUser() {
        fixtures = new AccessFixtures(context);
        email = AccessFixtures.uniqueEmail("kollege");
        userId = fixtures.users.create(new NewUser(email, "Kai Kollege", UserKind.INTERNAL, null,
                encoder.encode(TestWorld.PASSWORD), "de", Set.of(Role.STAFF), Set.of()));
    }

    private Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    @SuppressWarnings("unchecked")
    private void openUser(String search) {
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Name oder E-Mail suchen")), search);
        Grid<UserRow> grid = _get(Grid.class);
        GridKt._clickItem(grid, 0);
    }

    private UserAccount account() {
        return fixtures.users.account(userId).orElseThrow();
    }

    @Test
    void adminCreatesAStaffUserAndInvitesIt() {
        login(TestWorld.ADMIN);
        navigate("staff/users");
        String newEmail = AccessFixtures.uniqueEmail("neu");

        _click(button("Neuer Mitarbeiter"));
        StaffUserDialog dialog = _get(StaffUserDialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Name")), "Nina Neu");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("E-Mail")), newEmail);
        _setValue(_get(dialog, Checkbox.class), true);
        _click(button("Anlegen und einladen"));

        UserAccount created = fixtures.users.accountByEmail(newEmail).orElseThrow();
        assertThat(created.kind()).isEqualTo(UserKind.INTERNAL);
        assertThat(fixtures.users.roles(created.id())).containsExactlyInAnyOrder(Role.STAFF, Role.ADMIN);
        assertThat(fixtures.latestSignUpPath(newEmail)).startsWith("signup/");
        assertThat(_find(StaffUserDialog.class)).isEmpty();
    }

    @Test
    void aTakenEmailShowsOnTheField() {
        login(TestWorld.ADMIN);
        navigate("staff/users");

        _click(button("Neuer Mitarbeiter"));
        StaffUserDialog dialog = _get(StaffUserDialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Name")), "Doppelt");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("E-Mail")), TestWorld.STAFF);
        _click(button("Anlegen und einladen"));

        TextField emailField = _get(dialog, TextField.class, spec -> spec.withLabel("E-Mail"));
        assertThat(emailField.isInvalid()).isTrue();
        assertThat(emailField.getErrorMessage()).isEqualTo("Ein Benutzer mit " + TestWorld.STAFF + " existiert bereits.");
    }

    @Test
    void adminLocksAndUnlocksAUser() {
        login(TestWorld.ADMIN);
        navigate("staff/users");
        openUser(email);

        _click(button("Sperren"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(account().isLocked(Instant.now())).isTrue();

        _click(button("Entsperren"));
        assertThat(account().isLocked(Instant.now())).isFalse();
    }

    @Test
    void adminResetsTwoFactorAuthentication() {
        db.update(APP_USER).set(APP_USER.TOTP_SECRET, "JBSWY3DPEHPK3PXP").set(APP_USER.TOTP_ENABLED_AT, Instant.now())
                .where(APP_USER.ID.eq(userId)).execute();
        login(TestWorld.ADMIN);
        navigate("staff/users");
        openUser(email);

        _click(button("Zwei-Faktor-Authentifizierung zurücksetzen"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(account().twoFactorEnabled()).isFalse();
        assertThat(_find(Button.class, spec -> spec.withText("Zwei-Faktor-Authentifizierung zurücksetzen"))).isEmpty();
    }

    @Test
    void staffWithoutAdminRoleSeeTheListOnly() {
        login(TestWorld.STAFF);
        navigate("staff/users");

        assertThat(_find(Button.class, spec -> spec.withText("Neuer Mitarbeiter"))).isEmpty();
        openUser(email);
        assertThat(_find(UserAdminDialog.class)).isEmpty();
    }
}
