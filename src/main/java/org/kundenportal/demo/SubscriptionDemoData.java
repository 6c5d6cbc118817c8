package org.kundenportal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.subscriptions.domain.BillingPeriod;
import org.kundenportal.subscriptions.domain.NewSubscription;
import org.kundenportal.subscriptions.domain.SubscriptionLine;
import org.kundenportal.subscriptions.domain.SubscriptionService;
import org.kundenportal.subscriptions.domain.SubscriptionState;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The bakery's point-of-sale system in every subscription state, the café's register and one subscription of
 * the partner's customer Eiscafé Venezia.
 */
@Component
@Order(80)
class SubscriptionDemoData implements DemoDataPart {

    private static final SubscriptionLine BASE = line("POS-BASE", "Kasse Basis", "Kassensoftware für einen Kassenplatz", 1, "39.00");
    private static final SubscriptionLine GASTRO = line("POS-GASTRO", "Modul Gastronomie", "Tische, Bons für Küche und Theke", 1, "19.00");
    private static final SubscriptionLine STOCK = line("POS-STOCK", "Modul Warenwirtschaft", "Bestände, Bestellvorschläge, Inventur", 1, "24.00");
    private static final SubscriptionLine TSE = line("TSE-CLOUD", "TSE Cloud", "Technische Sicherheitseinrichtung nach KassenSichV", 1, "9.90");
    private static final SubscriptionLine PORTAL = line("PORTAL", "Kundenportal", "Zugang zum Kundenportal für Ihre Mitarbeiter", 3, "5.00");

    private final SubscriptionService service;

    SubscriptionDemoData(SubscriptionService service) {
        this.service = service;
    }

    @Override
    public void load(DemoCompanies demo) {
        LocalDate today = LocalDate.now(Formats.ZONE);
        LocalDate firstOfNextMonth = today.withDayOfMonth(1).plusMonths(1);
        create(demo, demo.bakery(), "Kassensystem Filiale Hauptstraße", SubscriptionState.ACTIVE, BillingPeriod.MONTHLY,
                today.minusYears(2).withDayOfMonth(1), firstOfNextMonth, null, List.of(BASE, GASTRO, TSE));
        create(demo, demo.bakery(), "Warenwirtschaft und Kundenportal", SubscriptionState.ACTIVE, BillingPeriod.YEARLY,
                today.minusMonths(5).withDayOfMonth(1), today.minusMonths(5).withDayOfMonth(1).plusYears(1), null,
                List.of(STOCK, PORTAL));
        create(demo, demo.bakery(), "Kassensystem Saisonstand", SubscriptionState.PAUSED, BillingPeriod.MONTHLY,
                today.minusMonths(10).withDayOfMonth(1), null, null, List.of(BASE, TSE));
        create(demo, demo.bakery(), "Kassensystem Filiale Bahnhof", SubscriptionState.CANCELLED, BillingPeriod.QUARTERLY,
                today.minusYears(1).withDayOfMonth(1), null, firstOfNextMonth.plusMonths(2), List.of(BASE, GASTRO, TSE));
        create(demo, demo.bakery(), "Kassensystem Weihnachtsmarkt", SubscriptionState.EXPIRED, BillingPeriod.MONTHLY,
                today.minusYears(1).withMonth(11).withDayOfMonth(1), null, today.minusYears(1).withMonth(12).withDayOfMonth(31),
                List.of(BASE, TSE));
        create(demo, demo.cafe(), "Kassensystem Café", SubscriptionState.ACTIVE, BillingPeriod.QUARTERLY,
                today.minusMonths(8).withDayOfMonth(1), firstOfNextMonth, null, List.of(BASE, GASTRO, TSE));
        create(demo, demo.iceCream(), "Kassensystem Eisdiele", SubscriptionState.ACTIVE, BillingPeriod.MONTHLY,
                today.minusMonths(3).withDayOfMonth(1), firstOfNextMonth, null, List.of(BASE, GASTRO, TSE));
    }

    private void create(DemoCompanies demo, long company, String plan, SubscriptionState state, BillingPeriod period,
                        LocalDate start, LocalDate nextInvoice, LocalDate end, List<SubscriptionLine> lines) {
        service.create(new NewSubscription(company, plan, state, period, start, nextInvoice, end, demo.staffUser(), lines),
                demo.staffUser());
    }

    private static SubscriptionLine line(String code, String name, String description, int quantity, String price) {
        return new SubscriptionLine(code, name, description, BigDecimal.valueOf(quantity), new BigDecimal(price));
    }
}
