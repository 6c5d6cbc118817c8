package org.kundenportal.history.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.ui.LocalizedDatePicker;
import org.kundenportal.base.ui.grid.ListCard;
import org.kundenportal.base.ui.grid.ResponsiveGrid;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.history.domain.Attachment;
import org.kundenportal.history.domain.DocumentInfo;
import org.kundenportal.history.domain.EntryKind;
import org.kundenportal.history.domain.HistoryEntry;
import org.kundenportal.history.domain.HistoryService;
import org.kundenportal.history.domain.NewAttachment;
import org.kundenportal.history.domain.StaffMember;
import org.kundenportal.history.domain.TimeEntry;
import org.kundenportal.history.domain.Timeline;

/**
 * The foot of a document page: the staff member in charge, a composer, the timeline (newest first) and the
 * time entries. In the customer preview it shows what the customer sees and nothing on it acts.
 */
public class HistoryPanel extends Section {

    static final int PAGE = 50;

    private final HistoryService history;
    private final PortalUser user;
    private final DocumentInfo document;
    private final boolean preview;
    private final Div timeline = new Div();
    private final Button showOlder = new Button();
    private final Grid<TimeEntry> timeGrid = new Grid<>();
    private final Span timeTotal = new Span();
    private final List<NewAttachment> pendingFiles = new ArrayList<>();
    private int limit = PAGE;

    HistoryPanel(HistoryService history, PortalUser user, DocumentInfo document, boolean preview) {
        this.history = history;
        this.user = user;
        this.document = document;
        this.preview = preview;
        addClassName("history-panel");
        add(new H2(getTranslation("history.title")), responsible());
        if (!preview) {
            add(composer());
        }
        timeline.addClassName("history-timeline");
        showOlder.setText(getTranslation("history.show-older"));
        showOlder.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        showOlder.addClickListener(click -> {
            limit += PAGE;
            refreshTimeline();
        });
        add(timeline, showOlder, timeEntries());
        refreshTimeline();
        refreshTimeEntries();
    }

    /** Staff outside the preview write notes, log time and change who is in charge. */
    private boolean isStaffEditing() {
        return user.isInternal() && !preview;
    }

    private Component responsible() {
        HorizontalLayout row = new HorizontalLayout();
        row.addClassName("history-responsible");
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        List<StaffMember> staff = history.staff();
        StaffMember current = staff.stream().filter(member -> Objects.equals(member.id(), document.responsibleUserId()))
                .findFirst().orElse(null);
        if (isStaffEditing()) {
            ComboBox<StaffMember> select = new ComboBox<>(getTranslation("history.responsible"));
            select.setItems(staff);
            select.setItemLabelGenerator(StaffMember::name);
            select.setClearButtonVisible(true);
            select.setPlaceholder(getTranslation("history.responsible.nobody"));
            select.setValue(current);
            select.addValueChangeListener(change -> {
                if (change.isFromClient() && Feedback.attempt(() -> history.assign(user, document.ref(),
                        change.getValue() == null ? null : change.getValue().id()))) {
                    Feedback.success(getTranslation("history.responsible.changed"));
                    refreshTimeline();
                }
            });
            row.add(select);
        } else {
            row.add(new Span(getTranslation("history.responsible")),
                    new Span(current == null ? getTranslation("history.responsible.nobody") : current.name()));
        }
        return row;
    }

    private Component composer() {
        TextArea text = new TextArea(getTranslation("history.message"));
        text.setMaxLength(HistoryService.MAX_MESSAGE_CHARS);
        text.setWidthFull();
        text.addClassName("history-message");

        Upload upload = new Upload(UploadHandler.inMemory((metadata, content) -> receive(metadata.fileName(), content)));
        upload.setMaxFiles(HistoryService.MAX_FILES);
        upload.setMaxFileSize(HistoryService.MAX_FILE_BYTES);
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(rejected -> Feedback.error(getTranslation("history.upload.rejected",
                rejected.getFileName(), HistoryService.MAX_FILES, HistoryService.MAX_FILE_BYTES / (1024 * 1024))));
        upload.addFileRemovedListener(removed -> pendingFiles.removeIf(file -> file.fileName().equals(removed.getFileName())));

        Checkbox internal = new Checkbox(getTranslation("history.internal-note"));

        Button send = new Button(getTranslation("history.send"), VaadinIcon.PAPERPLANE.create());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(click -> {
            boolean note = internal.getValue();
            if (Feedback.attempt(() -> history.post(user, document.ref(), text.getValue(), List.copyOf(pendingFiles), note))) {
                text.clear();
                pendingFiles.clear();
                upload.clearFileList();
                internal.clear();
                Feedback.success(getTranslation(note ? "history.note-saved" : "history.message-sent"));
                refreshTimeline();
            }
            send.setEnabled(true);
        });

        HorizontalLayout actions = new HorizontalLayout(send);
        if (isStaffEditing()) {
            actions.addComponentAsFirst(internal);
        }
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        Div composer = new Div(text, upload, actions);
        composer.addClassName("history-composer");
        return composer;
    }

    /** The upload's own texts in the user's language; what is left unset keeps Vaadin's defaults. */
    private UploadI18N uploadTexts() {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("history.upload.drop"))
                        .setMany(getTranslation("history.upload.drop")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("history.upload.add"))
                        .setMany(getTranslation("history.upload.add")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("history.upload.too-many", HistoryService.MAX_FILES))
                        .setFileIsTooBig(getTranslation("history.upload.too-big", HistoryService.MAX_FILE_BYTES / (1024 * 1024)))
                        .setIncorrectFileType(getTranslation("history.upload.wrong-type")));
    }

    /** Checks a file as it arrives, so a refused one is named at once instead of when sending. */
    void receive(String fileName, byte[] content) {
        NewAttachment file = new NewAttachment(fileName, content);
        try {
            HistoryService.validate(file);
            if (pendingFiles.size() >= HistoryService.MAX_FILES) {
                throw new RefusedException("history.refused.too-many-files", HistoryService.MAX_FILES);
            }
            pendingFiles.add(file);
        } catch (RefusedException refusal) {
            Feedback.refused(refusal);
        }
    }

    private void refreshTimeline() {
        Timeline entries = history.timeline(user, document.ref(), preview, limit);
        timeline.removeAll();
        if (entries.entries().isEmpty()) {
            timeline.add(new Span(getTranslation("history.empty")));
        }
        entries.entries().forEach(entry -> timeline.add(entry(entry)));
        showOlder.setVisible(entries.hasOlder());
    }

    private Component entry(HistoryEntry entry) {
        Div item = new Div();
        item.addClassNames("history-entry", "history-entry-" + entry.kind().name().toLowerCase());
        Div head = new Div();
        head.addClassName("history-entry-head");
        if (entry.kind() == EntryKind.EVENT) {
            head.add(VaadinIcon.INFO_CIRCLE_O.create(), new Span(getTranslation("history.event." + entry.event().name())));
        } else {
            head.add(new Span(entry.authorName() == null ? "" : entry.authorName()));
            if (entry.authorIsStaff()) {
                head.add(badge(getTranslation("history.staff"), "history-badge-staff"));
            }
        }
        if (entry.kind() == EntryKind.NOTE) {
            head.add(badge(getTranslation("history.internal"), "history-badge-internal"));
        }
        if (entry.kind() == EntryKind.EVENT && entry.authorName() != null) {
            head.add(new Span(getTranslation("history.event.by", entry.authorName())));
        }
        Span time = new Span(Formats.dateTime(entry.createdAt(), getLocale()));
        time.addClassName("history-entry-time");
        head.add(time);
        item.add(head);
        if (entry.body() != null && !entry.body().isBlank()) {
            Div body = new Div(entry.kind() == EntryKind.EVENT
                    ? HistoryEventText.of(entry.event(), entry.body(), getLocale(), this::getTranslation) : entry.body());
            body.addClassName("history-entry-body");
            item.add(body);
        }
        if (!entry.attachments().isEmpty()) {
            Div files = new Div();
            files.addClassName("history-attachments");
            entry.attachments().forEach(attachment -> files.add(link(attachment)));
            item.add(files);
        }
        return item;
    }

    private static Span badge(String text, String className) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge small");
        badge.addClassName(className);
        return badge;
    }

    private Anchor link(Attachment attachment) {
        Anchor link = new Anchor("/documents/attachments/" + attachment.id(),
                attachment.fileName() + " (" + size(attachment.sizeBytes()) + ")");
        // a plain download, not a route of the app
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().setAttribute("download", true);
        link.addClassName("history-attachment");
        return link;
    }

    private String size(long bytes) {
        return bytes < 1024 ? getTranslation("history.size.bytes", bytes)
                : bytes < 1024 * 1024 ? getTranslation("history.size.kb", Math.max(1, bytes / 1024))
                : getTranslation("history.size.mb", Formats.number(BigDecimal.valueOf(bytes)
                        .divide(BigDecimal.valueOf(1024L * 1024L), 1, RoundingMode.HALF_UP), getLocale()));
    }

    private Component timeEntries() {
        Section section = new Section();
        section.addClassName("history-time");
        section.add(new H3(getTranslation("history.time.title")));
        timeGrid.addColumn(entry -> Formats.date(entry.workDate(), getLocale())).setHeader(getTranslation("history.time.date"))
                .setAutoWidth(true).setFlexGrow(0);
        timeGrid.addColumn(entry -> duration(entry.minutes())).setHeader(getTranslation("history.time.duration"))
                .setAutoWidth(true).setFlexGrow(0);
        timeGrid.addColumn(TimeEntry::userName).setHeader(getTranslation("history.time.staff")).setAutoWidth(true).setFlexGrow(0);
        timeGrid.addColumn(TimeEntry::description).setHeader(getTranslation("history.time.description")).setFlexGrow(1);
        timeGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        timeGrid.setAllRowsVisible(true);
        timeGrid.setEmptyStateText(getTranslation("history.time.empty"));
        ResponsiveGrid.of(timeGrid, ListCard.<TimeEntry>titled(entry -> Formats.date(entry.workDate(), getLocale()))
                .detail(entry -> duration(entry.minutes())).meta(TimeEntry::userName, TimeEntry::description));
        timeTotal.addClassName("history-time-total");
        section.add(timeGrid, timeTotal);
        if (isStaffEditing()) {
            section.add(timeForm());
        }
        return section;
    }

    private Component timeForm() {
        DatePicker date = new LocalizedDatePicker(getTranslation("history.time.date"), LocalDate.now(Formats.ZONE));
        date.setMax(LocalDate.now(Formats.ZONE));
        IntegerField hours = new IntegerField(getTranslation("history.time.hours"));
        hours.setMin(0);
        hours.setMax(24);
        hours.setStepButtonsVisible(true);
        hours.setWidth("7rem");
        IntegerField minutes = new IntegerField(getTranslation("history.time.minutes"));
        minutes.setMin(0);
        minutes.setMax(59);
        minutes.setStepButtonsVisible(true);
        minutes.setWidth("7rem");
        TextField description = new TextField(getTranslation("history.time.description"));
        description.setMaxLength(HistoryService.MAX_DESCRIPTION_CHARS);
        description.setWidth("20rem");
        Button add = new Button(getTranslation("history.time.add"), VaadinIcon.CLOCK.create());
        add.addClickListener(click -> {
            int total = valueOf(hours) * 60 + valueOf(minutes);
            if (Feedback.attempt(() -> history.addTimeEntry(user, document.ref(), date.getValue(), total, description.getValue()))) {
                hours.clear();
                minutes.clear();
                description.clear();
                Feedback.success(getTranslation("history.time.added"));
                refreshTimeEntries();
            }
        });
        HorizontalLayout form = new HorizontalLayout(date, hours, minutes, description, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.addClassName("history-time-form");
        return form;
    }

    private static int valueOf(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private void refreshTimeEntries() {
        List<TimeEntry> entries = history.timeEntries(user, document.ref());
        timeGrid.setItems(entries);
        timeTotal.setText(getTranslation("history.time.total", duration(entries.stream().mapToInt(TimeEntry::minutes).sum())));
    }

    private String duration(int minutes) {
        return getTranslation("history.time.hours-minutes", minutes / 60, minutes % 60);
    }
}
