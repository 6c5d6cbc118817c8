package org.kundenportal.purchasing.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.kundenportal.documents.ui.PdfLinks;
import org.kundenportal.purchasing.domain.PurchaseOrder;

/** The top of a purchase order page: its number, state and the PDF links. */
class PurchaseOrderHeader extends HorizontalLayout {

    PurchaseOrderHeader(PurchaseOrder order) {
        add(new H2(getTranslation("purchasing.title", order.number())),
                new PurchaseOrderBadge(order.state(), getTranslation(PurchaseOrderBadge.labelKey(order.state()))),
                new PdfLinks(PdfLinks.Kind.PURCHASE_ORDER, order.number()));
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        addClassName("document-header");
    }
}
