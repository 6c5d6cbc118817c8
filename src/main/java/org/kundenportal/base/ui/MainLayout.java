package org.kundenportal.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import org.kundenportal.base.i18n.TranslationProvider;
import org.kundenportal.base.i18n.UserLanguage;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.settings.Settings;

/**
 * The one shell around every view: the selling company's name, the side navigation with what the user may
 * open, and the user menu (language, logout). Anonymous users see it only around error views.
 */
@Layout
@AnonymousAllowed
@JsModule("./grid-sorter-label.js")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Navigation navigation;
    private final CurrentUser currentUser;
    private final Scroller navScroller = new Scroller();
    /** what the side navigation shows now, so that a navigation that changes nothing keeps it */
    private List<NavItem> shownItems;

    public MainLayout(Navigation navigation, CurrentUser currentUser, Settings settings, UserLanguage language) {
        this.navigation = navigation;
        this.currentUser = currentUser;
        String companyName = settings.companyProfile().name();

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        Span title = new Span(companyName);
        title.addClassName("app-title");
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        // one banner landmark around the top bar, so that screen readers find all of it
        Header navbar = new Header(toggle, title, spacer);
        navbar.addClassName("app-navbar");
        currentUser.get().ifPresent(user -> navbar.add(userMenu(user, language)));
        addToNavbar(navbar);

        Image logo = BrandLogo.create(settings, companyName, "drawer-logo");
        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("drawer-app-name");
        Header drawerHeader = new Header(logo, appName);
        drawerHeader.addClassName("drawer-header");
        Footer drawerFooter = new Footer(new Span(companyName));
        drawerFooter.addClassName("drawer-footer");
        addToDrawer(drawerHeader, navScroller, drawerFooter);
        setPrimarySection(Section.DRAWER);
    }

    /** The grids' sort headers are labelled by the browser from this (frontend/grid-sorter-label.js). */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getElement().setAttribute("data-kp-sort-by", getTranslation("grid.sort-by", "{0}"));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // checked per navigation so that a permission staff granted meanwhile shows without a new login; drawn
        // again only then, as the new HTML is sent to the browser again (a language switch reloads the page)
        List<NavItem> items = navigation.visibleItems();
        if (items.equals(shownItems)) {
            return;
        }
        shownItems = items;
        navScroller.setContent(DrawerNavigation.of(items, this::getTranslation));
    }

    private MenuBar userMenu(PortalUser user, UserLanguage language) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");
        menu.setI18n(new MenuBar.MenuBarI18n().setMoreOptions(getTranslation("user-menu.more-options")));
        Avatar avatar = new Avatar(user.displayName());
        avatar.addClassName("user-avatar");
        Span name = new Span(user.displayName());
        name.addClassName("user-name");
        MenuItem root = menu.addItem(new Div(avatar, name));
        root.setAriaLabel(getTranslation("user-menu.label"));
        SubMenu sub = root.getSubMenu();

        MenuItem languageItem = sub.addItem(getTranslation("user-menu.language"));
        Locale current = getLocale();
        for (Locale locale : List.of(TranslationProvider.GERMAN, TranslationProvider.ENGLISH)) {
            MenuItem option = languageItem.getSubMenu().addItem(getTranslation("language." + locale.getLanguage()),
                    click -> language.switchTo(locale));
            option.setCheckable(true);
            option.setChecked(locale.getLanguage().equals(current.getLanguage()));
        }
        sub.addItem(getTranslation("user-menu.account"), click -> UI.getCurrent().navigate("account"));
        sub.addItem(getTranslation("user-menu.account-security"), click -> UI.getCurrent().navigate("account/security"));
        sub.addSeparator();
        sub.addItem(getTranslation("user-menu.logout"), click -> currentUser.logout());
        return menu;
    }
}
