package org.kundenportal.quotes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.Roles;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.documents.ui.DocumentFilterBar;
import org.kundenportal.quotes.domain.QuoteRepository;
import org.kundenportal.quotes.domain.QuoteRepository.Audience;
import org.kundenportal.quotes.domain.QuoteRow;
import org.kundenportal.quotes.domain.QuoteStatus;

/** Every customer's quotes, drafts included, with a company filter; a row opens the editor. */
@Route("staff/quotes")
@Menu(order = 1030, icon = "vaadin:file-text-o", title = "nav.staff-quotes")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class StaffQuotesView extends Main implements HasDynamicTitle {

    public StaffQuotesView(QuoteRepository quotes, ContactRepository contacts) {
        addClassNames("list-view", "staff-quotes-view");
        ConfigurableFilterDataProvider<QuoteRow, Void, DocumentFilter<QuoteStatus>> data =
                QuotesView.dataProvider(quotes, Audience.STAFF, PortalScope.staff());
        DocumentFilterBar<QuoteStatus> filter = new DocumentFilterBar<>(List.of(QuoteStatus.values()), QuoteLabels::label,
                data::setFilter);
        ComboBox<ContactOption> company = customerPicker(contacts, getTranslation("quotes.filter.customer"));
        company.setId("staff-quotes-company");
        company.addValueChangeListener(change -> filter.setCompanyId(change.getValue() == null ? null : change.getValue().id()));
        Button create = new Button(getTranslation("quotes.new"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(QuoteEditorView.NEW)));
        create.setId("staff-quotes-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        filter.addToToolbar(company, create);

        QuoteGrid grid = new QuoteGrid(true, row -> "staff/quotes/" + row.number());
        grid.setItems(data);
        grid.setEmptyStateText(getTranslation("quotes.staff.empty"));
        add(new H1(getTranslation("nav.staff-quotes")), filter, grid);
    }

    /** Customer companies, searched lazily by name. */
    static ComboBox<ContactOption> customerPicker(ContactRepository contacts, String label) {
        ComboBox<ContactOption> company = new ComboBox<>(label);
        company.setItems(query -> contacts.customerCompanies(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        company.setItemLabelGenerator(ContactOption::name);
        company.setClearButtonVisible(true);
        return company;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staff-quotes");
    }
}
