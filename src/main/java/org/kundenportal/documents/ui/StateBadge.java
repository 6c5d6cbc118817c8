package org.kundenportal.documents.ui;

import com.vaadin.flow.component.html.Span;

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
}
