package org.kundenportal.documents.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.invoices.InvoiceFixtures;

class StateBadgeTest extends KaribuTest {

    @Test
    void theGridRendererDrawsTheSameBadgeAsTheComponent() {
        Map<String, ValueProvider<StateBadge.Tone, ?>> values = StateBadge.<StateBadge.Tone>renderer(tone -> {
            StateBadge badge = new StateBadge("Bezahlt", tone);
            badge.addClassName("invoice-status-paid");
            return badge;
        }).getValueProviders();

        assertThat(values.get("badgeText").apply(StateBadge.Tone.SUCCESS)).isEqualTo("Bezahlt");
        assertThat(values.get("badgeTheme").apply(StateBadge.Tone.SUCCESS)).isEqualTo("badge success");
        assertThat(values.get("badgeClass").apply(StateBadge.Tone.SUCCESS))
                .isEqualTo("state-badge invoice-status-paid");
        assertThat(values.get("badgeClass").apply(StateBadge.Tone.WARNING))
                .isEqualTo("state-badge state-badge-warning invoice-status-paid");
    }

    @Test
    void listsKeepNoBadgeComponentPerRow() {
        new InvoiceFixtures(context).posted(world.customer().companyId());
        login(TestWorld.CUSTOMER);
        navigate("invoices");

        Grid<?> grid = _get(Grid.class, spec -> spec.withClasses("invoice-grid"));
        assertThat(GridKt._size(grid)).isPositive();
        // a component renderer would keep a badge component (and its state nodes) in the session for every row
        assertThat(grid.getColumnByKey("status").getRenderer()).isInstanceOf(LitRenderer.class);
    }
}
