package org.kundenportal.operations;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.signature.SignatureImages;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.history.domain.HistoryService;
import org.kundenportal.history.domain.NewAttachment;
import org.kundenportal.integration.domain.ApiClientService;
import org.kundenportal.integration.domain.ApiScope;
import org.kundenportal.quotes.QuoteFixtures;
import org.kundenportal.quotes.domain.Quote;
import org.kundenportal.quotes.domain.QuoteDraft;
import org.kundenportal.quotes.domain.QuoteEditing;
import org.kundenportal.quotes.domain.QuoteService;
import org.kundenportal.signatures.SignatureFixtures;
import org.kundenportal.signatures.domain.NewSignatureRequest;
import org.kundenportal.signatures.domain.SignatureRequest;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The load {@link CrashSafetyTest} kills the app in the middle of: inside the app process (profile "crash-load",
 * never active in the shared test context), worker threads do what customers do in the portal's views, through the
 * same domain services the views call: accept quotes (signed, some with prepayment), sign signature requests and
 * post messages with attachments. Staff's preparation (write and send the quote, upload and send the request) goes
 * through the services too. Each action is announced on standard output before it starts and after it returned
 * (committed); the test reads these lines to know what must be there and what may be half-way.
 *
 * <p>The people are the {@link TestWorld}'s (the app process finds it on the test classpath and creates it when it
 * is ready, the demo data stays off); the ERP's API client is created here, by the world's admin, with {@link #TOKEN}.
 */
@Component
@Profile(CrashLoad.PROFILE)
class CrashLoad {

    static final String PROFILE = "crash-load";
    static final String LINE = "CRASHLOAD ";
    static final String REFERENCE = "Crash-load ";
    static final String MESSAGE = "Crash-load message ";
    /** The token of the ERP's API client, chosen here so that the test's clients outside the process know it. */
    static final String TOKEN = "kp_crash-load-erp-token-0123456789abcdef0123456789";

    private final ApplicationContext context;
    private final AtomicInteger counter = new AtomicInteger();

    CrashLoad(ApplicationContext context) {
        this.context = context;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread.ofPlatform().daemon().name("crash-load").start(this::run);
    }

    private void run() {
        UserRepository users = context.getBean(UserRepository.class);
        while (users.findPrincipal(TestWorld.CUSTOMER).isEmpty()) {
            AppProcess.sleep(200);
        }
        context.getBean(ApiClientService.class).create(users.findPrincipal(TestWorld.ADMIN).orElseThrow(), "Crash-load ERP",
                EnumSet.allOf(ApiScope.class), TOKEN);
        long staffId = users.findPrincipal(TestWorld.STAFF).orElseThrow().id();
        QuoteFixtures quotes = new QuoteFixtures(context);
        SignatureFixtures signatures = new SignatureFixtures(context);
        PortalUser clara = quotes.user(TestWorld.CUSTOMER);
        PortalScope scope = quotes.scope(TestWorld.CUSTOMER);
        long company = scope.ownCompanyId();
        QuoteEditing editing = context.getBean(QuoteEditing.class);
        DocumentRef conversation = DocumentRef.saleOrder(
                sentQuote(editing, quotes, company, false, false, REFERENCE + "conversation", staffId).id());
        QuoteService quoteService = context.getBean(QuoteService.class);
        HistoryService history = context.getBean(HistoryService.class);

        worker(3, "accept", () -> {
            int n = counter.incrementAndGet();
            Quote quote = sentQuote(editing, quotes, company, n % 2 == 0, n % 3 == 0, REFERENCE + n, staffId);
            return new Action(quote.number(), () -> quoteService.accept(scope, quote.id(), clara.id(), "Clara Kunde",
                    SignatureImages.scribble(n), "203.0.113.9"));
        });
        worker(2, "sign", () -> {
            SignatureRequest request = sentRequest(signatures, company, clara, REFERENCE + counter.incrementAndGet(), staffId);
            return new Action(request.number(), () -> signatures.service.sign(clara, scope, request.number(),
                    SignatureFixtures.allValues(request), "203.0.113.9", Locale.GERMAN));
        });
        worker(3, "message", () -> {
            String key = UUID.randomUUID().toString();
            List<NewAttachment> files = attachments(key, 1 + counter.incrementAndGet() % 3);
            return new Action(key, () -> history.post(clara, conversation,
                    MESSAGE + key + " with " + files.size() + " files", files, false));
        });
        emit("READY " + conversation.id());
    }

    /** A quote written and sent by staff as the back office does, with the fixtures' lines. */
    private static Quote sentQuote(QuoteEditing editing, QuoteFixtures quotes, long companyId, boolean signature,
                                   boolean payment, String reference, long staffId) {
        QuoteDraft defaults = editing.newDraft();
        String number = editing.save(new QuoteDraft(null, 0, companyId, null, reference, defaults.quoteDate(),
                defaults.validUntil(), defaults.paymentTermId(), signature, payment, new BigDecimal("30"), null,
                QuoteFixtures.lines()), staffId);
        editing.send(quotes.byNumber(number).id(), staffId);
        return quotes.byNumber(number);
    }

    /** A one-page request with a field of every kind, uploaded and sent to the signer by staff. */
    private static SignatureRequest sentRequest(SignatureFixtures signatures, long companyId, PortalUser signer,
                                                String title, long staffId) {
        String number = signatures.service.create(new NewSignatureRequest(title, companyId, signer.id(),
                "Bitte unterschreiben.", "vertrag.pdf", SignatureFixtures.pdf(1)), staffId);
        signatures.service.replaceFields(signatures.staffView(number), SignatureFixtures.everyKind(1), staffId);
        signatures.service.send(signatures.staffView(number), staffId);
        return signatures.staffView(number);
    }

    private record Action(String key, Runnable perform) {
    }

    private interface Preparation {
        Action prepare();
    }

    /** Threads that prepare and perform one kind of action after the other until the process dies. */
    private void worker(int threads, String kind, Preparation preparation) {
        for (int i = 0; i < threads; i++) {
            Thread.ofPlatform().daemon().name("crash-load-" + kind + "-" + i).start(() -> {
                while (true) {
                    Action action;
                    try {
                        action = preparation.prepare();
                    } catch (RuntimeException e) {
                        emit("FAILED " + kind + " preparation " + e);
                        continue;
                    }
                    emit("START " + kind + " " + action.key());
                    try {
                        action.perform().run();
                        emit("DONE " + kind + " " + action.key());
                    } catch (RuntimeException e) {
                        emit("FAILED " + kind + " " + action.key() + " " + e);
                    }
                }
            });
        }
    }

    /** PDFs of a few hundred kilobytes, so that writing them takes a moment a kill can fall into. */
    private static List<NewAttachment> attachments(String key, int count) {
        List<NewAttachment> files = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            byte[] content = new byte[100_000 + ThreadLocalRandom.current().nextInt(300_000)];
            ThreadLocalRandom.current().nextBytes(content);
            byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(header, 0, content, 0, header.length);
            files.add(new NewAttachment("beleg-" + key.substring(0, 8) + "-" + i + ".pdf", content));
        }
        return files;
    }

    /** Flushed at once: a line the test has not read when the process dies must still be in the pipe. */
    private static void emit(String line) {
        System.out.println(LINE + line);
        System.out.flush();
    }
}
