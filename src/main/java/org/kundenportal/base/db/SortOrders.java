package org.kundenportal.base.db;

import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.SortField;

/**
 * Translates a grid's sort request into jOOQ sort fields. Only keys a repository names are accepted, so a
 * crafted request cannot sort by (or probe) any other column.
 */
public final class SortOrders {

    /** A sort key with its direction, independent of Vaadin so that repositories stay UI-free. */
    public record Sort(String key, boolean ascending) {
    }

    private SortOrders() {
    }

    public static List<SortField<?>> toSortFields(List<Sort> sort, Map<String, Field<?>> allowed) {
        return sort.stream().map(order -> {
            Field<?> field = allowed.get(order.key());
            if (field == null) {
                throw new IllegalArgumentException("Unknown sort key: " + order.key());
            }
            return order.ascending() ? field.asc() : field.desc();
        }).<SortField<?>>map(f -> f).toList();
    }
}
