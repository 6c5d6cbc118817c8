package org.kundenportal.base.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Units of measure on document lines. They come as the sending system or the staff member wrote them; the few the
 * app knows (in German, English or as UN/ECE codes: "Stk", "pc", "C62") are shown in the reader's language, any
 * other unit exactly as it was written.
 */
public final class Units {

    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("stk", "unit.piece"), Map.entry("stk.", "unit.piece"), Map.entry("stück", "unit.piece"),
            Map.entry("pc", "unit.piece"), Map.entry("pc.", "unit.piece"), Map.entry("pcs", "unit.piece"),
            Map.entry("c62", "unit.piece"), Map.entry("h87", "unit.piece"),
            Map.entry("std", "unit.hour"), Map.entry("std.", "unit.hour"), Map.entry("h", "unit.hour"),
            Map.entry("hr", "unit.hour"), Map.entry("hur", "unit.hour"),
            Map.entry("monat", "unit.month"), Map.entry("month", "unit.month"), Map.entry("mon", "unit.month"),
            Map.entry("karton", "unit.box"), Map.entry("box", "unit.box"), Map.entry("ct", "unit.box"));

    private Units() {
    }

    /** The unit in the reader's language, or as written; "" for none. */
    public static String name(String unit, Function<String, String> translation) {
        if (unit == null || unit.isBlank()) {
            return "";
        }
        String key = KNOWN.get(unit.strip().toLowerCase(Locale.ROOT));
        return key == null ? unit : translation.apply(key);
    }

    /** A formatted quantity with its unit: "1,5 Std." or "1.5 h". */
    public static String quantity(String number, String unit, Function<String, String> translation) {
        String name = name(unit, translation);
        return name.isEmpty() ? number : number + " " + name;
    }
}
