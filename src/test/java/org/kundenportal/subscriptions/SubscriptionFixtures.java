package org.kundenportal.subscriptions;

import static org.kundenportal.db.Tables.HISTORY_ENTRY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalScopeService;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.contacts.domain.NewContact;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.subscriptions.domain.BillingPeriod;
import org.kundenportal.subscriptions.domain.NewSubscription;
import org.kundenportal.subscriptions.domain.Subscription;
import org.kundenportal.subscriptions.domain.SubscriptionDraft;
import org.kundenportal.subscriptions.domain.SubscriptionLine;
import org.kundenportal.subscriptions.domain.SubscriptionRepository;
import org.kundenportal.subscriptions.domain.SubscriptionService;
import org.kundenportal.subscriptions.domain.SubscriptionState;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.context.ApplicationContext;

/** Subscriptions of the tests' own, with a module name unique to the test, so searches find exactly them. */
public class SubscriptionFixtures {

    public final SubscriptionRepository subscriptions;
    public final SubscriptionService service;
    private final UserRepository users;
    private final PortalScopeService scopes;
    private final ContactRepository contacts;
    private final DSLContext db;

    public SubscriptionFixtures(ApplicationContext context) {
        subscriptions = context.getBean(SubscriptionRepository.class);
        service = context.getBean(SubscriptionService.class);
        users = context.getBean(UserRepository.class);
        scopes = context.getBean(PortalScopeService.class);
        contacts = context.getBean(ContactRepository.class);
        db = context.getBean(DSLContext.class);
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public PortalUser user(String email) {
        return users.findPrincipal(email).orElseThrow();
    }

    public PortalUser staff() {
        return user(TestWorld.STAFF);
    }

    public PortalScope scopeOf(String email) {
        return scopes.scopeOf(user(email));
    }

    public long companyOf(String email) {
        return scopeOf(email).ownCompanyId();
    }

    /** A customer company of its own, so that a list filtered by it shows exactly what a test made. */
    public long customerCompany(String name) {
        return contacts.create(NewContact.company(name, "Aboweg 1", "10115", "Berlin", null));
    }

    /** A subscription with the given module (code = module name without blanks) and a second, common line. */
    public String subscription(long companyId, SubscriptionState state, String module) {
        return subscription(companyId, state, module, "Testtarif");
    }

    /** As {@link #subscription(long, SubscriptionState, String)}, under the given plan name. */
    public String subscription(long companyId, SubscriptionState state, String module, String plan) {
        LocalDate today = LocalDate.now();
        return service.create(new NewSubscription(companyId, plan, state, BillingPeriod.QUARTERLY,
                today.minusMonths(1), today.plusMonths(2), null, null,
                List.of(new SubscriptionLine("BASE-T", "Kasse Basis", "Testkasse", BigDecimal.ONE, new BigDecimal("39.00")),
                        new SubscriptionLine(module.replace(" ", ""), module, null, new BigDecimal("2"),
                                new BigDecimal("12.50")))),
                null);
    }

    public Subscription byNumber(String number) {
        return subscriptions.find(PortalScope.staff(), number).orElseThrow();
    }

    /** The subscription as the back-office editor would show it. */
    public SubscriptionDraft draftOf(String number) {
        return SubscriptionDraft.of(byNumber(number));
    }

    public static SubscriptionLine line(String code, String name, String quantity, String price) {
        return new SubscriptionLine(code, name, null, new BigDecimal(quantity), new BigDecimal(price));
    }

    public int events(String number, HistoryEvent event) {
        return db.fetchCount(HISTORY_ENTRY, HISTORY_ENTRY.DOCUMENT_TYPE.eq(DocumentType.SUBSCRIPTION),
                HISTORY_ENTRY.DOCUMENT_ID.eq(byNumber(number).id()), HISTORY_ENTRY.EVENT.eq(event.name()));
    }

    /** The detail text of the newest event of that kind, e.g. the end date of a cancellation. */
    public String lastEventDetail(String number, HistoryEvent event) {
        return db.select(HISTORY_ENTRY.BODY).from(HISTORY_ENTRY)
                .where(HISTORY_ENTRY.DOCUMENT_TYPE.eq(DocumentType.SUBSCRIPTION), HISTORY_ENTRY.DOCUMENT_ID.eq(byNumber(number).id()),
                        HISTORY_ENTRY.EVENT.eq(event.name()))
                .orderBy(HISTORY_ENTRY.ID.desc()).limit(1).fetchOne(HISTORY_ENTRY.BODY);
    }
}
