package org.kundenportal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.account.TestAccounts;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.history.HistoryFixtures;
import org.kundenportal.history.domain.Attachment;
import org.kundenportal.history.domain.EntryKind;
import org.kundenportal.history.domain.HistoryEntry;
import org.kundenportal.history.domain.HistoryService;
import org.kundenportal.history.domain.TimeEntry;
import org.kundenportal.history.domain.Timeline;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The demo history lands on the documents of the demo companies; here a company of the test's own stands in. */
class HistoryDemoDataTest extends SpringTest {

    @Autowired
    HistoryDemoData demoData;
    @Autowired
    HistoryService history;
    @Autowired
    ApplicationContext context;

    @Test
    void documentsGetConversationsNotesTimeAndSomebodyInCharge() {
        HistoryFixtures fixtures = new HistoryFixtures(context);
        TestAccounts.Account customer = new TestAccounts(context).customer("history-demo");
        DocumentRef quote = fixtures.quote(customer.email(), "SENT");
        PortalUser staff = fixtures.principal(TestWorld.STAFF);
        PortalUser admin = fixtures.principal(TestWorld.ADMIN);
        long nobody = -1;

        demoData.load(new DemoCompanies(customer.companyId(), customer.contactId(), customer.userId(), nobody, nobody,
                nobody, nobody, nobody, nobody, nobody, nobody, nobody, nobody, staff.id(), admin.id()));

        Timeline timeline = history.timeline(staff, quote, false, 50);
        assertThat(timeline.entries()).extracting(HistoryEntry::kind)
                .containsExactly(EntryKind.MESSAGE, EntryKind.MESSAGE, EntryKind.NOTE, EntryKind.MESSAGE);
        assertThat(timeline.entries().getFirst().attachments()).extracting(Attachment::fileName).containsExactly("zaehlerstaende.csv");
        assertThat(history.timeEntries(staff, quote)).extracting(TimeEntry::minutes).containsExactlyInAnyOrder(20, 150, 45);
        assertThat(history.readable(staff, quote).orElseThrow().responsibleUserId()).isEqualTo(staff.id());
        assertThat(history.timeline(staff, quote, true, 50).entries())
                .extracting(HistoryEntry::kind).doesNotContain(EntryKind.NOTE);
    }
}
