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
        return LitRenderer.<T>of("<span class=\"${item.badgeClass}\" theme=\"${item.badgeTheme}\">${item.badgeText}</span>")
                .withProperty("badgeText", row -> badge.apply(row).getText())
                .withProperty("badgeTheme", row -> badge.apply(row).getElement().getAttribute("theme"))
                .withProperty("badgeClass", row -> badge.apply(row).getElement().getAttribute("class"));
    }
}
