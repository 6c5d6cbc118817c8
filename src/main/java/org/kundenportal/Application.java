package org.kundenportal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@PWA(name = "Kundenportal", shortName = "Portal", description = "Quotes, orders, invoices and support in one place",
        iconPath = "icons/icon.png", themeColor = "#1a56a4", backgroundColor = "#f3f6fb", offlinePath = "offline.html", offlineResources = {"icons/icon.png"})
@Meta(name = "theme-color", content = "#1a56a4")
@StyleSheet(Lumo.STYLESHEET)
// every component's script loads with the app: Vaadin's per-route chunks missed components that views create
// only on demand (dialogs opened from a button), which then showed as unstyled, dead markup
@LoadDependenciesOnStartup
@StyleSheet("themes/portal/styles.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
