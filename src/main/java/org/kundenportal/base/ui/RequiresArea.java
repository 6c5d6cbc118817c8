package org.kundenportal.base.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.kundenportal.base.security.AreaPermission;

/**
 * A portal view that a portal user may open only with this area permission; staff always may.
 * Checked on every navigation by {@link AreaAccessGuard} and by the side navigation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresArea {
    AreaPermission value();
}
