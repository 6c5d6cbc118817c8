package org.kundenportal.invoices.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.kundenportal.invoices.domain.InvoiceService;

/** The back office's invoices and vendor bills of every company, drafts included. */
@Route("staff/invoices")
@Menu(order = 1060, icon = "vaadin:invoice", title = "nav.staff-invoices")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class StaffInvoicesView extends Main implements HasDynamicTitle {

    private final InvoiceList list;

    public StaffInvoicesView(InvoiceRepository invoices, InvoiceService service, ContactRepository contacts,
                             CurrentUser currentUser, Settings settings) {
        addClassName("list-view");
        list = new InvoiceList(invoices, PortalScope.staff(), true, contacts, true,
                row -> UI.getCurrent().navigate("staff/invoices/" + row.number()));
        Button fromOrder = new Button(getTranslation("invoices.create.from-order"), VaadinIcon.PLUS.create(),
                click -> new CreateFromOrderDialog(invoices, service, contacts, currentUser.require().id(),
                        number -> UI.getCurrent().navigate("staff/invoices/" + number)).open());
        fromOrder.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fromOrder.addClassName("invoice-create-from-order");
        Button bill = new Button(getTranslation("invoices.bill.new"), VaadinIcon.FILE_ADD.create(),
                click -> new VendorBillDialog(service, contacts, defaultTaxRate(settings), currentUser.require().id(),
                        number -> UI.getCurrent().navigate("staff/invoices/" + number)).open());
        bill.addClassName("invoice-new-vendor-bill");
        Button received = new Button(getTranslation("einvoice.in.staff.title"), VaadinIcon.INBOX.create(),
                click -> UI.getCurrent().navigate("staff/incoming-invoices"));
        received.addClassName("invoice-received-einvoices");
        list.filterBar().addToToolbar(fromOrder, bill, received);
        add(new H1(getTranslation("nav.staff-invoices")), list);
    }

    private static BigDecimal defaultTaxRate(Settings settings) {
        try {
            return new BigDecimal(settings.get(SettingKey.DEFAULT_TAX_RATE).strip());
        } catch (NumberFormatException e) {
            return new BigDecimal(SettingKey.DEFAULT_TAX_RATE.defaultValue());
        }
    }

    InvoiceList list() {
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staff-invoices");
    }
}
