package org.kundenportal.invoices.incoming.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.Roles;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.invoices.incoming.domain.ReceivedEInvoiceRepository;
import org.kundenportal.invoices.incoming.domain.ReceivedEInvoiceService;

/** The back office's received e-invoices of every supplier, waiting ones first to hand; staff can upload one, too. */
@Route("staff/incoming-invoices")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class StaffReceivedEInvoicesView extends Main implements HasDynamicTitle {

    static final String PATH = "staff/incoming-invoices";

    private final ReceivedEInvoiceList list;

    public StaffReceivedEInvoicesView(ReceivedEInvoiceRepository files, ReceivedEInvoiceService service,
                                      ContactRepository contacts, CurrentUser currentUser) {
        addClassName("list-view");
        list = new ReceivedEInvoiceList(files, PortalScope.staff(), true,
                row -> UI.getCurrent().navigate(PATH + "/" + row.id()));
        Button upload = new Button(getTranslation("einvoice.in.upload.button"), VaadinIcon.UPLOAD.create(),
                click -> new EInvoiceUploadDialog(service, PortalScope.staff(), null, contacts,
                        currentUser.require().id(), id -> UI.getCurrent().navigate(PATH + "/" + id)).open());
        upload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        upload.setId("einvoice-upload-open");
        list.addToToolbar(upload);
        add(new H1(getTranslation("einvoice.in.staff.title")), list);
    }

    ReceivedEInvoiceList list() {
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("einvoice.in.staff.title");
    }
}
