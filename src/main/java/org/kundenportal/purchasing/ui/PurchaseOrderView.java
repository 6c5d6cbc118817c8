package org.kundenportal.purchasing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.base.ui.DetailView;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.ui.LocalizedDatePicker;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.ui.DocumentPage;
import org.kundenportal.documents.ui.HistorySection;
import org.kundenportal.documents.ui.PreviewBanner;
import org.kundenportal.purchasing.domain.PurchaseOrder;
import org.kundenportal.purchasing.domain.PurchaseOrderRepository;
import org.kundenportal.purchasing.domain.PurchaseOrderService;
import org.kundenportal.purchasing.domain.PurchaseOrderState;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One purchase order as the supplier sees it, at a shareable address. Looked up within the user's scope, so
 * another company's number and an unknown one end the same way. Staff get the customer preview: the same page,
 * marked, without the acknowledge button and without a "viewed" event.
 */
@Route("purchase-orders/:number")
@RolesAllowed({Roles.SUPPLIER, Roles.STAFF, Roles.ADMIN})
public class PurchaseOrderView extends DetailView<PurchaseOrder> implements HasDynamicTitle {

    private final PurchaseOrderRepository orders;
    private final PurchaseOrderService service;
    private final DocumentLines lines;
    private final Settings settings;
    private final CurrentUser currentUser;
    private final ObjectProvider<HistorySection> history;
    private String title = "";

    public PurchaseOrderView(PurchaseOrderRepository orders, PurchaseOrderService service, DocumentLines lines,
                             Settings settings, CurrentUser currentUser, ObjectProvider<HistorySection> history) {
        super("number");
        this.orders = orders;
        this.service = service;
        this.lines = lines;
        this.settings = settings;
        this.currentUser = currentUser;
        this.history = history;
        addClassName("purchase-order-page");
    }

    @Override
    protected Optional<PurchaseOrder> find(String number) {
        return orders.find(currentUser.scope(), number);
    }

    @Override
    protected void show(PurchaseOrder order) {
        PortalUser user = currentUser.require();
        if (!user.isInternal()) {
            service.recordView(order, user);
        }
        render(order, user.isInternal());
    }

    private void render(PurchaseOrder order, boolean preview) {
        removeAll();
        title = getTranslation("purchasing.title", order.number());
        if (preview) {
            add(new PreviewBanner());
        }
        List<DocumentLine> orderLines = lines.of(order.ref());
        DocumentPage page = PurchaseOrderHeader.page(this, order, orderLines, false);
        if (!preview && order.state() == PurchaseOrderState.SENT) {
            page.actions(acknowledgement(order));
        }
        page.actions(PurchaseOrderHeader.pdfLinks(order));
        page.content(new PurchaseOrderDetails(order, orderLines, settings.companyProfile()));
        history.ifAvailable(section -> page.content(section.create(order.ref(), preview)));
        add(page);
    }

    /** The acknowledge button, with the delivery date the supplier may confirm. */
    private HorizontalLayout acknowledgement(PurchaseOrder order) {
        DatePicker confirmedDate = new LocalizedDatePicker(getTranslation("purchasing.confirmed-date"));
        confirmedDate.setHelperText(getTranslation("purchasing.confirmed-date.helper"));
        confirmedDate.setMin(order.orderDate());
        confirmedDate.setClearButtonVisible(true);
        confirmedDate.addClassName("purchase-order-confirmed-date");
        Button acknowledge = new Button(getTranslation("purchasing.acknowledge"), VaadinIcon.CHECK.create(), click -> {
            if (confirmedDate.isInvalid()) {
                Feedback.error(getTranslation("purchasing.confirmed-date.before-order"));
                click.getSource().setEnabled(true);
                return;
            }
            acknowledge(order, confirmedDate.getValue());
        });
        acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        acknowledge.setDisableOnClick(true);
        acknowledge.addClassName("purchase-order-acknowledge");
        HorizontalLayout acknowledgement = new HorizontalLayout(confirmedDate, acknowledge);
        acknowledgement.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        acknowledgement.addClassName("purchase-order-acknowledgement");
        return acknowledgement;
    }

    private void acknowledge(PurchaseOrder order, LocalDate confirmedDate) {
        if (Feedback.attempt(() -> service.acknowledge(order.number(), currentUser.scope(), currentUser.require().id(),
                confirmedDate))) {
            Feedback.success(getTranslation("purchasing.acknowledge.done", order.number()));
        }
        orders.find(currentUser.scope(), order.number()).ifPresent(current -> render(current, false));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
