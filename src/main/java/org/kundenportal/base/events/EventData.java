package org.kundenportal.base.events;

import java.util.LinkedHashMap;
import java.util.Map;

/** An event's data in the order it is written, null values included (unlike {@link Map#of}). */
public final class EventData {

    private EventData() {
    }

    /** @param keysAndValues key, value, key, value, ...; keys are strings */
    public static Map<String, Object> of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Keys and values come in pairs");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            data.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return data;
    }
}
