package org.kundenportal.subscriptions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kundenportal.subscriptions.SubscriptionFixtures.line;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.subscriptions.SubscriptionFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

class SubscriptionServiceTest extends SpringTest {

    @Autowired
    ApplicationContext context;

    SubscriptionFixtures fixtures;
    SubscriptionService service;
    PortalUser staff;
    long company;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void setUp() {
        fixtures = new SubscriptionFixtures(context);
        service = fixtures.service;
        staff = fixtures.staff();
        company = fixtures.customerCompany(SubscriptionFixtures.unique("Abo Service GmbH"));
    }

    private SubscriptionDraft newDraft() {
        return new SubscriptionDraft(null, 0, company, "  Kasse Test  ", BillingPeriod.MONTHLY, today, today.plusDays(10),
                null, "CHF", staff.id(), List.of(line(" POS ", " Kasse ", "2", "19.90"), line("TSE", "TSE Cloud", "1", "9.90")));
    }

    private String active() {
        return service.save(staff, newDraft());
    }

    private void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(RefusedException.class)
                .extracting(refusal -> ((RefusedException) refusal).messageKey()).isEqualTo(key);
    }

    private static SubscriptionDraft withLines(SubscriptionDraft d, List<SubscriptionLine> lines) {
        return new SubscriptionDraft(d.id(), d.version(), d.companyId(), d.planName(), d.period(), d.startDate(),
                d.nextInvoiceDate(), d.endDate(), d.currency(), d.responsibleUserId(), lines);
    }

    private static SubscriptionDraft withDates(SubscriptionDraft d, LocalDate start, LocalDate next, LocalDate end) {
        return new SubscriptionDraft(d.id(), d.version(), d.companyId(), d.planName(), d.period(), start, next, end,
                d.currency(), d.responsibleUserId(), d.lines());
    }

    private static SubscriptionDraft withPlan(SubscriptionDraft d, String plan, Long companyId, String currency) {
        return new SubscriptionDraft(d.id(), d.version(), companyId, plan, d.period(), d.startDate(),
                d.nextInvoiceDate(), d.endDate(), currency, d.responsibleUserId(), d.lines());
    }

    @Test
    void staffCreateAnActiveSubscriptionWithTrimmedTextsItsTotalAndACreatedEvent() {
        String number = active();

        Subscription created = fixtures.byNumber(number);
        assertThat(number).startsWith("ABO-" + today.getYear() + "-");
        assertThat(created.state()).isEqualTo(SubscriptionState.ACTIVE);
        assertThat(created.planName()).isEqualTo("Kasse Test");
        assertThat(created.currency().getCurrencyCode()).isEqualTo("CHF");
        assertThat(created.recurringTotal()).isEqualByComparingTo("49.70");
        assertThat(created.responsibleUserId()).isEqualTo(staff.id());
        assertThat(created.lines()).extracting(SubscriptionLine::code).containsExactly("POS", "TSE");
        assertThat(created.lines().getFirst().name()).isEqualTo("Kasse");
        assertThat(fixtures.events(number, HistoryEvent.CREATED)).isEqualTo(1);
    }

    @Test
    void editingWritesTheDraftInItsLineOrderBumpsTheVersionAndRecordsTheChange() {
        String number = active();
        SubscriptionDraft read = fixtures.draftOf(number);

        service.save(staff, withLines(withPlan(read, "Kasse Premium", company, "EUR"),
                List.of(line("TSE", "TSE Cloud", "1", "9.90"), line("STOCK", "Warenwirtschaft", "1.5", "24.00"))));

        Subscription saved = fixtures.byNumber(number);
        assertThat(saved.planName()).isEqualTo("Kasse Premium");
        assertThat(saved.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(saved.lines()).extracting(SubscriptionLine::code).containsExactly("TSE", "STOCK");
        assertThat(saved.recurringTotal()).isEqualByComparingTo("45.90");
        assertThat(saved.version()).isEqualTo(read.version() + 1);
        assertThat(fixtures.events(number, HistoryEvent.CHANGED)).isEqualTo(1);
    }

    @Test
    void savingUnchangedWritesNothing() {
        String number = active();
        SubscriptionDraft read = fixtures.draftOf(number);

        service.save(staff, read);

        assertThat(fixtures.byNumber(number).version()).isEqualTo(read.version());
        assertThat(fixtures.events(number, HistoryEvent.CHANGED)).isZero();
    }

    @Test
    void aSaveFromAnOutdatedVersionIsRefusedAndTheOtherChangeStays() {
        String number = active();
        SubscriptionDraft tabA = fixtures.draftOf(number);
        SubscriptionDraft tabB = fixtures.draftOf(number);
        service.save(staff, withPlan(tabB, "Saved by tab B", company, "EUR"));

        assertRefused(() -> service.save(staff, withLines(withPlan(tabA, "Saved by tab A", company, "EUR"),
                List.of(line("X", "Other", "1", "1.00")))), "subscriptions.staff.error.stale");

        Subscription now = fixtures.byNumber(number);
        assertThat(now.planName()).isEqualTo("Saved by tab B");
        assertThat(now.lines()).extracting(SubscriptionLine::code).containsExactly("POS", "TSE");
        assertThat(fixtures.events(number, HistoryEvent.CHANGED)).isEqualTo(1);
    }

    @Test
    void aStateChangeMakesAnOpenEditorStale() {
        String number = active();
        SubscriptionDraft read = fixtures.draftOf(number);
        service.pause(staff, read.id());

        assertRefused(() -> service.save(staff, withPlan(read, "Too late", company, "EUR")),
                "subscriptions.staff.error.stale");
        assertThat(fixtures.byNumber(number).planName()).isEqualTo("Kasse Test");
    }

    @Test
    void badInputIsRefusedWithItsReasonAndNothingIsWritten() {
        String number = active();
        SubscriptionDraft read = fixtures.draftOf(number);

        assertRefused(() -> service.save(staff, withPlan(read, " ", company, "EUR")), "subscriptions.staff.error.plan-required");
        assertRefused(() -> service.save(staff, withPlan(read, "Plan", null, "EUR")), "subscriptions.staff.error.customer");
        assertRefused(() -> service.save(staff, withPlan(read, "Plan", company, "XYZ")), "subscriptions.staff.error.currency");
        assertRefused(() -> service.save(staff, withDates(read, null, null, null)), "subscriptions.staff.error.start-required");
        assertRefused(() -> service.save(staff, withDates(read, today, null, null)),
                "subscriptions.staff.error.next-invoice-required");
        assertRefused(() -> service.save(staff, withDates(read, today, today.minusDays(1), null)),
                "subscriptions.staff.error.next-before-start");
        assertRefused(() -> service.save(staff, withDates(read, today, today, today)),
                "subscriptions.staff.error.end-before-start");
        assertRefused(() -> service.save(staff, withLines(read, List.of())), "subscriptions.staff.error.no-lines");
        assertRefused(() -> service.save(staff, withLines(read, List.of(line("A", "A", "0", "1.00")))),
                "subscriptions.staff.error.line-quantity");
        assertRefused(() -> service.save(staff, withLines(read, List.of(line("A", "A", "1", "-0.01")))),
                "subscriptions.staff.error.line-price");
        assertRefused(() -> service.save(staff, withLines(read, List.of(line("A", "A", "1", "1.001")))),
                "subscriptions.staff.error.line-price");
        assertRefused(() -> service.save(staff, withLines(read, List.of(line("A", " ", "1", "1.00")))),
                "subscriptions.staff.error.line-name");
        assertRefused(() -> service.save(staff, withLines(read, List.of(line("", "A", "1", "1.00")))),
                "subscriptions.staff.error.line-code");

        assertThat(fixtures.draftOf(number)).isEqualTo(read);
        assertThat(fixtures.events(number, HistoryEvent.CHANGED)).isZero();
    }

    @Test
    void aNewSubscriptionWithBadInputIsNotCreated() {
        assertRefused(() -> service.save(staff, withLines(newDraft(), List.of(line("A", "A", "-1", "1.00")))),
                "subscriptions.staff.error.line-quantity");
        assertRefused(() -> service.save(staff, withDates(newDraft(), today, today.plusDays(1), today.minusDays(1))),
                "subscriptions.staff.error.end-before-start");

        assertThat(fixtures.subscriptions.count(PortalScope.staff(), new DocumentFilter<>(null, null, null, null, company)))
                .isZero();
    }

    @Test
    void pauseResumeAndCancelMoveOnlyFromTheirStatesAndEachWritesAnEvent() {
        String number = active();
        long id = fixtures.byNumber(number).id();

        service.pause(staff, id);
        assertThat(fixtures.byNumber(number).state()).isEqualTo(SubscriptionState.PAUSED);
        assertThat(fixtures.byNumber(number).nextInvoiceDate()).isNull();
        assertRefused(() -> service.pause(staff, id), "subscriptions.staff.refused.pause");

        service.resume(staff, id, today.plusMonths(1));
        assertThat(fixtures.byNumber(number).state()).isEqualTo(SubscriptionState.ACTIVE);
        assertThat(fixtures.byNumber(number).nextInvoiceDate()).isEqualTo(today.plusMonths(1));
        assertRefused(() -> service.resume(staff, id, today.plusMonths(1)), "subscriptions.staff.refused.resume");

        service.cancel(staff, id, today.plusMonths(3));
        Subscription cancelled = fixtures.byNumber(number);
        assertThat(cancelled.state()).isEqualTo(SubscriptionState.CANCELLED);
        assertThat(cancelled.endDate()).isEqualTo(today.plusMonths(3));
        assertThat(cancelled.nextInvoiceDate()).isNull();
        assertRefused(() -> service.cancel(staff, id, today.plusMonths(4)), "subscriptions.staff.refused.cancel");
        assertRefused(() -> service.pause(staff, id), "subscriptions.staff.refused.pause");
        assertRefused(() -> service.resume(staff, id, today), "subscriptions.staff.refused.resume");

        assertThat(fixtures.events(number, HistoryEvent.PAUSED)).isEqualTo(1);
        assertThat(fixtures.events(number, HistoryEvent.RESUMED)).isEqualTo(1);
        assertThat(fixtures.events(number, HistoryEvent.CANCELLED)).isEqualTo(1);
        assertThat(fixtures.lastEventDetail(number, HistoryEvent.CANCELLED)).isEqualTo(today.plusMonths(3).toString());
        assertThat(fixtures.byNumber(number).endDate()).isEqualTo(today.plusMonths(3));
    }

    @Test
    void aPausedSubscriptionCanBeCancelled() {
        String number = active();
        long id = fixtures.byNumber(number).id();
        service.pause(staff, id);

        service.cancel(staff, id, today.plusDays(1));

        assertThat(fixtures.byNumber(number).state()).isEqualTo(SubscriptionState.CANCELLED);
    }

    @Test
    void resumingNeedsANextInvoiceNotBeforeTheStartAndCancellingAnEndAfterIt() {
        String number = active();
        long id = fixtures.byNumber(number).id();
        service.pause(staff, id);

        assertRefused(() -> service.resume(staff, id, null), "subscriptions.staff.error.next-invoice-required");
        assertRefused(() -> service.resume(staff, id, today.minusDays(1)), "subscriptions.staff.error.next-before-start");
        assertRefused(() -> service.cancel(staff, id, null), "subscriptions.staff.error.end-required");
        assertRefused(() -> service.cancel(staff, id, today), "subscriptions.staff.error.end-before-start");

        assertThat(fixtures.byNumber(number).state()).isEqualTo(SubscriptionState.PAUSED);
        assertThat(fixtures.events(number, HistoryEvent.RESUMED)).isZero();
        assertThat(fixtures.events(number, HistoryEvent.CANCELLED)).isZero();
    }

    @Test
    void cancelledAndExpiredSubscriptionsCannotBeEdited() {
        String number = fixtures.subscription(company, SubscriptionState.EXPIRED, SubscriptionFixtures.unique("Modul Alt"));
        SubscriptionDraft read = fixtures.draftOf(number);

        assertRefused(() -> service.save(staff, withPlan(read, "Neu", company, "EUR")), "subscriptions.staff.error.closed");
        assertRefused(() -> service.cancel(staff, read.id(), today.plusDays(1)), "subscriptions.staff.refused.cancel");
        assertThat(fixtures.byNumber(number).planName()).isEqualTo("Testtarif");
    }

    @Test
    void changingWhoIsResponsibleInTheEditorRecordsItLikeTheHistoryPanel() {
        String number = active();
        PortalUser admin = fixtures.user(TestWorld.ADMIN);
        SubscriptionDraft read = fixtures.draftOf(number);

        service.save(staff, new SubscriptionDraft(read.id(), read.version(), read.companyId(), read.planName(),
                read.period(), read.startDate(), read.nextInvoiceDate(), read.endDate(), read.currency(), admin.id(),
                read.lines()));

        assertThat(fixtures.byNumber(number).responsibleUserId()).isEqualTo(admin.id());
        assertThat(fixtures.lastEventDetail(number, HistoryEvent.ASSIGNED)).isEqualTo(admin.displayName());
        PortalUser customer = fixtures.user(TestWorld.CUSTOMER);
        assertRefused(() -> service.save(staff, new SubscriptionDraft(read.id(), read.version() + 1, read.companyId(),
                read.planName(), read.period(), read.startDate(), read.nextInvoiceDate(), read.endDate(),
                read.currency(), customer.id(), read.lines())), "subscriptions.staff.error.responsible");
    }

    @Test
    void portalUsersCannotChangeSubscriptions() {
        String number = active();
        long id = fixtures.byNumber(number).id();
        PortalUser customer = fixtures.user(TestWorld.CUSTOMER);

        assertThatThrownBy(() -> service.save(customer, newDraft())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.save(customer, fixtures.draftOf(number))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.pause(customer, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.resume(customer, id, today)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.cancel(customer, id, today.plusDays(1))).isInstanceOf(AccessDeniedException.class);

        assertThat(fixtures.byNumber(number).state()).isEqualTo(SubscriptionState.ACTIVE);
    }
}
