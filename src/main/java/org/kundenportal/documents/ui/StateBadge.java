package org.kundenportal.documents.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

/** A document's state as a coloured badge. The tone says how the user should read it. */
public class StateBadge extends Span {

    /** success: done or paid; error: cancelled, overdue, declined; contrast: waiting for someone; normal: open. */
    public enum Tone { NORMAL, SUCCESS, ERROR, CONTRAST, WARNING }

    public StateBadge(String text, Tone tone) {
        setText(text);
        addClassName("state-badge");
        getElement().getThemeList().add("badge");
        switch (tone) {
            case SUCCESS -> getElement().getThemeList().add("success");
            case ERROR -> getElement().getThemeList().add("error");
            case CONTRAST -> getElement().getThemeList().add("contrast");
            case WARNING -> addClassName("state-badge-warning");
            case NORMAL -> { }
        }
    }

    /**
     * The badge of each row as a grid column: the same span, drawn in the browser from its text, theme and class.
     * A component column would keep a component with its state nodes on the server for every rendered row, which
     * is most of what a session on a list view holds (see bench/load). The badge is built per row only to read
     * those three values, so it looks exactly like the component.
     */
    public static <T> LitRenderer<T> renderer(ValueProvider<T, StateBadge> badge) {
        ValueProvider<T, Look> look = new LastRowLook<>(badge);
        return LitRenderer.<T>of("<span class=\"${item.badgeClass}\" theme=\"${item.badgeTheme}\">${item.badgeText}</span>")
                .withProperty("badgeText", row -> look.apply(row).text())
                .withProperty("badgeTheme", row -> look.apply(row).theme())
                .withProperty("badgeClass", row -> look.apply(row).className());
    }

    private record Look(String text, String theme, String className) implements java.io.Serializable {
    }

    /** The grid reads a row's three properties one after the other: the badge is built once for them. */
    private static final class LastRowLook<T> implements ValueProvider<T, Look> {

        private final ValueProvider<T, StateBadge> badge;
        private transient T row;
        private transient Look look;

        LastRowLook(ValueProvider<T, StateBadge> badge) {
            this.badge = badge;
        }

        @Override
        public Look apply(T item) {
            if (item != row || look == null) {
                StateBadge built = badge.apply(item);
                look = new Look(built.getText(), built.getElement().getAttribute("theme"),
                        built.getElement().getAttribute("class"));
                row = item;
            }
            return look;
        }
    }
}
