package org.kundenportal.base.ui;

import com.vaadin.flow.component.Component;
import java.util.function.ToLongFunction;
import org.kundenportal.base.security.PortalScope;

/**
 * A feature's figure on its home card (open quotes, unpaid invoices, open tickets, ...): the card's view, the
 * translation key of the figure's label with {0} for the number, and how to count in a scope. Each feature declares
 * its one as a Spring bean; a card without one shows no figure. The card shows only where the user may open the view.
 */
public record HomeCardCounter(Class<? extends Component> view, String labelKey, ToLongFunction<PortalScope> counter) {

    public long count(PortalScope scope) {
        return counter.applyAsLong(scope);
    }
}
