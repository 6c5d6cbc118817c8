package org.kundenportal.invoices.incoming.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.invoices.incoming.domain.ReceivedEInvoiceRepository;
import org.kundenportal.invoices.incoming.domain.ReceivedEInvoiceService;

/**
 * On a supplier's invoices page: the e-invoices their company sent us, each with where it stands (received, posted
 * as our bill number, rejected with the reason), and the button to send another.
 */
public class SubmittedEInvoices extends Section {

    private final ReceivedEInvoiceList list;

    public SubmittedEInvoices(ReceivedEInvoiceRepository files, ReceivedEInvoiceService service, PortalScope scope,
                              long supplierCompanyId, long userId) {
        addClassName("submitted-einvoices");
        list = new ReceivedEInvoiceList(files, scope, false, row -> {
            if (row.billNumber() != null) {
                UI.getCurrent().navigate("invoices/" + row.billNumber());
            }
        });
        Button upload = new Button(getTranslation("einvoice.in.upload.button"), VaadinIcon.UPLOAD.create(),
                click -> new EInvoiceUploadDialog(service, scope, supplierCompanyId, null, userId,
                        id -> list.refresh()).open());
        upload.setId("einvoice-upload-open");
        list.addToToolbar(upload);
        add(new H2(getTranslation("einvoice.in.submitted.title")), list);
    }

    ReceivedEInvoiceList list() {
        return list;
    }
}
