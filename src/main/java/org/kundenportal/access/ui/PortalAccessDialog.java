package org.kundenportal.access.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.EnumSet;
import java.util.Set;
import org.kundenportal.access.domain.AccessEntry;
import org.kundenportal.access.domain.AccessOverview;
import org.kundenportal.access.domain.CompanyContext;
import org.kundenportal.access.domain.PortalAccessService;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.contacts.ui.ContactAccessDialog;
import org.kundenportal.users.domain.UserAccount.PortalStatus;
import org.kundenportal.users.domain.UserAccount;
import org.kundenportal.users.ui.PortalStatusBadge;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * The portal access dialog: the contact and its persons, each with email, portal status and last login,
 * with grant, re-invite and revoke, and the roles and area permissions staff set per user. The contact views open
 * it through {@link ContactAccessDialog}.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class PortalAccessDialog extends Dialog implements ContactAccessDialog {

    private final PortalAccessService access;
    private final CurrentUser currentUser;
    private final Div entries = new Div();
    private long contactId;
    private Runnable onChange = () -> { };

    public PortalAccessDialog(PortalAccessService access, CurrentUser currentUser) {
        this.access = access;
        this.currentUser = currentUser;
        addClassName("portal-access-dialog");
        setWidth("min(900px, 96vw)");
        entries.addClassName("access-entries");
        add(entries);
        getFooter().add(new Button(getTranslation("common.close"), click -> close()));
    }

    @Override
    public void open(long contactId, Runnable onChange) {
        this.contactId = contactId;
        this.onChange = onChange;
        try {
            render();
        } catch (RefusedException refused) {
            Feedback.refused(refused);
            return;
        }
        open();
    }

    private void render() {
        AccessOverview overview = access.overview(contactId);
        setHeaderTitle(getTranslation("access.dialog.title", overview.contactName()));
        entries.removeAll();
        entries.add(new Paragraph(getTranslation("access.dialog.intro")));
        if (overview.permissionsManagedByPartner()) {
            Div notice = new Div(VaadinIcon.INFO_CIRCLE.create(), new Span(getTranslation("access.partner-managed",
                    overview.company().companyName(), overview.company().partnerName())));
            notice.addClassName("access-partner-notice");
            entries.add(notice);
        }
        overview.entries().forEach(entry -> entries.add(entry(entry, overview.company())));
    }

    private Component entry(AccessEntry entry, CompanyContext company) {
        Div card = new Div();
        card.addClassName("access-entry");
        card.setId("access-entry-" + entry.contactId());

        Span name = new Span(entry.name());
        name.addClassName("access-entry-name");
        Span email = new Span(entry.email() == null ? getTranslation("access.no-email") : entry.email());
        email.addClassName(entry.email() == null ? "access-entry-missing" : "access-entry-email");
        HorizontalLayout head = new HorizontalLayout(name, email, new PortalStatusBadge(entry.status()));
        head.addClassName("access-entry-head");
        card.add(head, details(entry));

        boolean editable = entry.status() != PortalStatus.REVOKED;
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("access.roles"));
        roles.setItems(CompanyContext.CHOOSABLE_ROLES);
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name().toLowerCase()));
        roles.setValue(Set.copyOf(entry.roles().stream().filter(CompanyContext.CHOOSABLE_ROLES::contains).toList()));
        if (company.partner()) {
            roles.setHelperText(getTranslation("access.roles.partner"));
        }
        AreaPermissionsGroup areas = new AreaPermissionsGroup(entry.areas());
        if (company.soldByPartner()) {
            areas.setEnabled(false);
            areas.setHelperText(getTranslation("access.areas.partner-managed", company.partnerName()));
        }
        roles.setEnabled(editable);
        areas.setEnabled(editable && !company.soldByPartner());
        card.add(new HorizontalLayout(roles, areas));
        card.add(buttons(entry, company, roles, areas));
        return card;
    }

    private Component details(AccessEntry entry) {
        Span details = new Span();
        details.addClassName("access-entry-details");
        entry.account().ifPresent(user -> details.setText(describe(user)));
        return details;
    }

    private String describe(UserAccount user) {
        String lastLogin = user.lastLoginAt() == null ? getTranslation("access.never")
                : Formats.dateTime(user.lastLoginAt(), getLocale());
        String text = getTranslation("access.last-login", lastLogin);
        if (user.portalStatus() == PortalStatus.INVITED && user.invitedAt() != null) {
            text += " · " + getTranslation("access.invited-at", Formats.dateTime(user.invitedAt(), getLocale()));
        }
        if (user.accessRevokedAt() != null) {
            text += " · " + getTranslation("access.revoked-at", Formats.dateTime(user.accessRevokedAt(), getLocale()));
        }
        return text;
    }

    private Component buttons(AccessEntry entry, CompanyContext company, CheckboxGroup<Role> roles,
                              AreaPermissionsGroup areas) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.addClassName("access-entry-buttons");
        PortalStatus status = entry.status();
        if (status == PortalStatus.NO_ACCESS || status == PortalStatus.REVOKED) {
            Button grant = new Button(getTranslation("access.grant"), VaadinIcon.KEY.create(),
                    click -> act(() -> access.grant(currentUser.require(), entry.contactId(), chosen(roles), areas.chosen()),
                            getTranslation("access.granted", entry.email())));
            grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            buttons.add(grant);
        }
        entry.account().filter(user -> status != PortalStatus.REVOKED && status != PortalStatus.NO_ACCESS).ifPresent(user -> {
            Button save = new Button(getTranslation("access.save"),
                    click -> act(() -> save(user.id(), company, roles, areas), getTranslation("access.saved", user.displayName())));
            save.addThemeVariants(ButtonVariant.LUMO_SMALL);
            buttons.add(save);
            if (status == PortalStatus.INVITED) {
                Button reinvite = new Button(getTranslation("access.reinvite"), VaadinIcon.ENVELOPE_O.create(),
                        click -> act(() -> access.reinvite(currentUser.require(), user.id()),
                                getTranslation("access.reinvited", user.email())));
                reinvite.addThemeVariants(ButtonVariant.LUMO_SMALL);
                buttons.add(reinvite);
            }
            Button revoke = new Button(getTranslation("access.revoke"), VaadinIcon.BAN.create(), click -> confirmRevoke(user));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            buttons.add(revoke);
        });
        return buttons;
    }

    private void save(long userId, CompanyContext company, CheckboxGroup<Role> roles, AreaPermissionsGroup areas) {
        access.changeRoles(currentUser.require(), userId, chosen(roles));
        if (!company.soldByPartner()) {
            access.changeAreaPermissions(currentUser.require(), userId, areas.chosen());
        }
    }

    private void confirmRevoke(UserAccount user) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("access.revoke.confirm.title", user.displayName()));
        confirm.setText(getTranslation("access.revoke.confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("access.revoke.confirm.cancel"));
        confirm.setConfirmText(getTranslation("access.revoke.confirm.ok"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> act(() -> access.revoke(currentUser.require(), user.id()),
                getTranslation("access.revoked", user.displayName())));
        confirm.open();
    }

    private void act(Runnable action, String success) {
        if (!Feedback.attempt(action)) {
            return;
        }
        Feedback.success(success);
        onChange.run();
        render();
    }

    private static Set<Role> chosen(CheckboxGroup<Role> roles) {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        chosen.addAll(roles.getValue());
        return chosen;
    }
}
