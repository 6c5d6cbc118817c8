package org.kundenportal.integration.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.ui.grid.ListCard;
import org.kundenportal.base.ui.grid.ResponsiveGrid;
import org.kundenportal.base.validation.InvalidInputException;
import org.kundenportal.integration.domain.ApiClient;
import org.kundenportal.integration.domain.ApiClientService;
import org.kundenportal.integration.domain.ApiScope;
import org.kundenportal.integration.domain.IssuedToken;

/**
 * Settings → API clients: admins create clients with scopes, see when each was last used, give one a new token or
 * revoke it. A new token is shown once in a dialog. The list holds a handful of clients, so it is read whole.
 */
@Route("staff/settings/api-clients")
@RolesAllowed(Roles.ADMIN)
public class ApiClientsView extends Main implements HasDynamicTitle {

    private final ApiClientService clients;
    private final CurrentUser currentUser;
    private final Grid<ApiClient> grid = new Grid<>();

    public ApiClientsView(ApiClientService clients, CurrentUser currentUser) {
        this.clients = clients;
        this.currentUser = currentUser;
        addClassNames("list-view", "api-clients-view");
        Button create = new Button(getTranslation("api-clients.new"), click -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("api-client-new");
        Anchor docs = new Anchor("/api/v1/docs", getTranslation("api-clients.docs"));
        docs.setTarget("_blank");
        docs.setId("api-docs-link");
        configureGrid();
        add(new H1(getTranslation("api-clients.title")), new Paragraph(getTranslation("api-clients.help")),
                new HorizontalLayout(create, docs), grid, new Anchor("/staff/settings", getTranslation("api-clients.back")));
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(ApiClient::name).setHeader(getTranslation("api-clients.name")).setFlexGrow(2).setKey("name");
        grid.addColumn(client -> client.scopes().stream().map(ApiScope::wire).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("api-clients.scopes")).setFlexGrow(3).setKey("scopes");
        grid.addColumn(client -> client.tokenHint() + "…").setHeader(getTranslation("api-clients.token")).setKey("token");
        grid.addColumn(client -> time(client.lastUsedAt())).setHeader(getTranslation("api-clients.last-used")).setKey("lastUsed");
        grid.addColumn(client -> getTranslation(client.revoked() ? "api-clients.state.revoked" : "api-clients.state.active"))
                .setHeader(getTranslation("api-clients.state")).setKey("state");
        grid.addComponentColumn(this::actions).setFlexGrow(2).setKey("actions");
        grid.setAllRowsVisible(true);
        ResponsiveGrid.of(grid, ListCard.<ApiClient>titled(ApiClient::name)
                        .detail(client -> getTranslation(client.revoked() ? "api-clients.state.revoked" : "api-clients.state.active"))
                        .meta(client -> client.tokenHint() + "…", client -> time(client.lastUsedAt())))
                .keepOnPhone("actions")
                .hideOnTablet("token", "lastUsed");
    }

    private HorizontalLayout actions(ApiClient client) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!client.revoked()) {
            Button rotate = new Button(getTranslation("api-clients.rotate"), click -> confirm(
                    getTranslation("api-clients.rotate.confirm", client.name()), () -> showToken(clients.rotate(currentUser.require(), client.id()))));
            rotate.addClassName("api-client-rotate");
            Button revoke = new Button(getTranslation("api-clients.revoke"), click -> confirm(
                    getTranslation("api-clients.revoke.confirm", client.name()), () -> {
                        clients.revoke(currentUser.require(), client.id());
                        Feedback.success(getTranslation("api-clients.revoked", client.name()));
                    }));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            revoke.addClassName("api-client-revoke");
            actions.add(rotate, revoke);
        }
        return actions;
    }

    private void confirm(String question, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setText(question);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("api-clients.cancel"));
        dialog.setConfirmText(getTranslation("api-clients.confirm"));
        dialog.addConfirmListener(event -> {
            try {
                action.run();
            } catch (InvalidInputException refused) {
                Feedback.error(getTranslation(refused.problems().getFirst().messageKey(),
                        refused.problems().getFirst().arguments().toArray()));
            }
            refresh();
        });
        dialog.open();
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("api-clients.new"));
        TextField name = new TextField(getTranslation("api-clients.name"));
        name.setMaxLength(ApiClientService.NAME_MAX);
        name.setWidthFull();
        name.setId("api-client-name");
        CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>(getTranslation("api-clients.scopes"));
        scopes.setItems(EnumSet.allOf(ApiScope.class));
        scopes.setItemLabelGenerator(ApiScope::wire);
        scopes.setId("api-client-scopes");
        Button save = new Button(getTranslation("api-clients.create"), click -> {
            name.setInvalid(false);
            scopes.setInvalid(false);
            try {
                IssuedToken issued = clients.create(currentUser.require(), name.getValue(), scopes.getValue());
                dialog.close();
                refresh();
                showToken(issued);
            } catch (InvalidInputException refused) {
                refused.problems().forEach(problem -> {
                    String message = getTranslation(problem.messageKey(), problem.arguments().toArray());
                    if (problem.field().equals("name")) {
                        name.setErrorMessage(message);
                        name.setInvalid(true);
                    } else {
                        scopes.setErrorMessage(message);
                        scopes.setInvalid(true);
                    }
                });
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("api-client-create");
        dialog.add(name, scopes);
        dialog.getFooter().add(new Button(getTranslation("api-clients.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void showToken(IssuedToken issued) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("api-clients.token.title", issued.client().name()));
        TextField token = new TextField();
        token.setValue(issued.token());
        token.setReadOnly(true);
        token.setWidthFull();
        token.setId("api-client-token");
        dialog.add(new Paragraph(getTranslation("api-clients.token.help")), token);
        Button close = new Button(getTranslation("api-clients.token.close"), click -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.setWidth("min(36rem, 95vw)");
        dialog.open();
        refresh();
    }

    private void refresh() {
        grid.setItems(clients.all());
    }

    private String time(Instant instant) {
        return instant == null ? getTranslation("api-clients.never") : Formats.dateTime(instant, UI.getCurrent().getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api-clients.title");
    }
}
