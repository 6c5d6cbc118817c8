package org.kundenportal.invoices.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.RequiresArea;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.kundenportal.invoices.incoming.domain.ReceivedEInvoiceRepository;
import org.kundenportal.invoices.incoming.domain.ReceivedEInvoiceService;
import org.kundenportal.invoices.incoming.ui.SubmittedEInvoices;

/** The portal's invoices: ours to the user's companies and, for suppliers, the bills they sent us. */
@Route("invoices")
@Menu(order = 50, icon = "vaadin:invoice", title = "nav.invoices")
@RolesAllowed({Roles.CUSTOMER, Roles.PARTNER, Roles.SUPPLIER, Roles.STAFF, Roles.ADMIN})
@RequiresArea(AreaPermission.INVOICES)
public class InvoicesView extends Main implements HasDynamicTitle {

    private final InvoiceList list;

    public InvoicesView(InvoiceRepository invoices, CurrentUser currentUser, ReceivedEInvoiceRepository receivedFiles,
                        ReceivedEInvoiceService receivedService) {
        addClassName("list-view");
        PortalScope scope = currentUser.scope();
        boolean showCompany = currentUser.get().map(user -> user.has(Role.PARTNER) || user.isInternal()).orElse(false);
        list = new InvoiceList(invoices, scope, false, null, showCompany,
                row -> UI.getCurrent().navigate("invoices/" + row.number()));
        add(new H1(getTranslation("nav.invoices")), list);
        // a supplier's users send their bills as e-invoices here (one supplier company per user)
        boolean supplier = currentUser.get().map(user -> user.has(Role.SUPPLIER)).orElse(false);
        if (supplier && !scope.supplierCompanyIds().isEmpty()) {
            add(new SubmittedEInvoices(receivedFiles, receivedService, scope,
                    scope.supplierCompanyIds().iterator().next(), currentUser.require().id()));
        }
    }

    InvoiceList list() {
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.invoices");
    }
}
