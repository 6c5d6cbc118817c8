package org.kundenportal.history.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kundenportal.db.Tables.HISTORY_ATTACHMENT;
import static org.kundenportal.db.Tables.HISTORY_ENTRY;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kundenportal.Mails;
import org.kundenportal.RestoreSettings;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.account.TestAccounts;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.history.HistoryFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@ExtendWith(RestoreSettings.class)
class HistoryServiceTest extends SpringTest {

    static final byte[] TEXT = "Lieferschein anbei.\nGrüße".getBytes(StandardCharsets.UTF_8);

    @Autowired
    HistoryService history;
    @Autowired
    DSLContext db;
    @Autowired
    GreenMail smtp;
    @Autowired
    Settings settings;
    @Autowired
    ApplicationContext context;

    HistoryFixtures fixtures;
    PortalUser anna;
    PortalUser staff;

    @BeforeEach
    void setUp() {
        fixtures = new HistoryFixtures(context);
        anna = fixtures.principal(TestWorld.CUSTOMER);
        staff = fixtures.principal(TestWorld.STAFF);
    }

    private static NewAttachment file(String name, byte[] content) {
        return new NewAttachment(name, content);
    }

    private static String kindsOf(Timeline timeline) {
        return timeline.entries().stream().map(entry -> entry.kind() + ":" + entry.body()).toList().toString();
    }

    @Test
    void portalUsersNeverGetInternalNotesNorDoesThePreview() {
        DocumentRef quote = fixtures.quote(TestWorld.CUSTOMER, "SENT");
        history.post(staff, quote, "Kunde zahlt immer spät", List.of(), true);
        history.post(staff, quote, "Guten Tag Frau Becker", List.of(), false);

        assertThat(kindsOf(history.timeline(anna, quote, false, 50)))
                .contains("MESSAGE:Guten Tag Frau Becker").doesNotContain("NOTE").doesNotContain("spät");
        assertThat(kindsOf(history.timeline(staff, quote, true, 50))).doesNotContain("NOTE");
        assertThat(kindsOf(history.timeline(staff, quote, false, 50))).contains("NOTE:Kunde zahlt immer spät");
    }

    @Test
    void portalUsersCannotWriteNotes() {
        DocumentRef quote = fixtures.quote(TestWorld.CUSTOMER, "SENT");

        assertThatThrownBy(() -> history.post(anna, quote, "psst", List.of(), true)).isInstanceOf(RefusedException.class);
        assertThat(history.timeline(staff, quote, false, 50).total()).isZero();
    }

    @Test
    void anotherCompanysUserAndDraftsStayOutOfReach() {
        DocumentRef quote = fixtures.quote(TestWorld.CUSTOMER, "SENT");
        DocumentRef draft = fixtures.quote(TestWorld.CUSTOMER, "DRAFT");
        PortalUser lena = fixtures.principal(TestWorld.CUSTOMER2);

        assertThat(history.readable(lena, quote)).isEmpty();
        assertThatThrownBy(() -> history.post(lena, quote, "Hallo", List.of(), false)).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> history.timeline(lena, quote, false, 50)).isInstanceOf(RefusedException.class);
        assertThat(history.readable(anna, draft)).isEmpty();
        assertThat(history.readable(staff, draft)).isPresent();
    }

    @Test
    void customerWithoutTheAreaPermissionCannotReadTheHistory() {
        TestAccounts.Account invoicesOnly = new TestAccounts(context).customer("history-area");
        PortalUser user = fixtures.principal(invoicesOnly.email());

        assertThat(history.readable(user, fixtures.quote(invoicesOnly.email(), "SENT"))).isEmpty();
        assertThat(history.readable(user, fixtures.invoice(invoicesOnly.email()))).isPresent();
    }

    @Test
    void emptyAndOverlongMessagesAreRefused() {
        DocumentRef quote = fixtures.quote(TestWorld.CUSTOMER, "SENT");

        assertThatThrownBy(() -> history.post(anna, quote, "  \n ", List.of(), false))
                .isInstanceOf(RefusedException.class).hasMessageContaining("history.refused.empty");
        assertThatThrownBy(() -> history.post(anna, quote, "x".repeat(10_001), List.of(), false))
                .isInstanceOf(RefusedException.class).hasMessageContaining("history.refused.too-long");
        history.post(anna, quote, "x".repeat(10_000), List.of(), false);
        assertThat(history.timeline(anna, quote, false, 50).total()).isEqualTo(1);
    }

    @Test
    void attachmentsAreStoredWithTheirSniffedTypeAndSha256() throws Exception {
        DocumentRef quote = fixtures.quote(TestWorld.CUSTOMER, "SENT");

        long entryId = history.post(anna, quote, "Anbei", List.of(file("C:\\Users\\anna\\lieferschein.txt", TEXT)), false);

        var stored = db.selectFrom(HISTORY_ATTACHMENT).where(HISTORY_ATTACHMENT.ENTRY_ID.eq(entryId)).fetchSingle();
        assertThat(stored.getFileName()).isEqualTo("lieferschein.txt");
        assertThat(stored.getContentType()).isEqualTo("text/plain;charset=UTF-8");
        assertThat(stored.getSizeBytes()).isEqualTo(TEXT.length);
        assertThat(stored.getSha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(TEXT)));
        assertThat(stored.getContent()).isEqualTo(TEXT);
        assertThat(history.timeline(anna, quote, false, 50).entries().getFirst().attachments())
                .extracting(Attachment::fileName).containsExactly("lieferschein.txt");
    }

    @Test
    void filesAreJudgedByTheirContentNotByTheirName() {
        DocumentRef quote = fixtures.quote(TestWorld.CUSTOMER, "SENT");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0};

        for (NewAttachment refused : List.of(file("rechnung.pdf", TEXT), file("setup.exe", exe), file("bild.txt", png),
                file("makro.docm", zip), file("daten.csv", new byte[]{'a', 0, 'b'}),
                file("latin1.txt", new byte[]{'G', 'r', (byte) 0xFC, 'n'}), file("seite.html", TEXT))) {
            assertThatThrownBy(() -> history.post(anna, quote, "Datei", List.of(refused), false))
                    .isInstanceOf(RefusedException.class)
                    .satisfies(e -> assertThat(((RefusedException) e).arguments()).contains(refused.fileName()));
        }
        history.post(anna, quote, "Dateien", List.of(file("bild.png", png), file("angebot.docx", zip),
                file("liste.csv", "a;b\n1;2".getBytes(StandardCharsets.UTF_8))), false);
        assertThat(history.timeline(anna, quote, false, 50).total()).isEqualTo(1);
        assertThat(db.select(HISTORY_ATTACHMENT.CONTENT_TYPE).from(HISTORY_ATTACHMENT).join(HISTORY_ENTRY)
                .on(HISTORY_ENTRY.ID.eq(HISTORY_ATTACHMENT.ENTRY_ID)).where(HISTORY_ENTRY.DOCUMENT_ID.eq(quote.id()))
                .orderBy(HISTORY_ATTACHMENT.ID).fetch(HISTORY_ATTACHMENT.CONTENT_TYPE))
                .containsExactly("image/png", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "text/csv;charset=UTF-8");
    }

    @Test
    void atMostFiveFilesOfTenMegabytesEach() {
        DocumentRef quote = fixtures.quote(TestWorld.CUSTOMER, "SENT");
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(tooLarge, (byte) 'a');

        assertThatThrownBy(() -> history.post(anna, quote, "groß", List.of(file("gross.txt", tooLarge)), false))
                .isInstanceOf(RefusedException.class).hasMessageContaining("history.refused.file-too-large");
        assertThatThrownBy(() -> history.post(anna, quote, "viele", Collections.nCopies(6, file("a.txt", TEXT)), false))
                .isInstanceOf(RefusedException.class).hasMessageContaining("history.refused.too-many-files");
        assertThat(history.timeline(anna, quote, false, 50).total()).isZero();

        history.post(anna, quote, "fünf", Collections.nCopies(5, file("a.txt", TEXT)), false);
        assertThat(history.timeline(anna, quote, false, 50).entries().getFirst().attachments()).hasSize(5);
    }

    @Test
    void aCustomerMessageMailsTheStaffMemberInCharge() {
        DocumentRef quote = fixtures.quote(TestWorld.CUSTOMER, "SENT");
        fixtures.setResponsible(quote, staff.id());
        String number = fixtures.numberOf(quote);

        history.post(anna, quote, "Können Sie früher liefern?", List.of(), false);

        MimeMessage mail = mailAbout(TestWorld.STAFF, number);
        assertThat(Mails.subject(mail)).isEqualTo("Neue Nachricht zu Angebot " + number);
        assertThat(Mails.text(mail)).contains(anna.displayName(), "Können Sie früher liefern?", "/staff/quotes/" + number);
    }

    @Test
    void withNobodyInChargeTheCompanyAddressGetsTheMail() {
        settings.put(SettingKey.COMPANY_EMAIL, "service-history@testwelt.example", null);
        DocumentRef quote = fixtures.quote(TestWorld.CUSTOMER, "SENT");
        String number = fixtures.numberOf(quote);

        history.post(anna, quote, "Frage zum Angebot", List.of(), false);

        assertThat(Mails.text(mailAbout("service-history@testwelt.example", number))).contains("Frage zum Angebot");
    }

    @Test
    void aStaffMessageMailsTheCompanysUsersWithTheAreaInTheirLanguage() {
        DocumentRef quote = fixtures.quote(TestWorld.CUSTOMER2, "SENT");
        String number = fixtures.numberOf(quote);

        history.post(staff, quote, "We can deliver next week.", List.of(), false);

        MimeMessage mail = mailAbout(TestWorld.CUSTOMER2, number);
        assertThat(Mails.subject(mail)).isEqualTo("New message on Quote " + number);
        assertThat(Mails.text(mail)).contains("Hello " + fixtures.principal(TestWorld.CUSTOMER2).displayName(),
                staff.displayName(), "We can deliver next week.", "/quotes/" + number).doesNotContain("/staff/");
    }

    @Test
    void staffMessagesReachOnlyUsersWithTheDocumentsArea() {
        TestAccounts.Account invoicesOnly = new TestAccounts(context).customer("history-mail");
        DocumentRef quote = fixtures.quote(invoicesOnly.email(), "SENT");
        DocumentRef invoice = fixtures.invoice(invoicesOnly.email());

        history.post(staff, quote, "Zum Angebot", List.of(), false);
        history.post(staff, invoice, "Zur Rechnung", List.of(), false);
        history.post(staff, invoice, "Nur intern", List.of(), true);

        MimeMessage mail = Mails.awaitMailTo(smtp, invoicesOnly.email());
        assertThat(Mails.text(mail)).contains("Zur Rechnung", "/invoices/RE-T-");
        assertThat(Mails.to(smtp, invoicesOnly.email())).hasSize(1);
    }

    @Test
    void aSupplierGetsTheStaffMessagesOnItsPurchaseOrders() {
        DocumentRef order = fixtures.purchaseOrder(TestWorld.SUPPLIER);

        history.post(staff, order, "Bitte Liefertermin bestätigen: " + order.id(), List.of(), false);

        assertThat(Mails.to(smtp, TestWorld.SUPPLIER).stream().map(Mails::text))
                .anySatisfy(text -> assertThat(text).contains("Bitte Liefertermin bestätigen: " + order.id(), "/purchase-orders/B-T-"));
        assertThat(history.readable(fixtures.principal(TestWorld.SUPPLIER), order)).isPresent();
        assertThat(history.readable(anna, order)).isEmpty();
    }

    @Test
    void timeEntriesAreValidatedAndAddUp() {
        DocumentRef quote = fixtures.quote(TestWorld.CUSTOMER, "SENT");
        LocalDate today = LocalDate.now(Formats.ZONE);

        assertThatThrownBy(() -> history.addTimeEntry(staff, quote, today.plusDays(1), 30, "Zukunft"))
                .isInstanceOf(RefusedException.class).hasMessageContaining("time-date");
        assertThatThrownBy(() -> history.addTimeEntry(staff, quote, today, 0, "Nichts"))
                .isInstanceOf(RefusedException.class).hasMessageContaining("time-duration");
        assertThatThrownBy(() -> history.addTimeEntry(staff, quote, today, 24 * 60 + 1, "Zu lang"))
                .isInstanceOf(RefusedException.class).hasMessageContaining("time-duration");
        assertThatThrownBy(() -> history.addTimeEntry(staff, quote, today, 30, "  "))
                .isInstanceOf(RefusedException.class).hasMessageContaining("time-description");
        assertThatThrownBy(() -> history.addTimeEntry(anna, quote, today, 30, "Kunde"))
                .isInstanceOf(RefusedException.class).hasMessageContaining("not-allowed");

        history.addTimeEntry(staff, quote, today.minusDays(1), 150, "Einrichtung Kassensystem vor Ort");
        history.addTimeEntry(staff, quote, today, 24 * 60, "Schulung");
        history.addTimeEntry(staff, quote, today, 1, "Anruf");

        List<TimeEntry> entries = history.timeEntries(anna, quote);
        assertThat(entries).extracting(TimeEntry::description).containsExactlyInAnyOrder("Einrichtung Kassensystem vor Ort", "Schulung", "Anruf");
        assertThat(entries).extracting(TimeEntry::userName).containsOnly(staff.displayName());
        assertThat(entries.stream().mapToInt(TimeEntry::minutes).sum()).isEqualTo(150 + 1440 + 1);
    }

    @Test
    void changingWhoIsInChargeIsRecorded() {
        DocumentRef quote = fixtures.quote(TestWorld.CUSTOMER, "SENT");

        history.assign(staff, quote, staff.id());

        assertThat(history.readable(staff, quote).orElseThrow().responsibleUserId()).isEqualTo(staff.id());
        HistoryEntry event = history.timeline(anna, quote, false, 50).entries().getFirst();
        assertThat(event.event()).isEqualTo(HistoryEvent.ASSIGNED);
        assertThat(event.body()).isEqualTo(staff.displayName());
        assertThatThrownBy(() -> history.assign(staff, quote, anna.id())).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> history.assign(anna, quote, null)).isInstanceOf(RefusedException.class);
    }

    @Test
    void theTimelineShowsTheNewestFirstAndKnowsThereIsMore() {
        DocumentRef quote = fixtures.quote(TestWorld.CUSTOMER, "SENT");
        for (int i = 1; i <= 3; i++) {
            history.post(anna, quote, "Nachricht " + i, List.of(), false);
        }

        Timeline latest = history.timeline(anna, quote, false, 2);

        assertThat(latest.entries()).extracting(HistoryEntry::body).containsExactly("Nachricht 3", "Nachricht 2");
        assertThat(latest.hasOlder()).isTrue();
    }

    /** Mails go out right after the commit, in the posting thread, so they are there when post returns. */
    private MimeMessage mailAbout(String recipient, String number) {
        return Mails.to(smtp, recipient).stream().filter(mail -> Mails.subject(mail).contains(number)).findFirst()
                .orElseThrow(() -> new AssertionError("No mail about " + number + " to " + recipient));
    }
}
