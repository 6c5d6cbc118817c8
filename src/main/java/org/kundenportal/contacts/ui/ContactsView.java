package org.kundenportal.contacts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.grid.GridSorts;
import org.kundenportal.base.ui.grid.ListCard;
import org.kundenportal.base.ui.grid.ListFilters;
import org.kundenportal.base.ui.grid.ResponsiveGrid;
import org.kundenportal.contacts.domain.ContactDraft;
import org.kundenportal.contacts.domain.ContactFilter;
import org.kundenportal.contacts.domain.ContactKind;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.contacts.domain.ContactRow;
import org.kundenportal.users.ui.PortalStatusBadge;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Master data: companies and persons, searched, filtered and sorted in SQL. A row opens the contact; its
 * button opens the portal access dialog.
 */
@Route("staff/contacts")
@Menu(order = 1020, icon = "vaadin:users", title = "nav.staff-contacts")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class ContactsView extends Main implements HasDynamicTitle {

    private final Grid<ContactRow> grid = new Grid<>();
    private final Select<Optional<ContactKind>> kind = new Select<>();
    private final TextField search = new TextField();
    private final ConfigurableFilterDataProvider<ContactRow, Void, ContactFilter> dataProvider;
    private final ContactRepository contacts;
    private final ObjectProvider<ContactDialog> contactDialogs;
    private final ObjectProvider<ContactAccessDialog> accessDialogs;

    public ContactsView(ContactRepository contacts, ObjectProvider<ContactDialog> contactDialogs,
                        ObjectProvider<ContactAccessDialog> accessDialogs) {
        this.contacts = contacts;
        this.contactDialogs = contactDialogs;
        this.accessDialogs = accessDialogs;
        addClassName("list-view");
        dataProvider = DataProvider.<ContactRow, ContactFilter>fromFilteringCallbacks(
                query -> contacts.page(query.getFilter().orElse(ContactFilter.all()), query.getOffset(), query.getLimit(),
                        GridSorts.of(query)).stream(),
                query -> contacts.count(query.getFilter().orElse(ContactFilter.all()))).withConfigurableFilter();

        search.setPlaceholder(getTranslation("contacts.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> applyFilter());
        search.setWidth("20rem");

        kind.setLabel(getTranslation("contacts.filter.kind"));
        kind.setItems(Optional.empty(), Optional.of(ContactKind.COMPANY), Optional.of(ContactKind.PERSON));
        kind.setItemLabelGenerator(option -> option.map(k -> getTranslation(kindKey(k)))
                .orElse(getTranslation("contacts.kind.all")));
        kind.setValue(Optional.empty());
        kind.addValueChangeListener(change -> applyFilter());

        Button newCompany = new Button(getTranslation("contacts.new-company"), VaadinIcon.BUILDING.create(),
                click -> edit(ContactDraft.newCompany()));
        newCompany.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button newPerson = new Button(getTranslation("contacts.new-person"), VaadinIcon.USER.create(),
                click -> edit(ContactDraft.newPerson(null)));

        grid.addColumn(row -> getTranslation(kindKey(row.kind()))).setHeader(getTranslation("contacts.kind"))
                .setKey("kind").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        // name, company and email share the room that is left; long values show in full when a column is widened
        grid.addColumn(ContactRow::name).setHeader(getTranslation("contacts.name")).setKey("name").setSortable(true)
                .setWidth("9rem").setFlexGrow(2).setResizable(true);
        grid.addColumn(ContactRow::companyName).setHeader(getTranslation("contacts.company")).setKey("company")
                .setSortable(true).setWidth("9rem").setFlexGrow(2).setResizable(true);
        grid.addColumn(ContactRow::email).setHeader(getTranslation("contacts.email")).setKey("email").setSortable(true)
                .setWidth("9rem").setFlexGrow(2).setResizable(true);
        grid.addColumn(ContactRow::city).setHeader(getTranslation("contacts.city")).setKey("city").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ContactRow::vatId).setHeader(getTranslation("contacts.vat-id")).setKey("vatId").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> new PortalStatusBadge(row.portalStatus())).setHeader(getTranslation("contacts.portal"))
                .setKey("portal").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::accessButton).setHeader(getTranslation("documents.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(dataProvider);
        grid.setEmptyStateText(getTranslation("contacts.empty"));
        grid.addItemClickListener(click -> contacts.find(click.getItem().id()).ifPresent(this::edit));

        // the access button opens the access dialog, so a phone keeps it beside the card; a tablet keeps the
        // portal status and the button and leaves out city and VAT id
        ResponsiveGrid.of(grid, ListCard.<ContactRow>titled(ContactRow::name)
                        .meta(row -> getTranslation(kindKey(row.kind())), ContactRow::companyName)
                        .badge(row -> new PortalStatusBadge(row.portalStatus())))
                .keepOnPhone("actions")
                .hideOnTablet("city", "vatId", "kind");

        ListFilters toolbar = new ListFilters();
        toolbar.add(search, kind, newCompany, newPerson);
        add(new H1(getTranslation("nav.staff-contacts")), toolbar, grid);
    }

    private Button accessButton(ContactRow row) {
        Button button = new Button(getTranslation("contacts.grant-access"), VaadinIcon.KEY.create(),
                click -> accessDialogs.getObject().open(row.id(), dataProvider::refreshAll));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void edit(ContactDraft contact) {
        contactDialogs.getObject().open(contact, dataProvider::refreshAll);
    }

    private void applyFilter() {
        dataProvider.setFilter(new ContactFilter(kind.getValue().orElse(null), search.getValue()));
    }

    static String kindKey(ContactKind kind) {
        return "contacts.kind." + kind.name().toLowerCase();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staff-contacts");
    }
}
