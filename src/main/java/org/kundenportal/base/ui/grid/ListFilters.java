package org.kundenportal.base.ui.grid;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A list's toolbar: its filters and its actions (e.g. "New quote"). On a phone the filters fold behind one
 * "Filter (2)" button that counts the filters in use, and the actions stay visible; wider screens show everything
 * in one wrapping row as before. Which screen is a phone is decided in the styles ({@code .list-filters}), so the
 * toolbar needs no round trip to fold.
 */
public class ListFilters extends Composite<Div> {

    private final Button toggle = new Button();
    private final Div fields = new Div();
    private final Div actions = new Div();
    private final List<HasValue<?, ?>> filters = new ArrayList<>();

    public ListFilters() {
        toggle.setIcon(VaadinIcon.FILTER.create());
        toggle.addClassName("filter-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.addClickListener(click -> setOpen(!isOpen()));
        fields.addClassName("filter-fields");
        actions.addClassName("filter-actions");
        Div bar = getContent();
        bar.addClassNames("list-toolbar", "list-filters");
        bar.add(toggle, fields, actions);
        updateToggle();
    }

    /**
     * Adds components to the toolbar: fields (anything with a value) fold behind the filter button on a phone and
     * are counted when in use; everything else (buttons) is an action and stays visible.
     */
    public void add(Component... components) {
        for (Component component : components) {
            if (component instanceof HasValue<?, ?> filter) {
                fields.add(component);
                filters.add(filter);
                filter.addValueChangeListener(change -> updateToggle());
            } else {
                actions.add(component);
            }
        }
        updateToggle();
    }

    /** How many filters hold a value other than "all". */
    public int activeCount() {
        return (int) filters.stream().filter(filter -> inUse(filter.getValue())).count();
    }

    public Button toggle() {
        return toggle;
    }

    public boolean isOpen() {
        return getContent().hasClassName("filters-open");
    }

    public void setOpen(boolean open) {
        getContent().setClassName("filters-open", open);
        toggle.getElement().setAttribute("aria-expanded", Boolean.toString(open));
    }

    private void updateToggle() {
        int active = activeCount();
        toggle.setText(active == 0 ? getTranslation("lists.filter") : getTranslation("lists.filter.active", active));
    }

    /** Empty text, an empty option ("all states") and no selection all mean the filter is not in use. */
    private static boolean inUse(Object value) {
        return switch (value) {
            case null -> false;
            case String text -> !text.isBlank();
            case Optional<?> option -> option.isPresent();
            case Collection<?> values -> !values.isEmpty();
            case Boolean flag -> flag;
            default -> true;
        };
    }
}
