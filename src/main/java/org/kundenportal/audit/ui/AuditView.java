package org.kundenportal.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.kundenportal.base.audit.AuditEntry;
import org.kundenportal.base.audit.AuditLog;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.grid.GridSorts;
import org.kundenportal.base.ui.grid.ListCard;
import org.kundenportal.base.ui.grid.ListFilters;
import org.kundenportal.base.ui.grid.ResponsiveGrid;

/** The audit log for admins: newest first, searchable, paged in SQL. */
@Route("staff/audit")
@Menu(order = 2050, icon = "vaadin:clipboard-text", title = "nav.staff-audit")
@RolesAllowed(Roles.ADMIN)
public class AuditView extends Main implements HasDynamicTitle {

    public AuditView(AuditLog auditLog) {
        addClassName("list-view");
        ConfigurableFilterDataProvider<AuditEntry, Void, String> entries = DataProvider.<AuditEntry, String>fromFilteringCallbacks(
                query -> auditLog.page(query.getFilter().orElse(null), query.getOffset(), query.getLimit(),
                        GridSorts.of(query)).stream(),
                query -> auditLog.count(query.getFilter().orElse(null))).withConfigurableFilter();

        TextField search = new TextField();
        search.setPlaceholder(getTranslation("audit.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> entries.setFilter(change.getValue()));

        Grid<AuditEntry> grid = new Grid<>();
        grid.addColumn(entry -> Formats.dateTime(entry.occurredAt(), getLocale())).setHeader(getTranslation("audit.when"))
                .setKey("occurredAt").setSortable(true).setAutoWidth(true);
        grid.addColumn(AuditEntry::actorEmail).setHeader(getTranslation("audit.who")).setKey("actorEmail")
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("audit.action." + entry.action())).setHeader(getTranslation("audit.what"))
                .setKey("action").setSortable(true).setAutoWidth(true);
        grid.addColumn(entry -> entry.targetType() == null ? "" : targetType(entry.targetType()) + " " + (entry.targetId() == null ? "" : entry.targetId()))
                .setHeader(getTranslation("audit.target")).setKey("target").setAutoWidth(true);
        grid.addColumn(AuditEntry::details).setHeader(getTranslation("audit.details")).setKey("details").setFlexGrow(1);
        grid.addColumn(AuditEntry::clientAddress).setHeader(getTranslation("audit.address")).setKey("address").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(entries);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        ResponsiveGrid.of(grid, ListCard.<AuditEntry>titled(entry -> getTranslation("audit.action." + entry.action()))
                        .detail(entry -> Formats.dateTime(entry.occurredAt(), getLocale()))
                        .meta(AuditEntry::actorEmail, AuditEntry::details))
                .hideOnTablet("target", "address");
        ListFilters toolbar = new ListFilters();
        toolbar.add(search);
        add(new H1(getTranslation("nav.staff-audit")), toolbar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staff-audit");
    }

    /** What an entry concerns, by name; a type without a translation is shown as recorded. */
    private String targetType(String type) {
        String label = getTranslation("audit.target." + type.toLowerCase(Locale.ROOT));
        return label.startsWith("!") ? type : label;
    }
}
