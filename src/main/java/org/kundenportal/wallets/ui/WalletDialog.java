package org.kundenportal.wallets.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.ui.QrCodeImage;
import org.kundenportal.base.ui.grid.ListCard;
import org.kundenportal.base.ui.grid.ResponsiveGrid;
import org.kundenportal.wallets.domain.WalletCard;
import org.kundenportal.wallets.domain.WalletState;
import org.kundenportal.wallets.domain.WalletTransaction;
import org.kundenportal.wallets.domain.WalletTransactionKind;

/**
 * One card: the QR code to show at the till (only while the card can be redeemed), where it can be used, its
 * balance, expiry and last transactions.
 */
public class WalletDialog extends Dialog {

    static final int QR_SIZE = 220;

    public WalletDialog(WalletCard card, List<WalletTransaction> transactions, LocalDate today) {
        Locale locale = getLocale();
        setHeaderTitle(WalletTexts.type(this, card.type()) + " " + card.code());
        addClassName("wallet-dialog");
        setWidth("min(40rem, 95vw)");

        WalletState state = card.state(today);
        if (state == WalletState.ACTIVE) {
            Div qr = new Div(QrCodeImage.of(card.code(), QR_SIZE, getTranslation("wallets.qr.alt", card.code())),
                    new Span(card.code()));
            qr.addClassName("wallet-qr");
            add(qr);
        } else {
            Paragraph notice = new Paragraph(getTranslation(state == WalletState.EXPIRED
                    ? "wallets.notice.expired" : "wallets.notice.blocked"));
            notice.addClassName("wallet-notice");
            add(notice);
        }

        Div facts = new Div();
        facts.addClassName("wallet-facts");
        if (card.programName() != null) {
            fact(facts, "wallets.program", card.programName());
        }
        fact(facts, card.type().holdsPoints() ? "wallets.points" : "wallets.balance", WalletTexts.balance(this, card, locale));
        fact(facts, "wallets.expiry", card.expiryDate() == null ? getTranslation("wallets.no-expiry")
                : Formats.date(card.expiryDate(), locale));
        facts.add(new Div(new Span(getTranslation("wallets.state")), WalletTexts.badge(this, card, today)));
        fact(facts, "wallets.usable", usableWhere(card));
        add(facts);

        add(new H3(getTranslation("wallets.transactions")));
        add(transactionsGrid(card, transactions, locale));

        Button close = new Button(getTranslation("wallets.close"), VaadinIcon.CLOSE_SMALL.create(), click -> close());
        getFooter().add(close);
    }

    private void fact(Div facts, String labelKey, String value) {
        Span valueSpan = new Span(value);
        valueSpan.addClassName("wallet-fact-value");
        Div fact = new Div(new Span(getTranslation(labelKey)), valueSpan);
        fact.addClassName("wallet-fact");
        facts.add(fact);
    }

    private String usableWhere(WalletCard card) {
        List<String> places = new ArrayList<>();
        if (card.usablePos()) {
            places.add(getTranslation("wallets.usable.pos"));
        }
        if (card.usableSales()) {
            places.add(getTranslation("wallets.usable.sales"));
        }
        if (card.usableWebShop()) {
            places.add(getTranslation("wallets.usable.web-shop"));
        }
        return places.isEmpty() ? getTranslation("wallets.usable.nowhere") : String.join(", ", places);
    }

    private String description(WalletTransaction transaction) {
        return WalletTransactionKind.of(transaction.description())
                .map(kind -> getTranslation("wallets.tx.kind." + kind.name()))
                .orElse(transaction.description());
    }

    private static String amount(WalletCard card, WalletTransaction transaction, Locale locale) {
        return card.type().holdsPoints()
                ? Formats.number(BigDecimal.valueOf(transaction.points() == null ? 0 : transaction.points()), locale)
                : Formats.money(transaction.amount(), card.currency(), locale);
    }

    private Grid<WalletTransaction> transactionsGrid(WalletCard card, List<WalletTransaction> transactions, Locale locale) {
        Grid<WalletTransaction> grid = new Grid<>();
        grid.addColumn(transaction -> Formats.date(transaction.date(), locale)).setHeader(getTranslation("wallets.tx.date"))
                .setKey("date").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::description).setHeader(getTranslation("wallets.tx.description"))
                .setKey("description").setFlexGrow(1);
        grid.addColumn(transaction -> transaction.receiptReference() == null ? "" : transaction.receiptReference())
                .setHeader(getTranslation("wallets.tx.receipt")).setKey("receipt").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(transaction -> amount(card, transaction, locale))
                .setHeader(getTranslation(card.type().holdsPoints() ? "wallets.points" : "wallets.tx.amount"))
                .setKey("amount").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("wallets.tx.empty"));
        grid.setItems(transactions);
        ResponsiveGrid.of(grid, ListCard.<WalletTransaction>titled(this::description)
                .detail(transaction -> amount(card, transaction, locale))
                .meta(transaction -> Formats.date(transaction.date(), locale), WalletTransaction::receiptReference));
        return grid;
    }
}
