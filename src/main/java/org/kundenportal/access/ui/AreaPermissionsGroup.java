package org.kundenportal.access.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import java.util.EnumSet;
import java.util.Set;
import org.kundenportal.base.security.AreaPermission;

/** The four areas granted per portal user; tickets and signatures need no grant, the helper text says so. */
public class AreaPermissionsGroup extends CheckboxGroup<AreaPermission> {

    public AreaPermissionsGroup(Set<AreaPermission> granted) {
        setLabel(getTranslation("access.areas"));
        setHelperText(getTranslation("access.areas.always"));
        setItems(AreaPermission.values());
        setItemLabelGenerator(area -> getTranslation("nav." + area.name().toLowerCase()));
        setValue(granted);
    }

    /** The chosen areas as a set the services accept (never null). */
    public Set<AreaPermission> chosen() {
        Set<AreaPermission> chosen = EnumSet.noneOf(AreaPermission.class);
        chosen.addAll(getValue());
        return chosen;
    }
}
