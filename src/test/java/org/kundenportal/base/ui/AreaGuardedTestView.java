package org.kundenportal.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.kundenportal.base.security.AreaPermission;

/** A view that exists only in tests, to prove the area guard before the real area views exist. */
@Route("test/orders-area")
@PermitAll
@RequiresArea(AreaPermission.ORDERS)
public class AreaGuardedTestView extends Main {

    public AreaGuardedTestView() {
        add(new Span("orders area content"));
    }
}
