package org.kundenportal.documents.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.kundenportal.base.ui.grid.ListFilters;
import org.kundenportal.base.ui.LocalizedDatePicker;
import org.kundenportal.documents.domain.DocumentFilter;

/**
 * The toolbar every document list shares: search text, date range and state. Calls back with a new
 * {@link DocumentFilter} on every change; a list adds its own components (a customer filter, buttons) with
 * {@link #addToToolbar}. On a phone the filters fold behind one button ({@link ListFilters}).
 *
 * @param <S> the list's state enum
 */
public class DocumentFilterBar<S extends Enum<S>> extends Composite<ListFilters> {

    private final TextField search = new TextField();
    private final DatePicker from = new LocalizedDatePicker();
    private final DatePicker to = new LocalizedDatePicker();
    private final Select<Optional<S>> state = new Select<>();
    private final Consumer<DocumentFilter<S>> onChange;
    private final Function<S, String> stateLabel;
    private Long companyId;

    /**
     * @param states     the states the user can pick, in order
     * @param stateLabel the translated label of a state
     */
    public DocumentFilterBar(List<S> states, Function<S, String> stateLabel, Consumer<DocumentFilter<S>> onChange) {
        this.onChange = onChange;
        this.stateLabel = stateLabel;
        search.setPlaceholder(getTranslation("documents.filter.search"));
        search.setAriaLabel(getTranslation("documents.filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("16rem");
        from.setLabel(getTranslation("documents.filter.from"));
        to.setLabel(getTranslation("documents.filter.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(change -> to.setMin(change.getValue()));
        to.addValueChangeListener(change -> from.setMax(change.getValue()));
        state.setLabel(getTranslation("documents.filter.state"));
        List<Optional<S>> options = new ArrayList<>();
        options.add(Optional.empty());
        states.forEach(value -> options.add(Optional.of(value)));
        state.setItems(options);
        state.setItemLabelGenerator(option -> option.map(stateLabel).orElse(getTranslation("documents.filter.all-states")));
        state.setValue(Optional.empty());

        search.addValueChangeListener(change -> fire());
        from.addValueChangeListener(change -> fire());
        to.addValueChangeListener(change -> fire());
        state.addValueChangeListener(change -> fire());

        getContent().add(search, from, to, state);
    }

    /**
     * Names the state filter for lists whose "state" is something else (e.g. the receipts' payment method).
     *
     * @param labelKey    translation key of the field's label
     * @param allLabelKey translation key of the option that filters nothing
     */
    public void nameStateFilter(String labelKey, String allLabelKey) {
        state.setLabel(getTranslation(labelKey));
        state.setItemLabelGenerator(option -> option.map(stateLabel).orElse(getTranslation(allLabelKey)));
    }

    /** Adds filters (folded on a phone) and actions (always shown) to the bar. */
    public void addToToolbar(com.vaadin.flow.component.Component... components) {
        getContent().add(components);
    }

    public ListFilters filters() {
        return getContent();
    }

    /** For staff lists: restricts to one customer or supplier company (null for all). */
    public void setCompanyId(Long companyId) {
        this.companyId = companyId;
        fire();
    }

    public void setState(S value) {
        state.setValue(Optional.ofNullable(value));
    }

    public TextField searchField() {
        return search;
    }

    public DocumentFilter<S> filter() {
        return new DocumentFilter<>(search.getValue(), from.getValue(), to.getValue(), state.getValue().orElse(null),
                companyId);
    }

    private void fire() {
        onChange.accept(filter());
    }
}
