package org.kundenportal.quotes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kundenportal.db.Tables.DOCUMENT_LINE;
import static org.kundenportal.db.Tables.HISTORY_ENTRY;
import static org.kundenportal.db.Tables.INVOICE;
import static org.kundenportal.db.Tables.SALE_ORDER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.account.TestAccounts;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.signature.SignatureImages;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.contacts.domain.NewContact;
import org.kundenportal.db.tables.records.InvoiceRecord;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.documents.domain.InvoicePaid;
import org.kundenportal.documents.domain.SaleOrderState;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.InvoiceKind;
import org.kundenportal.invoices.domain.InvoiceState;
import org.kundenportal.quotes.QuoteFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;

class QuoteServiceTest extends SpringTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    QuoteService service;
    @Autowired
    ApplicationEventPublisher events;

    QuoteFixtures fixtures;
    PortalUser clara;
    PortalScope claraScope;

    @BeforeEach
    void setUp() {
        fixtures = new QuoteFixtures(context);
        clara = fixtures.user(TestWorld.CUSTOMER);
        claraScope = fixtures.scope(TestWorld.CUSTOMER);
    }

    private AcceptOutcome accept(Quote quote) {
        return service.accept(claraScope, quote.id(), clara.id(), "Clara Kunde", SignatureImages.scribble(7), "127.0.0.1");
    }

    @Test
    void acceptingWithoutPaymentConfirmsAtOnceAndStoresTheSignature() {
        Quote quote = fixtures.sent(world.customer().companyId(), true, false);

        AcceptOutcome outcome = accept(quote);

        assertThat(outcome.confirmed()).isTrue();
        Quote order = fixtures.byNumber(quote.number());
        assertThat(order.state()).isEqualTo(SaleOrderState.CONFIRMED);
        assertThat(order.signedName()).isEqualTo("Clara Kunde");
        assertThat(order.hasSignatureImage()).isTrue();
        assertThat(fixtures.db.select(SALE_ORDER.SIGNED_ADDRESS, SALE_ORDER.ORDER_DATE).from(SALE_ORDER)
                .where(SALE_ORDER.ID.eq(quote.id())).fetchSingle().value1()).isEqualTo("127.0.0.1");
        assertThat(fixtures.events(quote, "SIGNED")).isEqualTo(1);
        assertThat(fixtures.events(quote, "CONFIRMED")).isEqualTo(1);
    }

    @Test
    void concurrentAcceptsHaveExactlyOneWinner() throws Exception {
        Quote quote = fixtures.sent(world.customer().companyId(), true, false);

        List<Object> results = race(() -> accept(quote), () -> accept(quote));

        assertThat(results).filteredOn(AcceptOutcome.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(RefusedException.class::isInstance).hasSize(1)
                .allSatisfy(refusal -> assertThat(((RefusedException) refusal).messageKey())
                        .isEqualTo("quotes.refused.already-answered"));
        assertThat(fixtures.state(quote)).isEqualTo("CONFIRMED");
        assertThat(fixtures.events(quote, "SIGNED")).isEqualTo(1);
        assertThat(fixtures.events(quote, "CONFIRMED")).isEqualTo(1);
    }

    @Test
    void declineRacingAcceptLeavesOneConsistentAnswer() throws Exception {
        Quote quote = fixtures.sent(world.customer().companyId(), true, false);

        List<Object> results = race(() -> accept(quote), () -> {
            service.decline(claraScope, quote.id(), clara.id(), "Zu teuer für uns");
            return "declined";
        });

        assertThat(results).filteredOn(RefusedException.class::isInstance).hasSize(1);
        Quote after = fixtures.byNumber(quote.number());
        if (results.contains("declined")) {
            assertThat(after.state()).isEqualTo(SaleOrderState.CANCELLED);
            assertThat(after.signedAt()).isNull();
        } else {
            assertThat(after.state()).isEqualTo(SaleOrderState.CONFIRMED);
            assertThat(after.declinedAt()).isNull();
        }
    }

    @Test
    void anExpiredQuoteCanNeitherBeAcceptedNorDeclined() {
        Quote quote = fixtures.expire(fixtures.sent(world.customer().companyId(), true, false));

        assertThatThrownBy(() -> accept(quote)).isInstanceOf(RefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "quotes.refused.expired");
        assertThatThrownBy(() -> service.decline(claraScope, quote.id(), clara.id(), "Zu spät gesehen"))
                .isInstanceOf(RefusedException.class);
        assertThat(fixtures.byNumber(quote.number()).status()).isEqualTo(QuoteStatus.EXPIRED);
    }

    @Test
    void aBlankOrTinySignatureIsRefused() throws Exception {
        Quote quote = fixtures.sent(world.customer().companyId(), true, false);

        assertThatThrownBy(() -> service.accept(claraScope, quote.id(), clara.id(), "Clara", new byte[] {1, 2, 3}, null))
                .isInstanceOf(RefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "quotes.accept.signature-required");
        byte[] blank = blankPng();
        assertThatThrownBy(() -> service.accept(claraScope, quote.id(), clara.id(), "Clara", blank, null))
                .isInstanceOf(RefusedException.class);
        assertThat(fixtures.state(quote)).isEqualTo("SENT");
        assertThat(fixtures.byNumber(quote.number()).signedAt()).isNull();
    }

    @Test
    void declineNeedsAReasonAndThenCancelsWithIt() {
        Quote quote = fixtures.sent(world.customer().companyId(), true, false);

        assertThatThrownBy(() -> service.decline(claraScope, quote.id(), clara.id(), " no "))
                .isInstanceOf(RefusedException.class);
        assertThat(fixtures.state(quote)).isEqualTo("SENT");

        service.decline(claraScope, quote.id(), clara.id(), "Wir haben ein günstigeres Angebot.");

        Quote declined = fixtures.byNumber(quote.number());
        assertThat(declined.status()).isEqualTo(QuoteStatus.CANCELLED);
        assertThat(declined.declineReason()).isEqualTo("Wir haben ein günstigeres Angebot.");
        assertThat(fixtures.events(quote, "DECLINED")).isEqualTo(1);

        service.feedback(claraScope, quote.id(), clara.id(), 4, "Schnelle Antwort");
        assertThatThrownBy(() -> service.feedback(claraScope, quote.id(), clara.id(), 5, "Nochmal"))
                .isInstanceOf(RefusedException.class);
        assertThat(fixtures.byNumber(quote.number()).feedbackRating()).isEqualTo(4);
    }

    @Test
    void aPrepaymentQuoteWaitsForItsInvoiceAndConfirmsOnceWhenPaid() {
        Quote quote = fixtures.sent(world.customer().companyId(), true, true);

        AcceptOutcome outcome = accept(quote);

        assertThat(outcome.confirmed()).isFalse();
        assertThat(fixtures.byNumber(quote.number()).status()).isEqualTo(QuoteStatus.AWAITING_PAYMENT);
        InvoiceRecord invoice = fixtures.db.selectFrom(INVOICE).where(INVOICE.NUMBER.eq(outcome.prepaymentInvoiceNumber()))
                .fetchSingle();
        assertThat(invoice.getKind()).isEqualTo(InvoiceKind.PREPAYMENT);
        assertThat(invoice.getState()).isEqualTo(InvoiceState.POSTED);
        assertThat(invoice.getDirection()).isEqualTo(Direction.OUT);
        assertThat(invoice.getSaleOrderId()).isEqualTo(quote.id());
        assertThat(invoice.getCompanyId()).isEqualTo(quote.customerId());
        // 30 % of 1000.00 at 19 % and of 100.00 at 7 %
        assertThat(invoice.getAmountUntaxed()).isEqualByComparingTo("330.00");
        assertThat(invoice.getAmountTotal()).isEqualByComparingTo(new BigDecimal("357.00").add(new BigDecimal("32.10")));
        assertThat(fixtures.db.fetchCount(DOCUMENT_LINE, DOCUMENT_LINE.DOCUMENT_TYPE.eq(DocumentType.INVOICE),
                DOCUMENT_LINE.DOCUMENT_ID.eq(invoice.getId()))).isEqualTo(2);

        assertThat(invoice.getCreatedBy()).as("issued by the company, not by the customer who accepted").isNull();
        assertThat(fixtures.db.select(HISTORY_ENTRY.AUTHOR_USER_ID, HISTORY_ENTRY.AUTHOR_NAME).from(HISTORY_ENTRY)
                .where(HISTORY_ENTRY.EVENT.eq("PREPAYMENT_INVOICED").and(HISTORY_ENTRY.DOCUMENT_TYPE.eq(DocumentType.SALE_ORDER)
                        .and(HISTORY_ENTRY.DOCUMENT_ID.eq(quote.id())).or(HISTORY_ENTRY.DOCUMENT_TYPE.eq(DocumentType.INVOICE)
                                .and(HISTORY_ENTRY.DOCUMENT_ID.eq(invoice.getId())))))
                .fetch()).hasSize(2).allSatisfy(author -> {
                    assertThat(author.value1()).isNull();
                    assertThat(author.value2()).isNull();
                });
        assertThat(fixtures.events(quote, "INVOICED")).isZero();

        events.publishEvent(new InvoicePaid(invoice.getId(), quote.id(), true));
        events.publishEvent(new InvoicePaid(invoice.getId(), quote.id(), true));

        assertThat(fixtures.state(quote)).isEqualTo("CONFIRMED");
        assertThat(fixtures.events(quote, "CONFIRMED")).isEqualTo(1);
    }

    @Test
    void thePrepaymentInvoicesLinesReadInTheLanguageOfTheQuotesContact() {
        Quote german = fixtures.sent(world.customer().companyId(), true, true);
        Quote english = fixtures.sent(world.customer().companyId(), true, true);
        long emma = context.getBean(ContactRepository.class).create(NewContact.person(english.customerId(), "Emma English",
                TestAccounts.uniqueEmail("emma"), "+49 30 1", "en"));
        fixtures.db.update(SALE_ORDER).set(SALE_ORDER.CUSTOMER_CONTACT_ID, emma).where(SALE_ORDER.ID.eq(english.id())).execute();

        assertThat(prepaymentLines(accept(german))).allSatisfy(text -> assertThat(text)
                .startsWith("Anzahlung 30 % auf Angebot " + german.number() + " (USt "));
        assertThat(prepaymentLines(accept(english))).allSatisfy(text -> assertThat(text)
                .startsWith("Prepayment 30 % on quote " + english.number() + " (VAT "));
    }

    private List<String> prepaymentLines(AcceptOutcome outcome) {
        long invoiceId = fixtures.db.select(INVOICE.ID).from(INVOICE).where(INVOICE.NUMBER.eq(outcome.prepaymentInvoiceNumber()))
                .fetchSingle(INVOICE.ID);
        List<String> texts = fixtures.db.select(DOCUMENT_LINE.DESCRIPTION).from(DOCUMENT_LINE)
                .where(DOCUMENT_LINE.DOCUMENT_TYPE.eq(DocumentType.INVOICE), DOCUMENT_LINE.DOCUMENT_ID.eq(invoiceId))
                .fetch(DOCUMENT_LINE.DESCRIPTION);
        assertThat(texts).isNotEmpty();
        return texts;
    }

    @Test
    void anotherCompanysUserCannotFindOrAnswerTheQuote() {
        Quote quote = fixtures.sent(world.customer().companyId(), true, false);
        PortalScope ben = fixtures.scope(TestWorld.CUSTOMER2);

        assertThat(fixtures.quotes.find(QuoteRepository.Audience.PORTAL, ben, quote.number())).isEmpty();
        assertThatThrownBy(() -> service.accept(ben, quote.id(), fixtures.user(TestWorld.CUSTOMER2).id(), "Ben",
                SignatureImages.scribble(1), null)).isInstanceOf(RefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "quotes.refused.not-found");
        assertThat(fixtures.state(quote)).isEqualTo("SENT");
    }

    @Test
    void thePartnerSeesItsCustomersQuotes() {
        Quote quote = fixtures.sent(world.partnerCustomer().companyId(), true, false);

        assertThat(fixtures.quotes.find(QuoteRepository.Audience.PORTAL, fixtures.scope(TestWorld.PARTNER), quote.number()))
                .isPresent();
    }

    @Test
    void draftsAreNeverVisibleInThePortal() {
        Quote draft = fixtures.draft(world.customer().companyId(), true, false);
        Quote open = fixtures.sent(world.customer().companyId(), true, false);
        Quote confirmed = fixtures.sent(world.customer().companyId(), true, false);
        accept(confirmed);
        fixtures.sent(world.customer2().companyId(), true, false);

        assertThat(fixtures.quotes.find(QuoteRepository.Audience.PORTAL, claraScope, draft.number())).isEmpty();
        List<QuoteRow> all = fixtures.quotes.page(QuoteRepository.Audience.PORTAL, claraScope, DocumentFilter.none(), 0,
                1000, List.of());
        assertThat(all).extracting(QuoteRow::number).contains(open.number())
                .doesNotContain(draft.number(), confirmed.number());
        assertThat(all).noneMatch(row -> row.status() == QuoteStatus.DRAFT || row.status() == QuoteStatus.CONFIRMED);
        assertThat(all).allMatch(row -> row.customerId() == draft.customerId());
    }

    @Test
    void searchFindsTheTextOfLines() {
        Quote quote = fixtures.sent(world.customer().companyId(), true, false);
        DocumentFilter<QuoteStatus> byLine = new DocumentFilter<>("Leitfaden Kassenf", null, null, QuoteStatus.OPEN, null);

        List<QuoteRow> found = fixtures.quotes.page(QuoteRepository.Audience.PORTAL, claraScope, byLine, 0, 1000, List.of());

        assertThat(found).extracting(QuoteRow::number).contains(quote.number());
    }

    @Test
    void aStaleSaveIsRefusedAndSendingNeedsLines() {
        Quote quote = fixtures.draft(world.customer().companyId(), true, false);
        QuoteDraft first = fixtures.editing.draftOf(quote);
        fixtures.editing.save(first, fixtures.staffId());

        assertThatThrownBy(() -> fixtures.editing.save(first, fixtures.staffId()))
                .isInstanceOf(RefusedException.class).hasFieldOrPropertyWithValue("messageKey", "quotes.edit.stale");

        QuoteDraft empty = fixtures.editing.draftOf(fixtures.byNumber(quote.number()));
        fixtures.editing.save(new QuoteDraft(empty.id(), empty.version(), empty.customerId(), null, null, empty.quoteDate(),
                empty.validUntil(), null, true, false, null, null, List.of()), fixtures.staffId());
        assertThatThrownBy(() -> fixtures.editing.send(quote.id(), fixtures.staffId()))
                .isInstanceOf(RefusedException.class).hasFieldOrPropertyWithValue("messageKey", "quotes.send.no-lines");
        assertThat(fixtures.state(quote)).isEqualTo("DRAFT");
    }

    @Test
    void backToDraftHidesASentQuoteAgain() {
        Quote quote = fixtures.sent(world.customer().companyId(), true, false);

        fixtures.editing.backToDraft(quote.id(), fixtures.staffId());

        assertThat(fixtures.state(quote)).isEqualTo("DRAFT");
        assertThat(fixtures.quotes.find(QuoteRepository.Audience.PORTAL, claraScope, quote.number())).isEmpty();
    }

    private static byte[] blankPng() throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(300, 100, java.awt.image.BufferedImage.TYPE_INT_ARGB),
                "png", out);
        return out.toByteArray();
    }

    /** Runs both at the same moment and returns what each returned or threw. */
    private static List<Object> race(Callable<Object> first, Callable<Object> second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> task : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return task.call();
                    } catch (RefusedException refused) {
                        return refused;
                    }
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
