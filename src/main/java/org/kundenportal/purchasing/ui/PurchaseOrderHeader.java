package org.kundenportal.purchasing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.Totals;
import org.kundenportal.documents.ui.DocumentPage;
import org.kundenportal.documents.ui.PdfLinks;
import org.kundenportal.purchasing.domain.PurchaseOrder;

/** The top of a draft purchase order being edited: its number, state and the PDF links; a sent one is shown in {@link #page}. */
class PurchaseOrderHeader extends HorizontalLayout {

    PurchaseOrderHeader(PurchaseOrder order) {
        add(new H1(getTranslation("purchasing.title", order.number())),
                PurchaseOrderLabels.badge(this, order.state()),
                new PdfLinks(PdfLinks.Kind.PURCHASE_ORDER, order.number()));
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        addClassName("document-header");
    }

    /**
     * The page around a sent purchase order: breadcrumbs to the portal's or the back office's list, the title with
     * the state, the total over the actions. The page adds its actions, then {@link #pdfLinks}.
     */
    static DocumentPage page(Component owner, PurchaseOrder order, List<DocumentLine> lines, boolean staff) {
        return new DocumentPage()
                .breadcrumbs(owner.getTranslation(staff ? "nav.staff-purchase-orders" : "nav.purchase-orders"),
                        staff ? "staff/purchase-orders" : "purchase-orders", order.number())
                .title(owner.getTranslation("purchasing.title", order.number()),
                        PurchaseOrderLabels.badge(owner, order.state()))
                .amount("documents.summary.total", Totals.of(lines).total(), order.currency());
    }

    static PdfLinks pdfLinks(PurchaseOrder order) {
        return new PdfLinks(PdfLinks.Kind.PURCHASE_ORDER, order.number());
    }
}
