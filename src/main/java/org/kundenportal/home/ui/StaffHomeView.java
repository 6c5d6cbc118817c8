package org.kundenportal.home.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Set;
import org.kundenportal.base.audit.AuditAction;
import org.kundenportal.base.audit.AuditLog;
import org.kundenportal.base.mail.MailDeliveryException;
import org.kundenportal.base.mail.MailService;
import org.kundenportal.base.mail.MailTemplate;
import org.kundenportal.base.mail.PortalLinks;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.base.ui.MenuSection;
import org.kundenportal.users.domain.UserRepository;

/** The back-office start page: the staff sections with a few figures, and the mail check for admins. */
@Route("staff")
@Menu(order = 1010, icon = "vaadin:dashboard", title = "nav.staff-home")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class StaffHomeView extends Main implements HasDynamicTitle {

    public StaffHomeView(CurrentUser currentUser, HomeCards homeCards, UserRepository users, MailService mail,
                         AuditLog audit, PortalLinks links) {
        addClassName("home-view");
        PortalUser user = currentUser.require();
        add(new H1(getTranslation("staff-home.greeting", user.displayName())));
        add(new Paragraph(getTranslation("staff-home.users", users.count(UserKind.PORTAL), users.count(UserKind.INTERNAL))));
        add(homeCards.cards(Set.of(MenuSection.BACK_OFFICE, MenuSection.ADMINISTRATION), StaffHomeView.class));
        if (user.has(Role.ADMIN)) {
            Button testMail = new Button(getTranslation("staff-home.test-mail"), click -> {
                try {
                    mail.send(MailTemplate.TEST_MAIL, user.email(), getLocale().getLanguage(),
                            Map.of("user.name", user.displayName(), "link", links.to("")));
                    audit.record(AuditAction.TEST_MAIL_SENT, "user", user.id(), user.email());
                    Notification.show(getTranslation("staff-home.test-mail.sent", user.email()))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                } catch (MailDeliveryException e) {
                    Notification.show(getTranslation("staff-home.test-mail.failed"))
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
            testMail.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            add(testMail);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staff-home");
    }
}
