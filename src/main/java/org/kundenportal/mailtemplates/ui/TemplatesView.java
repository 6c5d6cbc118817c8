package org.kundenportal.mailtemplates.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.stream.Collectors;
import org.kundenportal.base.mail.EmailTemplates;
import org.kundenportal.base.mail.EmailTemplates.Stored;
import org.kundenportal.base.mail.EmailTemplates.Text;
import org.kundenportal.base.mail.MailTemplate;
import org.kundenportal.base.mail.TemplateText;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.UnsavedChanges;
import org.kundenportal.mailtemplates.domain.TemplateEditing;
import org.kundenportal.mailtemplates.domain.TemplateEditing.SaveOutcome;

/**
 * Every email the portal sends, per language: subject and body with the template's placeholders, a live
 * preview with a sample recipient, and the way back to the shipped text.
 */
@Route("staff/templates")
@Menu(order = 2030, icon = "vaadin:envelope-open-o", title = "nav.staff-templates")
@RolesAllowed(Roles.ADMIN)
public class TemplatesView extends Main implements HasDynamicTitle, BeforeLeaveObserver {

    private final TemplateEditing editing;
    private final CurrentUser currentUser;
    private final Select<MailTemplate> template = new Select<>();
    private final Select<String> language = new Select<>();
    private final Span origin = new Span();
    private final TextField subject = new TextField();
    private final TextArea body = new TextArea();
    private final UnorderedList placeholders = new UnorderedList();
    private final Span previewSubject = new Span();
    private final Pre previewBody = new Pre();
    private final Paragraph previewWarning = new Paragraph();
    private MailTemplate shownTemplate;
    private String shownLanguage;
    private Stored shown;
    private boolean switching;

    public TemplatesView(TemplateEditing editing, CurrentUser currentUser) {
        this.editing = editing;
        this.currentUser = currentUser;
        addClassNames("list-view", "templates-view");

        template.setId("template-select");
        template.setLabel(getTranslation("templates.template"));
        template.setItems(MailTemplate.values());
        template.setItemLabelGenerator(item -> getTranslation("mail-template." + item.key()));
        language.setId("template-language");
        language.setLabel(getTranslation("templates.language"));
        language.setItems(EmailTemplates.LANGUAGES);
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
        origin.setId("template-origin");
        HorizontalLayout toolbar = new HorizontalLayout(template, language, origin);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("list-toolbar");

        subject.setId("template-subject");
        subject.setLabel(getTranslation("templates.subject"));
        subject.setMaxLength(TemplateEditing.MAX_SUBJECT_LENGTH);
        subject.setWidthFull();
        body.setId("template-body");
        body.setLabel(getTranslation("templates.body"));
        body.setMaxLength(TemplateEditing.MAX_BODY_LENGTH);
        body.setWidthFull();
        body.addClassName("template-body");
        subject.setManualValidation(true);
        body.setManualValidation(true);
        subject.setValueChangeMode(ValueChangeMode.LAZY);
        body.setValueChangeMode(ValueChangeMode.LAZY);
        subject.addValueChangeListener(change -> edited());
        body.addValueChangeListener(change -> edited());

        Button save = new Button(getTranslation("templates.save"), VaadinIcon.CHECK.create(), click -> save());
        save.setId("template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button(getTranslation("templates.discard"), click -> load());
        discard.setId("template-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button reset = new Button(getTranslation("templates.reset"), VaadinIcon.ROTATE_LEFT.create(), click -> confirmReset());
        reset.setId("template-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(save, discard, reset);
        actions.setWrap(true);

        Div editor = new Div(subject, body, actions);
        editor.addClassName("template-editor");
        previewSubject.setId("template-preview-subject");
        previewSubject.addClassName("template-preview-subject");
        previewBody.setId("template-preview-body");
        previewWarning.setId("template-preview-warning");
        previewWarning.addClassName("template-preview-warning");
        Div preview = new Div(previewSubject, previewWarning, previewBody);
        preview.addClassName("template-preview");
        Aside side = new Aside(new H3(getTranslation("templates.placeholders")),
                new Paragraph(getTranslation("templates.placeholders.help")), placeholders,
                new H3(getTranslation("templates.preview")), preview);
        side.addClassName("template-side");
        Div columns = new Div(editor, side);
        columns.addClassName("template-columns");

        add(new H1(getTranslation("nav.staff-templates")), toolbar, columns);

        template.setValue(MailTemplate.INVITATION);
        language.setValue(getLocale().getLanguage().equals("en") ? "en" : EmailTemplates.LANGUAGES.getFirst());
        load();
        template.addValueChangeListener(change -> selectionChanged());
        language.addValueChangeListener(change -> selectionChanged());
    }

    private void selectionChanged() {
        if (switching) {
            return;
        }
        if (!hasUnsavedChanges()) {
            load();
            return;
        }
        MailTemplate wantedTemplate = template.getValue();
        String wantedLanguage = language.getValue();
        select(shownTemplate, shownLanguage);
        UnsavedChanges.confirmDiscard(() -> {
            select(wantedTemplate, wantedLanguage);
            load();
        });
    }

    private void select(MailTemplate item, String code) {
        switching = true;
        try {
            template.setValue(item);
            language.setValue(code);
        } finally {
            switching = false;
        }
    }

    /** Shows the stored text of the selected template and language. */
    private void load() {
        shownTemplate = template.getValue();
        shownLanguage = language.getValue();
        shown = editing.stored(shownTemplate, shownLanguage);
        subject.setValue(shown.text().subject());
        body.setValue(shown.text().body());
        placeholders.removeAll();
        editing.sampleValues(shownTemplate, shownLanguage).forEach((name, sample) -> {
            ListItem item = new ListItem(new Code("{{" + name + "}}"), new Span(getTranslation("templates.sample", sample)));
            item.addClassName("template-placeholder");
            placeholders.add(item);
        });
        edited();
    }

    private void edited() {
        subject.setInvalid(false);
        body.setInvalid(false);
        Text text = currentText();
        boolean isDefault = editing.isDefault(shownTemplate, shownLanguage, text);
        origin.setText(getTranslation(isDefault ? "templates.origin.default" : "templates.origin.custom"));
        origin.getElement().getThemeList().clear();
        origin.getElement().getThemeList().addAll(isDefault ? Set.of("badge", "contrast") : Set.of("badge"));
        Text preview = editing.preview(shownTemplate, shownLanguage, text);
        previewSubject.setText(preview.subject());
        previewBody.setText(preview.body());
        Set<String> unknown = EmailTemplates.unknownPlaceholders(shownTemplate, text);
        previewWarning.setText(unknown.isEmpty() ? "" : getTranslation("templates.unknown", braced(unknown)));
        previewWarning.setVisible(!unknown.isEmpty());
    }

    private void save() {
        SaveOutcome outcome = editing.save(shownTemplate, shownLanguage, currentText(), shown.updatedAt(),
                currentUser.require().id());
        switch (outcome.status()) {
            case SAVED -> {
                load();
                notify("templates.saved", NotificationVariant.LUMO_SUCCESS);
            }
            case UNKNOWN_PLACEHOLDERS -> {
                String message = getTranslation("templates.unknown", braced(outcome.unknownPlaceholders()));
                markUnknown(subject, outcome.unknownPlaceholders(), message);
                markUnknown(body, outcome.unknownPlaceholders(), message);
                Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            case SUBJECT_REQUIRED -> invalid(subject, "templates.subject-required");
            case BODY_REQUIRED -> invalid(body, "templates.body-required");
            case TOO_LONG -> invalid(body, "templates.too-long");
            case CHANGED_MEANWHILE -> notify("templates.changed-meanwhile", NotificationVariant.LUMO_ERROR);
        }
    }

    private void confirmReset() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("templates.reset.title"));
        dialog.setText(getTranslation("templates.reset.text", getTranslation("mail-template." + shownTemplate.key()),
                getTranslation("language." + shownLanguage)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("templates.reset.cancel"));
        dialog.setConfirmText(getTranslation("templates.reset.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> {
            editing.reset(shownTemplate, shownLanguage, currentUser.require().id());
            load();
            notify("templates.reset.done", NotificationVariant.LUMO_SUCCESS);
        });
        dialog.open();
    }

    private <F extends HasValue<?, String> & HasValidation> void markUnknown(F field, Set<String> unknown,
                                                                             String message) {
        if (TemplateText.placeholders(field.getValue()).stream().anyMatch(unknown::contains)) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    private void invalid(HasValidation field, String messageKey) {
        field.setErrorMessage(getTranslation(messageKey));
        field.setInvalid(true);
    }

    private void notify(String messageKey, NotificationVariant variant) {
        Notification.show(getTranslation(messageKey)).addThemeVariants(variant);
    }

    private Text currentText() {
        return new Text(subject.getValue(), body.getValue());
    }

    private boolean hasUnsavedChanges() {
        return shown != null && !editing.sameText(shown.text(), currentText());
    }

    private static String braced(Set<String> names) {
        return names.stream().map(name -> "{{" + name + "}}").collect(Collectors.joining(", "));
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (hasUnsavedChanges()) {
            UnsavedChanges.confirmLeave(event);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staff-templates");
    }
}
