package org.kundenportal.base.ui.grid;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import org.kundenportal.base.db.SortOrders;

/** Hands a lazy grid's sort request to a repository as UI-free sort keys. */
public final class GridSorts {

    private GridSorts() {
    }

    public static List<SortOrders.Sort> of(Query<?, ?> query) {
        return query.getSortOrders().stream()
                .map(order -> new SortOrders.Sort(order.getSorted(), order.getDirection() == SortDirection.ASCENDING))
                .toList();
    }
}
