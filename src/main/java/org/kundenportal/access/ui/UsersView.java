package org.kundenportal.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
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
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kundenportal.access.domain.PortalAccessService;
import org.kundenportal.access.domain.UserAdministration;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.base.ui.grid.GridSorts;
import org.kundenportal.base.ui.grid.ListCard;
import org.kundenportal.base.ui.grid.ListFilters;
import org.kundenportal.base.ui.grid.ResponsiveGrid;
import org.kundenportal.users.domain.UserFilter;
import org.kundenportal.users.domain.UserRepository;
import org.kundenportal.users.domain.UserRow;

/** All users, portal and internal, with their roles, state and last login; paged and sorted in SQL. */
@Route("staff/users")
@Menu(order = 2010, icon = "vaadin:user-card", title = "nav.staff-users")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class UsersView extends Main implements HasDynamicTitle {

    private final Grid<UserRow> grid = new Grid<>();
    private final Select<Optional<UserKind>> kind = new Select<>();
    private final TextField search = new TextField();
    private final ConfigurableFilterDataProvider<UserRow, Void, UserFilter> dataProvider;

    public UsersView(UserRepository users, CurrentUser currentUser, UserAdministration administration,
                     PortalAccessService access) {
        addClassName("list-view");
        dataProvider = DataProvider.<UserRow, UserFilter>fromFilteringCallbacks(
                query -> users.page(query.getFilter().orElse(UserFilter.all()), query.getOffset(), query.getLimit(),
                        GridSorts.of(query)).stream(),
                query -> users.count(query.getFilter().orElse(UserFilter.all()))).withConfigurableFilter();

        search.setPlaceholder(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> applyFilter());

        kind.setLabel(getTranslation("users.filter.kind"));
        kind.setItems(Optional.empty(), Optional.of(UserKind.PORTAL), Optional.of(UserKind.INTERNAL));
        kind.setItemLabelGenerator(option -> option.map(k -> getTranslation("users.kind." + k.name().toLowerCase()))
                .orElse(getTranslation("users.kind.all")));
        kind.setValue(Optional.empty());
        kind.addValueChangeListener(change -> applyFilter());

        // text columns share the room; short ones take what they need, so the grid fits a tablet or laptop
        grid.addColumn(UserRow::displayName).setHeader(getTranslation("users.name")).setKey("displayName")
                .setSortable(true).setWidth("10rem").setFlexGrow(1).setResizable(true);
        grid.addColumn(UserRow::email).setHeader(getTranslation("users.email")).setKey("email").setSortable(true)
                .setWidth("11rem").setFlexGrow(1).setResizable(true);
        grid.addColumn(UserRow::companyName).setHeader(getTranslation("users.company")).setKey("company")
                .setWidth("10rem").setFlexGrow(1).setResizable(true);
        grid.addColumn(row -> getTranslation("users.kind.short." + row.kind().name().toLowerCase()))
                .setHeader(getTranslation("users.kind")).setKey("kind").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.roles().stream().map(role -> getTranslation("role." + role.name().toLowerCase()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles")).setKey("roles").setWidth("8rem").setFlexGrow(1);
        grid.addComponentColumn(this::status).setHeader(getTranslation("users.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> Formats.dateTime(row.lastLoginAt(), getLocale())).setHeader(getTranslation("users.last-login"))
                .setKey("lastLoginAt").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(dataProvider);
        grid.setEmptyStateText(getTranslation("users.empty"));

        ResponsiveGrid.of(grid, ListCard.<UserRow>titled(UserRow::displayName)
                        .meta(UserRow::email, UserRow::companyName)
                        .badge(this::status))
                .hideOnTablet("roles", "lastLoginAt");

        ListFilters toolbar = new ListFilters();
        toolbar.add(search, kind);
        add(new H1(getTranslation("nav.staff-users")), toolbar, grid);

        // staff without the admin role see the list only
        PortalUser actor = currentUser.require();
        if (UserAdministration.mayAdminister(actor)) {
            Button create = new Button(getTranslation("users.create"), VaadinIcon.PLUS.create(),
                    click -> new StaffUserDialog(administration, actor, dataProvider::refreshAll).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
            grid.addItemClickListener(click -> new UserAdminDialog(users, administration, access, actor,
                    click.getItem().id(), dataProvider::refreshAll).open());
        }
    }

    private Span status(UserRow row) {
        String key;
        String theme;
        if (!row.enabled()) {
            key = "users.status.disabled";
            theme = "badge error";
        } else if (row.isLocked(Instant.now())) {
            key = "users.status.locked";
            theme = "badge error";
        } else if (!row.registered()) {
            key = "users.status.invited";
            theme = "badge contrast";
        } else {
            key = "users.status.active";
            theme = "badge success";
        }
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().addAll(java.util.List.of(theme.split(" ")));
        return badge;
    }

    private void applyFilter() {
        dataProvider.setFilter(new UserFilter(kind.getValue().orElse(null), search.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staff-users");
    }
}
