package org.kundenportal.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.domain.HistoryLog;
import org.kundenportal.history.domain.EntryKind;
import org.kundenportal.history.domain.HistoryRepository;
import org.kundenportal.history.domain.HistoryService;
import org.kundenportal.tickets.domain.TicketCategory;
import org.kundenportal.tickets.domain.TicketPriority;
import org.kundenportal.tickets.domain.TicketRepository;
import org.kundenportal.tickets.domain.TicketService;
import org.kundenportal.tickets.domain.TicketSource;
import org.kundenportal.tickets.domain.TicketState;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo tickets in every state for the bakery and the café, some for the partner's customers (so the partner
 * sees them), one public-form ticket not yet linked to a contact, with staff assigned and time logged.
 */
@Component
@Order(60)
class TicketDemoData implements DemoDataPart {

    private final TicketService tickets;
    private final TicketRepository ticketRows;
    private final HistoryLog events;
    private final HistoryRepository history;
    private final HistoryService historyService;
    private final UserRepository users;

    TicketDemoData(TicketService tickets, TicketRepository ticketRows, HistoryLog events, HistoryRepository history,
                   HistoryService historyService, UserRepository users) {
        this.tickets = tickets;
        this.ticketRows = ticketRows;
        this.events = events;
        this.history = history;
        this.historyService = historyService;
        this.users = users;
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
        backdate(ticketRows.idOf(number).orElseThrow(), 0);
    }

    private record Work(long userId, int minutes, String description) {
    }

    private long ticket(long companyId, Long contactId, Long userId, String subject, String description,
                        TicketCategory category, TicketPriority priority, TicketState state, Long assignee,
                        int daysAgo, List<Work> work) {
        TicketSource source = userId == null ? TicketSource.STAFF : TicketSource.PORTAL;
        String number = tickets.create(source, companyId, contactId, userId, null, null, null, subject, description,
                category, priority, List.of());
        long id = ticketRows.idOf(number).orElseThrow();
        Instant created = backdate(id, daysAgo);
        Instant changed = created.plus(Duration.ofHours(3));
        ticketRows.backdateState(id, state, assignee, state == TicketState.NEW ? created : changed);
        DocumentRef ref = new DocumentRef(DocumentType.TICKET, id);
        if (state != TicketState.NEW) {
            events.eventAt(ref, HistoryEvent.STATE_CHANGED, assignee, state.name(), changed);
        }
        LocalDate day = LocalDate.ofInstant(changed, ZoneOffset.UTC);
        for (Work entry : work) {
            PortalUser worker = users.findPrincipal(users.account(entry.userId()).orElseThrow().email()).orElseThrow();
            historyService.addTimeEntry(worker, ref, day, entry.minutes(), entry.description());
        }
        return id;
    }

    /** Moves the ticket and its submission event into the past, so lists have an age to sort by. */
    private Instant backdate(long id, int daysAgo) {
        Instant created = Instant.now().minus(Duration.ofDays(daysAgo)).minus(Duration.ofHours(2));
        ticketRows.backdate(id, created);
        return created;
    }

    private void message(long ticketId, long userId, String text, int daysAgo) {
        history.insertEntry(new DocumentRef(DocumentType.TICKET, ticketId), EntryKind.MESSAGE, userId,
                users.account(userId).orElseThrow().displayName(), text, Instant.now().minus(Duration.ofDays(daysAgo)));
    }
}
