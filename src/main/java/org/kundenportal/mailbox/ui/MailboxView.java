package org.kundenportal.mailbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.grid.ListCard;
import org.kundenportal.base.ui.grid.ResponsiveGrid;
import org.kundenportal.mailbox.domain.Mailbox;
import org.kundenportal.mailbox.domain.Mailbox.ReceivedMail;

/** What the embedded SMTP server received, so invitations and resets can be followed without a mail server. */
@Route("staff/mailbox")
@Menu(order = 2020, icon = "vaadin:envelopes-o", title = "nav.staff-mailbox")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class MailboxView extends Main implements HasDynamicTitle {

    public MailboxView(Mailbox mailbox) {
        addClassName("list-view");
        add(new H1(getTranslation("nav.staff-mailbox")));
        if (!mailbox.isAvailable()) {
            add(new Paragraph(getTranslation("mailbox.external")));
            return;
        }
        add(new Paragraph(getTranslation("mailbox.intro")));
        Grid<ReceivedMail> grid = new Grid<>();
        grid.addColumn(mail -> Formats.dateTime(mail.receivedAt(), getLocale())).setHeader(getTranslation("mailbox.received"))
                .setKey("received").setAutoWidth(true);
        grid.addColumn(ReceivedMail::to).setHeader(getTranslation("mailbox.to")).setKey("to").setAutoWidth(true);
        grid.addColumn(ReceivedMail::subject).setHeader(getTranslation("mailbox.subject")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("mailbox.empty"));
        grid.setItems(mailbox.received());
        grid.addItemClickListener(click -> open(click.getItem()));
        ResponsiveGrid.of(grid, ListCard.<ReceivedMail>titled(ReceivedMail::subject)
                .meta(mail -> Formats.dateTime(mail.receivedAt(), getLocale()), ReceivedMail::to));
        Button refresh = new Button(getTranslation("mailbox.refresh"), VaadinIcon.REFRESH.create(),
                click -> grid.setItems(mailbox.received()));
        add(refresh, grid);
    }

    private void open(ReceivedMail mail) {
        Dialog dialog = new Dialog(mail.subject());
        dialog.add(new Paragraph(getTranslation("mailbox.from-to", mail.from(), mail.to())));
        if (!mail.attachments().isEmpty()) {
            Paragraph attachments = new Paragraph(getTranslation("mailbox.attachments",
                    String.join(", ", mail.attachments())));
            attachments.addClassName("mail-attachments");
            dialog.add(attachments);
        }
        dialog.add(body(mail));
        dialog.getFooter().add(new Button(getTranslation("common.close"), click -> dialog.close()));
        dialog.setWidth("min(720px, 95vw)");
        dialog.open();
    }

    /** Kept as sent (line breaks, indentation), but long links wrap inside the dialog so they can be read and copied. */
    private static Pre body(ReceivedMail mail) {
        Pre body = new Pre(mail.body());
        body.addClassName("mail-body");
        return body;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staff-mailbox");
    }
}
