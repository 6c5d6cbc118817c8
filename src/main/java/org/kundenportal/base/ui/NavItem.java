package org.kundenportal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.server.menu.MenuEntry;

/**
 * One place the side navigation and the home cards lead to, as its view declares it with {@code @Menu}: the title
 * is the translation key of its label ({@code nav.invoices}), whose {@code .description} says what the card is for.
 */
public record NavItem(String path, String labelKey, String icon, MenuSection section, Class<? extends Component> view) {

    static NavItem of(MenuEntry entry) {
        String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
        return new NavItem(path, entry.title(), entry.icon(), MenuSection.of(entry.order()), entry.menuClass());
    }

    public String descriptionKey() {
        return labelKey + ".description";
    }

    public Icon createIcon() {
        return new Icon(icon);
    }
}
