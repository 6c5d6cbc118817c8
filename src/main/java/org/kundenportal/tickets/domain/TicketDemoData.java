package org.kundenportal.tickets.domain;

import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.HISTORY_ENTRY;
import static org.kundenportal.db.Tables.TICKET;
import static org.kundenportal.db.Tables.TIME_ENTRY;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.kundenportal.demo.DemoCompanies;
import org.kundenportal.demo.DemoDataPart;
import org.kundenportal.documents.domain.DocumentType;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo tickets in every state for the bakery and the café, some for the partner's customers (so the partner
 * sees them), one public-form ticket not yet linked to a contact, with staff assigned and time logged.
 */
@Component
@Order(60)
class TicketDemoData implements DemoDataPart {

    private final DSLContext db;
    private final TicketService tickets;

    TicketDemoData(DSLContext db, TicketService tickets) {
        this.db = db;
        this.tickets = tickets;
    }

    @Override
    public void load(DemoCompanies demo) {
        long staff = demo.staffUser();
        long admin = demo.adminUser();
        ticket(demo.bakery(), demo.anna(), demo.annaUser(), "Kassendrucker druckt keine Belege mehr",
                "Seit heute Morgen kommt aus dem Bondrucker an Kasse 1 nichts mehr heraus. Die Kasse zeigt keinen Fehler.",
                TicketCategory.PROBLEM, TicketPriority.HIGH, TicketState.NEW, null, 1, List.of());
        ticket(demo.bakery(), demo.anna(), demo.annaUser(), "Neuen Artikel im Kassensystem anlegen",
                "Wie lege ich unser neues Dinkelbrot mit eigenem Steuersatz an?",
                TicketCategory.QUESTION, TicketPriority.NORMAL, TicketState.BACKLOG, staff, 4, List.of());
        long waiting = ticket(demo.bakery(), demo.anna(), demo.annaUser(), "Tagesabschluss zeigt falsche Summe",
                "Der Z-Bericht vom Montag weicht um 12,40 € von der Kassenzählung ab.",
                TicketCategory.PROBLEM, TicketPriority.HIGH, TicketState.WAITING_FOR_CUSTOMER, staff, 6,
                List.of(new Work(staff, 30, "Z-Berichte von Montag und Dienstag verglichen")));
        message(waiting, staff,
                "Könnten Sie uns bitte ein Foto der Kassenzählung vom Montag schicken?", 5);
        ticket(demo.bakery(), demo.anna(), demo.annaUser(), "Schnittstelle zur Waage",
                "Wir möchten die neue Thekenwaage direkt an die Kasse anbinden.",
                TicketCategory.FEATURE_REQUEST, TicketPriority.NORMAL, TicketState.IN_PROGRESS, admin, 12,
                List.of(new Work(admin, 90, "Protokoll der Waage geprüft"), new Work(admin, 45, "Testaufbau mit Kasse 2")));
        ticket(demo.bakery(), demo.anna(), demo.annaUser(), "Zugang für neue Mitarbeiterin",
                "Bitte richten Sie für Frau Keller einen Kassenzugang ein.",
                TicketCategory.ACCOUNT, TicketPriority.LOW, TicketState.DONE, staff, 20,
                List.of(new Work(staff, 15, "Bedienerin angelegt und Rechte vergeben")));
        ticket(demo.cafe(), demo.lena(), demo.lenaUser(), "Bonrollen nachbestellen",
                "Welche Bonrollen passen in unseren Drucker, und können wir sie über Sie bestellen?",
                TicketCategory.QUESTION, TicketPriority.LOW, TicketState.NEW, null, 2, List.of());
        ticket(demo.cafe(), demo.lena(), demo.lenaUser(), "Kartenzahlung bricht ab",
                "Bei jeder dritten Kartenzahlung bricht das Terminal mit \"Kommunikationsfehler\" ab.",
                TicketCategory.PROBLEM, TicketPriority.URGENT, TicketState.IN_PROGRESS, staff, 3,
                List.of(new Work(staff, 60, "Fernwartung, Terminal-Logs ausgewertet")));
        ticket(demo.cafe(), demo.lena(), demo.lenaUser(), "Rechnungsadresse ändern",
                "Unsere Rechnungen sollen ab sofort an die neue Adresse in der Lindenstraße gehen.",
                TicketCategory.ACCOUNT, TicketPriority.NORMAL, TicketState.DONE, admin, 30, List.of());
        ticket(demo.iceCream(), demo.marco(), null, "Sommerkarte in der Kasse hinterlegen",
                "Ab Mai gilt unsere Sommerkarte. Können Sie die neuen Eisbecher einspielen?",
                TicketCategory.QUESTION, TicketPriority.NORMAL, TicketState.WAITING_FOR_CUSTOMER, staff, 8,
                List.of(new Work(staff, 20, "Artikelliste vorbereitet")));
        ticket(demo.iceCream(), demo.marco(), null, "Touchscreen reagiert verzögert",
                "Der Bildschirm an der Theke reagiert erst nach mehreren Sekunden.",
                TicketCategory.PROBLEM, TicketPriority.HIGH, TicketState.NEW, null, 1, List.of());
        ticket(demo.florist(), null, null, "Gutscheine zum Muttertag",
                "Telefonisch gemeldet: Blumenhaus Lindner möchte Geschenkgutscheine an der Kasse verkaufen.",
                TicketCategory.FEATURE_REQUEST, TicketPriority.NORMAL, TicketState.BACKLOG, admin, 9, List.of());
        String number = tickets.create(TicketSource.PUBLIC_FORM, null, null, null, "Jonas Hartmann",
                "jonas.hartmann@example.org", "Hofladen Hartmann", "Kassensystem für unseren Hofladen",
                "Wir eröffnen im Frühjahr einen Hofladen und suchen eine Kasse mit Waage. Bitte rufen Sie mich an.",
                TicketCategory.QUESTION, TicketPriority.NORMAL, List.of());
        backdate(db.select(TICKET.ID).from(TICKET).where(TICKET.NUMBER.eq(number)).fetchSingle(TICKET.ID), 0);
    }

    private record Work(long userId, int minutes, String description) {
    }

    private long ticket(long companyId, Long contactId, Long userId, String subject, String description,
                        TicketCategory category, TicketPriority priority, TicketState state, Long assignee,
                        int daysAgo, List<Work> work) {
        TicketSource source = userId == null ? TicketSource.STAFF : TicketSource.PORTAL;
        String number = tickets.create(source, companyId, contactId, userId, null, null, null, subject, description,
                category, priority, List.of());
        long id = db.select(TICKET.ID).from(TICKET).where(TICKET.NUMBER.eq(number)).fetchSingle(TICKET.ID);
        Instant created = backdate(id, daysAgo);
        Instant changed = created.plus(Duration.ofHours(3));
        db.update(TICKET)
                .set(TICKET.STATE, state)
                .set(TICKET.ASSIGNED_USER_ID, assignee)
                .set(TICKET.UPDATED_AT, state == TicketState.NEW ? created : changed)
                .set(TICKET.CLOSED_AT, state == TicketState.DONE ? changed : null)
                .where(TICKET.ID.eq(id))
                .execute();
        if (state != TicketState.NEW) {
            history(id, "EVENT", "STATE_CHANGED", assignee, state.name(), changed);
        }
        LocalDate day = LocalDate.ofInstant(changed, ZoneOffset.UTC);
        for (Work entry : work) {
            db.insertInto(TIME_ENTRY)
                    .set(TIME_ENTRY.DOCUMENT_TYPE, DocumentType.TICKET)
                    .set(TIME_ENTRY.DOCUMENT_ID, id)
                    .set(TIME_ENTRY.USER_ID, entry.userId())
                    .set(TIME_ENTRY.WORK_DATE, day)
                    .set(TIME_ENTRY.MINUTES, entry.minutes())
                    .set(TIME_ENTRY.DESCRIPTION, entry.description())
                    .set(TIME_ENTRY.CREATED_AT, changed)
                    .execute();
        }
        return id;
    }

    /** Moves the ticket and its submission event into the past, so lists have an age to sort by. */
    private Instant backdate(long id, int daysAgo) {
        Instant created = Instant.now().minus(Duration.ofDays(daysAgo)).minus(Duration.ofHours(2));
        db.update(TICKET).set(TICKET.CREATED_AT, created).set(TICKET.UPDATED_AT, created).where(TICKET.ID.eq(id)).execute();
        db.update(HISTORY_ENTRY).set(HISTORY_ENTRY.CREATED_AT, created)
                .where(HISTORY_ENTRY.DOCUMENT_TYPE.eq(DocumentType.TICKET).and(HISTORY_ENTRY.DOCUMENT_ID.eq(id)))
                .execute();
        return created;
    }

    private String name(long userId) {
        return db.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchSingle(APP_USER.DISPLAY_NAME);
    }

    private void message(long ticketId, long userId, String text, int daysAgo) {
        history(ticketId, "MESSAGE", null, userId, text, Instant.now().minus(Duration.ofDays(daysAgo)));
    }

    private void history(long ticketId, String kind, String event, Long userId, String body, Instant at) {
        db.insertInto(HISTORY_ENTRY)
                .set(HISTORY_ENTRY.DOCUMENT_TYPE, DocumentType.TICKET)
                .set(HISTORY_ENTRY.DOCUMENT_ID, ticketId)
                .set(HISTORY_ENTRY.KIND, kind)
                .set(HISTORY_ENTRY.EVENT, event)
                .set(HISTORY_ENTRY.AUTHOR_USER_ID, userId)
                .set(HISTORY_ENTRY.AUTHOR_NAME, userId == null ? null : name(userId))
                .set(HISTORY_ENTRY.BODY, body)
                .set(HISTORY_ENTRY.CREATED_AT, at)
                .execute();
    }
}
