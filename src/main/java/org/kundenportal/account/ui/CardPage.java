package org.kundenportal.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;

/** A page outside the shell, like the login: one card under the selling company's name. */
abstract class CardPage extends Main {

    private final Div card = new Div();
    private final H2 heading = new H2();

    CardPage(String companyName) {
        addClassName("login-view");
        Image logo = new Image("icons/icon.png", "");
        logo.addClassName("login-logo");
        card.addClassName("login-card");
        card.addClassName("account-card");
        add(card);
        card.add(logo, new H1(companyName), heading);
    }

    /** Replaces what the card shows under the company's name. */
    protected void show(String title, Component... content) {
        card.getChildren().skip(3).toList().forEach(card::remove);
        heading.setText(title);
        card.add(content);
    }
}
