package org.kundenportal.base.ui.grid;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.io.Serializable;

/**
 * What a list row shows as a card on a phone: a title (the number or name), a detail beside it (amount, last
 * change), a line below (date, company, subject) and the row's badge. Drawn in the browser from plain values like
 * the badges of the columns, so a card keeps no components on the server.
 *
 * @param <T> the row type
 */
public final class ListCard<T> implements Serializable {

    /** One template for every list, so the Content-Security-Policy's function table needs one entry for it. */
    static final String TEMPLATE = "<div class=\"list-card\">"
            + "<div class=\"list-card-line\"><span class=\"list-card-title\">${item.cardTitle}</span>"
            + "<span class=\"list-card-detail\">${item.cardDetail}</span></div>"
            + "<div class=\"list-card-line\"><span class=\"list-card-meta\">${item.cardMeta}</span>"
            + "<span class=\"${item.cardBadgeClass}\" theme=\"${item.cardBadgeTheme}\">${item.cardBadgeText}</span></div>"
            + "</div>";

    private final ValueProvider<T, String> title;
    private ValueProvider<T, String> detail = row -> "";
    private ValueProvider<T, String> meta = row -> "";
    private ValueProvider<T, ? extends Component> badge;

    private ListCard(ValueProvider<T, String> title) {
        this.title = title;
    }

    public static <T> ListCard<T> titled(ValueProvider<T, String> title) {
        return new ListCard<>(title);
    }

    /** Shown at the right of the title: the amount, or what a list has instead of one. */
    public ListCard<T> detail(ValueProvider<T, String> detail) {
        this.detail = detail;
        return this;
    }

    /** The line below the title: a date, a company, a subject; several values joined with " · ". */
    @SafeVarargs
    public final ListCard<T> meta(ValueProvider<T, String>... parts) {
        this.meta = row -> join(row, parts);
        return this;
    }

    /** The row's state as the same badge component its column shows; only its text, theme and class are read. */
    public ListCard<T> badge(ValueProvider<T, ? extends Component> badge) {
        this.badge = badge;
        return this;
    }

    LitRenderer<T> renderer() {
        return LitRenderer.<T>of(TEMPLATE)
                .withProperty("cardTitle", row -> text(title.apply(row)))
                .withProperty("cardDetail", row -> text(detail.apply(row)))
                .withProperty("cardMeta", row -> text(meta.apply(row)))
                .withProperty("cardBadgeText", row -> badge == null ? "" : badge.apply(row).getElement().getTextRecursively())
                .withProperty("cardBadgeTheme", row -> attribute(row, "theme"))
                .withProperty("cardBadgeClass", row -> attribute(row, "class"));
    }

    /** The card's texts as a user reads them, for tests and for the card's accessible text. */
    String describe(T row) {
        String badgeText = badge == null ? "" : badge.apply(row).getElement().getTextRecursively();
        return String.join(" | ", text(title.apply(row)), text(detail.apply(row)), text(meta.apply(row)), badgeText);
    }

    private String attribute(T row, String name) {
        if (badge == null) {
            return "";
        }
        return text(badge.apply(row).getElement().getAttribute(name));
    }

    @SafeVarargs
    private static <T> String join(T row, ValueProvider<T, String>... parts) {
        StringBuilder joined = new StringBuilder();
        for (ValueProvider<T, String> part : parts) {
            String value = text(part.apply(row));
            if (!value.isBlank()) {
                joined.append(joined.isEmpty() ? "" : " · ").append(value);
            }
        }
        return joined.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
