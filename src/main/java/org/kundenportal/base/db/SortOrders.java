package org.kundenportal.base.db;

import java.util.ArrayList;
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

    /**
     * The grid's sort, then the list's own order to break ties (e.g. date, id). The ties follow the direction of the
     * grid's sort, so that one index serves a column sorted either way; without a grid sort the list's order is
     * descending (newest first). The last tie-breaker must be unique (the id); a grid sorted by it needs no other.
     */
    public static List<SortField<?>> orderBy(List<Sort> sort, Map<String, Field<?>> allowed, Field<?>... tieBreakers) {
        List<SortField<?>> orderBy = new ArrayList<>(toSortFields(sort, allowed));
        if (orderBy.stream().anyMatch(field -> field.$field().equals(tieBreakers[tieBreakers.length - 1]))) {
            return orderBy;
        }
        boolean ascending = !sort.isEmpty() && sort.getFirst().ascending();
        for (Field<?> field : tieBreakers) {
            orderBy.add(ascending ? field.asc() : field.desc());
        }
        return orderBy;
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
