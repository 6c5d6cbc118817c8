package org.kundenportal.base.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The side navigation as one piece of HTML: the same {@code vaadin-side-nav} sections, items and icons that
 * {@link SideNav}, {@link SideNavItem} and {@link Icon} components would make, drawn by the browser. The items are
 * plain links the browser's router follows, so the server needs no component, state node or listener per item and
 * icon; as components they were a large part of what every parked session holds (see bench/load).
 */
@Uses(SideNav.class)
@Uses(SideNavItem.class)
@Uses(Icon.class)
final class DrawerNavigation {

    private DrawerNavigation() {
    }

    /** The visible items under their sections' headings, in menu order; labels through {@code translate}. */
    static Html of(List<NavItem> items, Function<String, String> translate) {
        Document document = Document.createShell("");
        // no line breaks or indentation that would become text around the labels
        document.outputSettings().prettyPrint(false);
        Element root = document.body().appendElement("div").addClass("drawer-nav");
        for (MenuSection section : MenuSection.values()) {
            List<NavItem> inSection = items.stream().filter(item -> item.section() == section).toList();
            if (inSection.isEmpty()) {
                continue;
            }
            Element nav = root.appendElement("vaadin-side-nav");
            nav.appendElement("span").attr("slot", "label").text(translate.apply(section.labelKey()));
            for (NavItem item : inSection) {
                Element link = nav.appendElement("vaadin-side-nav-item").attr("path", "/" + item.path());
                link.appendElement("vaadin-icon").attr("icon", item.icon()).attr("slot", "prefix");
                link.appendText(translate.apply(item.labelKey()));
            }
        }
        return new Html(root.outerHtml());
    }
}
