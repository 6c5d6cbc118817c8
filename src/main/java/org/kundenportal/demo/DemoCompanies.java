package org.kundenportal.demo;

/**
 * The ids of the base demo data that feature parts build on.
 *
 * @param bakery    Bäckerei Sonnenschein GmbH, customer of customer@example.com (Anna Becker)
 * @param cafe      Café Morgenrot KG, customer of customer2@example.com (Lena Wolf)
 * @param reseller  KassenProfi Vertrieb GmbH, the partner (partner@example.com, Paul Berger)
 * @param iceCream  Eiscafé Venezia, a customer the partner sold to (marco.rossi@example.com)
 * @param florist   Blumenhaus Lindner, another of the partner's customers (no portal user)
 * @param paper     Papier &amp; Co. KG, the supplier (supplier@example.com, Sarah Vogel)
 */
public record DemoCompanies(long bakery, long anna, long annaUser, long cafe, long lena, long lenaUser,
                            long reseller, long iceCream, long marco, long florist, long paper, long sarah,
                            long sarahUser, long staffUser, long adminUser) {
}
