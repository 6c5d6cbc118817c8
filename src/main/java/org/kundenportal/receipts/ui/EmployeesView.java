package org.kundenportal.receipts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.grid.GridSorts;
import org.kundenportal.base.ui.grid.ListCard;
import org.kundenportal.base.ui.grid.ResponsiveGrid;
import org.kundenportal.receipts.domain.Employee;
import org.kundenportal.receipts.domain.EmployeeRepository;
import org.kundenportal.receipts.domain.EmployeeService;
import org.kundenportal.receipts.domain.ReceiptType;

/** The employees who work the registers, with the HR setting how their receipts name them. */
@Route("staff/employees")
@Menu(order = 1100, icon = "vaadin:user-clock", title = "nav.staff-employees")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class EmployeesView extends Main implements HasDynamicTitle {

    private final Grid<Employee> grid = new Grid<>();
    private final EmployeeRepository employees;
    private final EmployeeService service;

    public EmployeesView(EmployeeRepository employees, EmployeeService service) {
        this.employees = employees;
        this.service = service;
        addClassName("list-view");
        grid.addColumn(Employee::name).setHeader(getTranslation("employees.name")).setKey("name").setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(Employee::reference).setHeader(getTranslation("employees.reference")).setKey("reference")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(employee -> receiptTypeLabel(this, employee.receiptType()))
                .setHeader(getTranslation("employees.receipt-type")).setKey("receiptType").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(employee -> getTranslation(employee.active() ? "employees.active" : "employees.inactive"))
                .setHeader(getTranslation("employees.status")).setKey("active").setSortable(true).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> employees.page(query.getOffset(), query.getLimit(), GridSorts.of(query)).stream(),
                query -> employees.count());
        grid.setEmptyStateText(getTranslation("employees.empty"));
        grid.addItemClickListener(click -> edit(click.getItem()));
        ResponsiveGrid.of(grid, ListCard.<Employee>titled(Employee::name)
                .detail(employee -> getTranslation(employee.active() ? "employees.active" : "employees.inactive"))
                .meta(Employee::reference, employee -> receiptTypeLabel(this, employee.receiptType())));
        add(new H1(getTranslation("nav.staff-employees")), grid);
    }

    private void edit(Employee employee) {
        // the dialog edits what is stored now, with its version, not what the grid cached
        employees.find(employee.id()).ifPresent(current ->
                new EmployeeDialog(current, service, grid.getDataProvider()::refreshAll).open());
    }

    static String receiptTypeLabel(Component component, ReceiptType type) {
        return component.getTranslation("employees.receipt-type." + type.name().toLowerCase());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staff-employees");
    }
}
