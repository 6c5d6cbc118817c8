package org.kundenportal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.vaadin.flow.component.Html;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The side navigation's items as the browser draws them from the drawer's HTML: path (without "/"), label and
 * the prefix icon's name.
 */
public record SideNavLinks(String path, String label, String icon) {

    public static List<SideNavLinks> shown() {
        return _find(Html.class).stream()
                .filter(html -> html.getClassNames().contains("drawer-nav"))
                .flatMap(html -> Jsoup.parseBodyFragment(html.getInnerHtml()).select("vaadin-side-nav-item").stream())
                .map(item -> new SideNavLinks(item.attr("path").substring(1), item.text(),
                        item.select("vaadin-icon[slot=prefix]").attr("icon")))
                .toList();
    }

    /** The headings of the navigation's sections, in their order. */
    public static List<String> sections() {
        return _find(Html.class).stream()
                .filter(html -> html.getClassNames().contains("drawer-nav"))
                .flatMap(html -> Jsoup.parseBodyFragment(html.getInnerHtml()).select("vaadin-side-nav > span[slot=label]")
                        .stream())
                .map(Element::text)
                .toList();
    }

    public static List<String> paths() {
        return shown().stream().map(SideNavLinks::path).toList();
    }

    public static List<String> labels() {
        return shown().stream().map(SideNavLinks::label).toList();
    }
}
