package org.kundenportal.invoices.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.RequiresArea;
import org.kundenportal.invoices.domain.InvoiceRepository;

/** The portal's invoices: ours to the user's companies and, for suppliers, the bills they sent us. */
@Route("invoices")
@RolesAllowed({Roles.CUSTOMER, Roles.PARTNER, Roles.SUPPLIER, Roles.STAFF, Roles.ADMIN})
@RequiresArea(AreaPermission.INVOICES)
public class InvoicesView extends Main implements HasDynamicTitle {

    private final InvoiceList list;

    public InvoicesView(InvoiceRepository invoices, CurrentUser currentUser) {
        addClassName("list-view");
        PortalScope scope = currentUser.scope();
        boolean showCompany = currentUser.get().map(user -> user.has(Role.PARTNER) || user.isInternal()).orElse(false);
        list = new InvoiceList(invoices, scope, false, null, showCompany,
                row -> UI.getCurrent().navigate("invoices/" + row.number()));
        add(new H1(getTranslation("nav.invoices")), list);
    }

    InvoiceList list() {
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.invoices");
    }
}
