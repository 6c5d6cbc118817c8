package org.kundenportal.invoices.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.Roles;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.kundenportal.invoices.domain.InvoiceService;

/** The back office's invoices and vendor bills of every company, drafts included. */
@Route("staff/invoices")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class StaffInvoicesView extends Main implements HasDynamicTitle {

    private final InvoiceList list;

    public StaffInvoicesView(InvoiceRepository invoices, InvoiceService service, ContactRepository contacts,
                             CurrentUser currentUser) {
        addClassName("list-view");
        list = new InvoiceList(invoices, PortalScope.staff(), true, contacts, true,
                row -> UI.getCurrent().navigate("staff/invoices/" + row.number()));
        Button fromOrder = new Button(getTranslation("invoices.create.from-order"), VaadinIcon.PLUS.create(),
                click -> new CreateFromOrderDialog(invoices, service, contacts, currentUser.require().id(),
                        number -> UI.getCurrent().navigate("staff/invoices/" + number)).open());
        fromOrder.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fromOrder.addClassName("invoice-create-from-order");
        list.filterBar().addToToolbar(fromOrder);
        add(new H2(getTranslation("nav.staff-invoices")), list);
    }

    InvoiceList list() {
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staff-invoices");
    }
}
