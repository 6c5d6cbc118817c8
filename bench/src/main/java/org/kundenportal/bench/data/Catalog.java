package org.kundenportal.bench.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Made-up but plausible names, products and texts for the bench data; the same for the same seed. */
final class Catalog {

    record Product(String code, String description, String unit, BigDecimal price, BigDecimal taxRate) {
    }

    private static final String[] TRADES = {"Bäckerei", "Café", "Metzgerei", "Blumenhaus", "Buchhandlung", "Eiscafé",
            "Getränkemarkt", "Feinkost", "Weinhandel", "Optik", "Schuhhaus", "Modehaus", "Apotheke", "Reformhaus",
            "Spielwaren", "Elektro", "Fahrradladen", "Kiosk", "Konditorei", "Hofladen"};
    private static final String[] SURNAMES = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
            "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
            "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner",
            "Krause", "Meier", "Lehmann"};
    private static final String[] FIRST_NAMES = {"Anna", "Lena", "Marie", "Sophie", "Julia", "Laura", "Paul", "Lukas",
            "Felix", "Jonas", "Leon", "Max", "Tobias", "Sarah", "Katrin", "Stefan", "Andreas", "Sabine", "Claudia",
            "Thomas"};
    private static final String[] FORMS = {"GmbH", "KG", "e.K.", "GmbH & Co. KG", "OHG", "UG"};
    private static final String[] CITIES = {"80331 München", "20095 Hamburg", "10115 Berlin", "50667 Köln",
            "60311 Frankfurt am Main", "70173 Stuttgart", "40213 Düsseldorf", "04109 Leipzig", "28195 Bremen",
            "90403 Nürnberg", "01067 Dresden", "30159 Hannover"};
    private static final String[] STREETS = {"Hauptstraße", "Bahnhofstraße", "Marktplatz", "Schulstraße",
            "Gartenstraße", "Dorfstraße", "Lindenstraße", "Kirchstraße"};
    private static final String[] GOODS = {"Kassenrolle 80 mm", "Bondrucker", "Kassenschublade", "Barcode-Scanner",
            "Kundendisplay", "Touch-Kasse 15 Zoll", "Etikettendrucker", "EC-Terminal", "Waage geeicht",
            "Kartenleser", "Netzwerkkabel 5 m", "USB-Hub", "Wartungsvertrag Kasse", "Softwarelizenz Filiale",
            "Schulung vor Ort (Stunde)", "Installation (Stunde)", "Reinigungskarte", "Thermopapier 57 mm",
            "Gutscheinkarten (100 Stück)", "Kundenkarten (250 Stück)"};
    private static final String[] VARIANTS = {"Standard", "Premium", "schwarz", "weiß", "Kompakt", "Pro",
            "im 10er-Pack", "Filialversion"};
    private static final String[] SUBJECTS = {"Bondrucker druckt nicht", "Kasse startet nicht", "Frage zur Rechnung",
            "Neuer Benutzer für Filiale", "Tagesabschluss fehlt", "EC-Terminal Verbindungsfehler",
            "Wunsch: Export als CSV", "Passwort vergessen", "Artikelimport schlägt fehl", "Scanner liest Codes nicht",
            "Bitte Lieferadresse ändern", "Update auf neue Version", "Gutscheine werden nicht erkannt",
            "Frage zum Wartungsvertrag", "Doppelte Buchung im Journal"};
    static final String[] DECLINE_REASONS = {"Zu teuer", "Anderer Anbieter gewählt", "Projekt verschoben"};

    private final List<Product> products = new ArrayList<>();

    Catalog(SplittableRandom random) {
        int number = 1000;
        for (String good : GOODS) {
            for (String variant : VARIANTS) {
                BigDecimal price = BigDecimal.valueOf(150 + random.nextInt(60_000), 2).setScale(2, RoundingMode.UNNECESSARY);
                BigDecimal tax = random.nextInt(10) == 0 ? BigDecimal.valueOf(7) : BigDecimal.valueOf(19);
                String unit = good.contains("Stunde") ? "Std." : "Stk.";
                products.add(new Product("P-" + number++, good + ", " + variant, unit, price, tax));
            }
        }
    }

    Product product(SplittableRandom random) {
        return products.get(random.nextInt(products.size()));
    }

    static String companyName(int index, SplittableRandom random) {
        if (index == 0) {
            return "Großkunde Filialhandel AG";
        }
        return pick(TRADES, random) + " " + pick(SURNAMES, random) + " " + pick(FORMS, random);
    }

    static String personName(SplittableRandom random) {
        return pick(FIRST_NAMES, random) + " " + pick(SURNAMES, random);
    }

    static String street(SplittableRandom random) {
        return pick(STREETS, random) + " " + (1 + random.nextInt(120));
    }

    /** "80331 München" split into zip and city. */
    static String[] zipAndCity(SplittableRandom random) {
        return pick(CITIES, random).split(" ", 2);
    }

    static String subject(SplittableRandom random) {
        return pick(SUBJECTS, random);
    }

    static <T> T pick(T[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }
}
