package org.kundenportal.quotes.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kundenportal.base.db.ListPages;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.RequiresArea;
import org.kundenportal.base.ui.grid.GridSorts;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.documents.ui.DocumentFilterBar;
import org.kundenportal.quotes.domain.QuoteRepository;
import org.kundenportal.quotes.domain.QuoteRepository.Audience;
import org.kundenportal.quotes.domain.QuoteRow;
import org.kundenportal.quotes.domain.QuoteStatus;

/** The customer's quotes: open, awaiting prepayment, expired and cancelled ones; a row opens the quote. */
@Route("quotes")
@Menu(order = 20, icon = "vaadin:file-text-o", title = "nav.quotes")
@RolesAllowed({Roles.CUSTOMER, Roles.PARTNER, Roles.STAFF, Roles.ADMIN})
@RequiresArea(AreaPermission.QUOTES)
public class QuotesView extends Main implements HasDynamicTitle {

    public QuotesView(QuoteRepository quotes, CurrentUser currentUser) {
        addClassNames("list-view", "quotes-view");
        PortalScope scope = currentUser.scope();
        ConfigurableFilterDataProvider<QuoteRow, Void, DocumentFilter<QuoteStatus>> data = dataProvider(quotes,
                Audience.PORTAL, scope);
        DocumentFilterBar<QuoteStatus> filter = new DocumentFilterBar<>(QuoteStatus.PORTAL, QuoteLabels::label, data::setFilter);
        // a partner sees several companies' quotes
        QuoteGrid grid = new QuoteGrid(scope.customerCompanyIds().size() > 1, row -> "quotes/" + row.number());
        grid.setItems(data);
        grid.setEmptyStateText(getTranslation("quotes.empty"));
        add(new H1(getTranslation("quotes.title")), filter, grid);
    }

    static ConfigurableFilterDataProvider<QuoteRow, Void, DocumentFilter<QuoteStatus>> dataProvider(
            QuoteRepository quotes, Audience audience, PortalScope scope) {
        ListPages pages = new ListPages();
        return DataProvider.<QuoteRow, DocumentFilter<QuoteStatus>>fromFilteringCallbacks(
                        query -> quotes.page(audience, scope, query.getFilter().orElse(DocumentFilter.none()),
                                query.getOffset(), query.getLimit(), GridSorts.of(query), pages).stream(),
                        query -> {
                            DocumentFilter<QuoteStatus> filter = query.getFilter().orElse(DocumentFilter.none());
                            return pages.counted(filter, quotes.count(audience, scope, filter));
                        })
                .withConfigurableFilter();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quotes.title");
    }
}
