package org.kundenportal.receipts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.receipts.RetailFixtures;
import org.kundenportal.receipts.domain.Employee;
import org.kundenportal.receipts.domain.EmployeeService;
import org.kundenportal.receipts.domain.ReceiptType;

class EmployeesViewTest extends KaribuTest {

    RetailFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new RetailFixtures(context);
    }

    @SuppressWarnings("unchecked")
    private Grid<Employee> grid() {
        return _get(_get(EmployeesView.class), Grid.class);
    }

    private void open(long employeeId) {
        Grid<Employee> grid = grid();
        List<Employee> rows = GridKt._fetch(grid, 0, GridKt._size(grid));
        for (int row = 0; row < rows.size(); row++) {
            if (rows.get(row).id() == employeeId) {
                GridKt._clickItem(grid, row);
                return;
            }
        }
        throw new AssertionError("Employee " + employeeId + " not listed");
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<ReceiptType> receiptType() {
        return _get(_get(EmployeeDialog.class), RadioButtonGroup.class);
    }

    @Test
    void staffListTheCashiersWithTheirReceiptType() {
        RetailFixtures.Cashier byName = fixtures.cashier("Jana Liste", ReceiptType.NAME);
        RetailFixtures.Cashier byReference = fixtures.cashier("Tom Liste", ReceiptType.REFERENCE);
        RetailFixtures.Cashier third = fixtures.cashier("Mia Liste", ReceiptType.NAME);
        login(TestWorld.STAFF);
        navigate("staff/employees");

        assertThat(GridKt._size(grid())).isGreaterThanOrEqualTo(3);
        List<Employee> rows = GridKt._fetch(grid(), 0, GridKt._size(grid()));
        assertThat(rows).extracting(Employee::name).contains(byName.name(), byReference.name(), third.name());
        assertThat(rows).filteredOn(employee -> employee.id() == byReference.id()).singleElement()
                .extracting(Employee::receiptType).isEqualTo(ReceiptType.REFERENCE);
    }

    @Test
    void staffChangeTheReceiptTypeInTheDialog() {
        long employee = fixtures.employee("Emil Einstellung", ReceiptType.NAME);
        login(TestWorld.STAFF);
        navigate("staff/employees");

        open(employee);
        _setValue(receiptType(), ReceiptType.REFERENCE);
        _click(_get(_get(EmployeeDialog.class), Button.class, spec -> spec.withText("Speichern")));

        NotificationsKt.expectNotifications("Der Belegtyp von Emil Einstellung wurde gespeichert.");
        assertThat(_find(EmployeeDialog.class)).isEmpty();
        assertThat(fixtures.employees.find(employee).orElseThrow().receiptType()).isEqualTo(ReceiptType.REFERENCE);
    }

    @Test
    void aChangeMadeMeanwhileInAnotherTabIsNotOverwritten() {
        long employee = fixtures.employee("Konrad Konflikt", ReceiptType.NAME);
        login(TestWorld.ADMIN);
        navigate("staff/employees");
        open(employee);

        context.getBean(EmployeeService.class)
                .changeReceiptType(fixtures.employees.find(employee).orElseThrow(), ReceiptType.REFERENCE);
        _setValue(receiptType(), ReceiptType.NAME);
        _click(_get(_get(EmployeeDialog.class), Button.class, spec -> spec.withText("Speichern")));

        assertThat(_find(EmployeeDialog.class)).hasSize(1);
        assertThat(fixtures.employees.find(employee).orElseThrow().receiptType()).isEqualTo(ReceiptType.REFERENCE);
    }

    @Test
    void customersCannotOpenTheEmployees() {
        login(TestWorld.CUSTOMER);
        navigate("staff/employees");

        assertThat(_find(EmployeesView.class)).isEmpty();
    }
}
