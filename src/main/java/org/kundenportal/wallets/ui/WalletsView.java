package org.kundenportal.wallets.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Optional;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.grid.GridSorts;
import org.kundenportal.base.ui.grid.ListCard;
import org.kundenportal.base.ui.grid.ListFilters;
import org.kundenportal.base.ui.grid.ResponsiveGrid;
import org.kundenportal.wallets.domain.WalletCard;
import org.kundenportal.wallets.domain.WalletRepository;
import org.kundenportal.wallets.domain.WalletType;

/**
 * The e-wallets, gift cards and loyalty cards of the user's company (a partner also sees its customers'),
 * paged and sorted in SQL. The code opens the card with its QR code for redemption.
 */
@Route("wallets")
@Menu(order = 60, icon = "vaadin:wallet", title = "nav.wallets")
@RolesAllowed({Roles.CUSTOMER, Roles.PARTNER, Roles.STAFF, Roles.ADMIN})
public class WalletsView extends Main implements HasDynamicTitle {

    private final Grid<WalletCard> grid = new Grid<>();
    private final Select<Optional<WalletType>> type = new Select<>();
    private final WalletRepository wallets;
    private final PortalScope scope;

    public WalletsView(WalletRepository wallets, CurrentUser currentUser) {
        this.wallets = wallets;
        this.scope = currentUser.scope();
        addClassName("list-view");
        LocalDate today = LocalDate.now(Formats.ZONE);

        type.setLabel(getTranslation("wallets.filter.type"));
        type.setItems(Optional.empty(), Optional.of(WalletType.E_WALLET), Optional.of(WalletType.GIFT_CARD),
                Optional.of(WalletType.LOYALTY));
        type.setItemLabelGenerator(option -> option.map(value -> WalletTexts.type(this, value))
                .orElse(getTranslation("wallets.filter.all-types")));
        type.setValue(Optional.empty());
        type.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.addColumn(card -> WalletTexts.type(this, card.type())).setHeader(getTranslation("wallets.type"))
                .setKey("type").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::codeButton).setHeader(getTranslation("wallets.code"))
                .setKey("code").setSortable(true).setAutoWidth(true).setFlexGrow(1);
        if (seesSeveralCompanies()) {
            grid.addColumn(WalletCard::companyName).setHeader(getTranslation("wallets.company"))
                    .setKey("company").setSortable(true).setFlexGrow(2);
        }
        grid.addColumn(card -> WalletTexts.balance(this, card, getLocale())).setHeader(getTranslation("wallets.balance"))
                .setKey("balance").setSortable(true).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(card -> card.currency().getCurrencyCode()).setHeader(getTranslation("wallets.currency"))
                .setKey("currency").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(card -> card.expiryDate() == null ? getTranslation("wallets.no-expiry")
                        : Formats.date(card.expiryDate(), getLocale())).setHeader(getTranslation("wallets.expiry"))
                .setKey("expiry").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(card -> WalletTexts.badge(this, card, today)).setHeader(getTranslation("wallets.state"))
                .setKey("state").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(card -> card.redeemable(today) ? null : "wallet-unusable");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> wallets.page(scope, type.getValue().orElse(null), query.getOffset(), query.getLimit(),
                GridSorts.of(query)).stream(), query -> wallets.count(scope, type.getValue().orElse(null)));
        grid.setEmptyStateText(getTranslation("wallets.empty"));

        // the code's button opens a card, so a phone keeps it beside the card
        ResponsiveGrid.of(grid, ListCard.<WalletCard>titled(card -> WalletTexts.type(this, card.type()))
                        .detail(card -> WalletTexts.balance(this, card, getLocale()))
                        .meta(card -> card.expiryDate() == null ? getTranslation("wallets.no-expiry")
                                : Formats.date(card.expiryDate(), getLocale()),
                                card -> seesSeveralCompanies() ? card.companyName() : "")
                        .badge(card -> WalletTexts.badge(this, card, today)))
                .keepOnPhone("code")
                .hideOnTablet("currency");

        ListFilters toolbar = new ListFilters();
        toolbar.add(type);
        add(new H1(getTranslation("nav.wallets")), toolbar, grid);
    }

    private boolean seesSeveralCompanies() {
        return scope.unrestricted() || scope.customerCompanyIds().size() > 1;
    }

    private Button codeButton(WalletCard card) {
        Button button = new Button(card.code(), VaadinIcon.QRCODE.create(), click -> open(card));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.addClassName("wallet-code");
        button.setAriaLabel(getTranslation("wallets.open-card", card.code()));
        return button;
    }

    private void open(WalletCard card) {
        // read again: the card may have been blocked since the list was loaded
        wallets.find(scope, card.code()).ifPresent(current ->
                new WalletDialog(current, wallets.lastTransactions(scope, current.id()), LocalDate.now(Formats.ZONE)).open());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.wallets");
    }
}
