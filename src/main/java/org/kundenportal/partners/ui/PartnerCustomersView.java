package org.kundenportal.partners.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.kundenportal.access.domain.AccessEntry;
import org.kundenportal.access.domain.AccessOverview;
import org.kundenportal.access.ui.AreaPermissionsGroup;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.partners.domain.PartnerCustomers;
import org.kundenportal.users.domain.UserAccount;
import org.kundenportal.users.domain.UserAccount.PortalStatus;
import org.kundenportal.users.ui.PortalStatusBadge;

/**
 * A partner's (reseller's) customers with their people and portal status; the partner sets the area
 * permissions of those people, which our staff cannot.
 */
@Route("partner/customers")
@Menu(order = 110, icon = "vaadin:group", title = "nav.partner-customers")
@RolesAllowed(Roles.PARTNER)
public class PartnerCustomersView extends Main implements HasDynamicTitle {

    private final PartnerCustomers customers;
    private final PortalUser partner;
    private final Div list = new Div();

    public PartnerCustomersView(PartnerCustomers customers, CurrentUser currentUser) {
        this.customers = customers;
        this.partner = currentUser.require();
        addClassName("list-view");
        addClassName("partner-customers-view");
        list.addClassName("partner-customers");
        add(new H1(getTranslation("nav.partner-customers")), new Paragraph(getTranslation("partner.intro")), list);
        render();
    }

    private void render() {
        list.removeAll();
        List<AccessOverview> overviews = customers.customersOf(partner);
        if (overviews.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("partner.empty"));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        for (AccessOverview customer : overviews) {
            Div section = new Div();
            section.addClassName("partner-customer");
            section.setId("customer-" + customer.contactId());
            section.add(new H3(customer.contactName()));
            List<AccessEntry> people = customer.entries().stream()
                    .filter(entry -> entry.contactId() != customer.contactId() || entry.user() != null).toList();
            if (people.isEmpty()) {
                section.add(new Paragraph(getTranslation("partner.no-people")));
            }
            people.forEach(entry -> section.add(person(entry)));
            list.add(section);
        }
    }

    private Component person(AccessEntry entry) {
        Div row = new Div();
        row.addClassName("access-entry");
        row.setId("person-" + entry.contactId());
        Span name = new Span(entry.name());
        name.addClassName("access-entry-name");
        Span email = new Span(entry.email() == null ? "" : entry.email());
        HorizontalLayout head = new HorizontalLayout(name, email, new PortalStatusBadge(entry.status()));
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.add(head);
        UserAccount user = entry.user();
        if (user == null) {
            row.add(new Paragraph(getTranslation("partner.no-access")));
            return row;
        }
        Span lastLogin = new Span(getTranslation("access.last-login", user.lastLoginAt() == null
                ? getTranslation("access.never") : Formats.dateTime(user.lastLoginAt(), getLocale())));
        lastLogin.addClassName("access-entry-details");
        AreaPermissionsGroup areas = new AreaPermissionsGroup(entry.areas());
        areas.setEnabled(user.portalStatus() != PortalStatus.REVOKED);
        Button save = new Button(getTranslation("partner.save"), click -> save(user, areas));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.setEnabled(areas.isEnabled());
        row.add(lastLogin, areas, save);
        return row;
    }

    private void save(UserAccount user, AreaPermissionsGroup areas) {
        if (!Feedback.attempt(() -> customers.changeAreaPermissions(partner, user.id(), areas.chosen()))) {
            return;
        }
        Feedback.success(getTranslation("access.saved", user.displayName()));
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.partner-customers");
    }
}
