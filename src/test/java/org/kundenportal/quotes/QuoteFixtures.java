package org.kundenportal.quotes;

import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.HISTORY_ENTRY;
import static org.kundenportal.db.Tables.SALE_ORDER;

import java.math.BigDecimal;
import java.util.List;
import org.jooq.DSLContext;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalScopeService;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.quotes.domain.Quote;
import org.kundenportal.quotes.domain.QuoteDraft;
import org.kundenportal.quotes.domain.QuoteEditing;
import org.kundenportal.quotes.domain.QuoteRepository;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.context.ApplicationContext;

/** Quotes of the tests' own, made through the staff's editing service, for the test world's companies or a test's own. */
public class QuoteFixtures {


    public final DSLContext db;
    public final QuoteEditing editing;
    public final QuoteRepository quotes;
    private final UserRepository users;
    private final PortalScopeService scopes;

    public QuoteFixtures(ApplicationContext context) {
        db = context.getBean(DSLContext.class);
        editing = context.getBean(QuoteEditing.class);
        quotes = context.getBean(QuoteRepository.class);
        users = context.getBean(UserRepository.class);
        scopes = context.getBean(PortalScopeService.class);
    }

    public long company(String name) {
        return db.select(CONTACT.ID).from(CONTACT).where(CONTACT.NAME.eq(name)).fetchSingle(CONTACT.ID);
    }

    public PortalUser user(String email) {
        return users.findPrincipal(email).orElseThrow();
    }

    public PortalScope scope(String email) {
        return scopes.scopeOf(user(email));
    }

    public long staffId() {
        return db.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.eq(TestWorld.STAFF)).fetchSingle(APP_USER.ID);
    }

    public static List<DocumentLine> lines() {
        return List.of(DocumentLine.section("Hardware"),
                DocumentLine.product("KS-100", "Kassensystem TouchPOS", BigDecimal.ONE, "Stk", new BigDecimal("1000.00"),
                        BigDecimal.ZERO, new BigDecimal("19")),
                DocumentLine.product("BU-GOBD", "Leitfaden Kassenführung", BigDecimal.ONE, "Stk", new BigDecimal("100.00"),
                        BigDecimal.ZERO, new BigDecimal("7")),
                DocumentLine.note("Lieferung nach Absprache"));
    }

    public Quote draft(String companyName, boolean signature, boolean payment) {
        return draft(company(companyName), signature, payment);
    }

    public Quote draft(String companyName, boolean signature, boolean payment, String reference) {
        return draft(company(companyName), signature, payment, reference);
    }

    public Quote draft(long companyId, boolean signature, boolean payment) {
        return draft(companyId, signature, payment, "Test " + System.nanoTime());
    }

    /** A draft of 1100.00 net (one line at 19 %, one at 7 %), with a 30 % prepayment if {@code payment}. */
    public Quote draft(long companyId, boolean signature, boolean payment, String reference) {
        QuoteDraft defaults = editing.newDraft();
        QuoteDraft draft = new QuoteDraft(null, 0, companyId, null, reference,
                defaults.quoteDate(), defaults.validUntil(), defaults.paymentTermId(), signature, payment,
                new BigDecimal("30"), null, lines());
        String number = editing.save(draft, staffId());
        return byNumber(number);
    }

    public Quote sent(String companyName, boolean signature, boolean payment) {
        return sent(draft(companyName, signature, payment));
    }

    public Quote sent(long companyId, boolean signature, boolean payment) {
        return sent(draft(companyId, signature, payment));
    }

    public Quote sent(Quote draft) {
        editing.send(draft.id(), staffId());
        return byNumber(draft.number());
    }

    /** Turns a sent quote into one whose validity ended yesterday. */
    public Quote expire(Quote quote) {
        db.update(SALE_ORDER)
                .set(SALE_ORDER.QUOTE_DATE, QuoteRepository.today().minusDays(40))
                .set(SALE_ORDER.VALID_UNTIL, QuoteRepository.today().minusDays(1))
                .where(SALE_ORDER.ID.eq(quote.id())).execute();
        return byNumber(quote.number());
    }

    public Quote byNumber(String number) {
        return quotes.find(QuoteRepository.Audience.STAFF, PortalScope.staff(), number).orElseThrow();
    }

    public String state(Quote quote) {
        return db.select(SALE_ORDER.STATE).from(SALE_ORDER).where(SALE_ORDER.ID.eq(quote.id())).fetchSingle(SALE_ORDER.STATE).name();
    }

    public int events(Quote quote, String event) {
        return db.fetchCount(HISTORY_ENTRY, HISTORY_ENTRY.DOCUMENT_TYPE.eq(DocumentType.SALE_ORDER),
                HISTORY_ENTRY.DOCUMENT_ID.eq(quote.id()), HISTORY_ENTRY.EVENT.eq(event));
    }
}
