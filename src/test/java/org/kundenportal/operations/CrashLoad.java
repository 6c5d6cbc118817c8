package org.kundenportal.operations;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.signature.SignatureImages;
import org.kundenportal.demo.DemoData;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.history.domain.HistoryService;
import org.kundenportal.history.domain.NewAttachment;
import org.kundenportal.quotes.QuoteFixtures;
import org.kundenportal.quotes.domain.Quote;
import org.kundenportal.quotes.domain.QuoteService;
import org.kundenportal.signatures.SignatureFixtures;
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
 */
@Component
@Profile(CrashLoad.PROFILE)
class CrashLoad {

    static final String PROFILE = "crash-load";
    static final String LINE = "CRASHLOAD ";
    static final String REFERENCE = "Crash-load ";
    static final String MESSAGE = "Crash-load message ";

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
        while (users.findPrincipal(DemoData.CUSTOMER).isEmpty()) {
            AppProcess.sleep(200);
        }
        QuoteFixtures quotes = new QuoteFixtures(context);
        SignatureFixtures signatures = new SignatureFixtures(context);
        PortalUser anna = quotes.user(DemoData.CUSTOMER);
        PortalScope scope = quotes.scope(DemoData.CUSTOMER);
        long bakery = quotes.company(QuoteFixtures.BAKERY);
        DocumentRef conversation = DocumentRef.saleOrder(
                quotes.sent(quotes.draft(QuoteFixtures.BAKERY, false, false, REFERENCE + "conversation")).id());
        QuoteService quoteService = context.getBean(QuoteService.class);
        HistoryService history = context.getBean(HistoryService.class);

        worker(3, "accept", () -> {
            int n = counter.incrementAndGet();
            Quote quote = quotes.sent(quotes.draft(QuoteFixtures.BAKERY, n % 2 == 0, n % 3 == 0, REFERENCE + n));
            return new Action(quote.number(), () -> quoteService.accept(scope, quote.id(), anna.id(), "Anna Becker",
                    SignatureImages.scribble(n), "203.0.113.9"));
        });
        worker(2, "sign", () -> {
            SignatureRequest request = signatures.sent(bakery, anna, 1, REFERENCE + counter.incrementAndGet());
            return new Action(request.number(), () -> signatures.service.sign(anna, scope, request.number(),
                    SignatureFixtures.allValues(request), "203.0.113.9", Locale.GERMAN));
        });
        worker(3, "message", () -> {
            String key = UUID.randomUUID().toString();
            List<NewAttachment> files = attachments(key, 1 + counter.incrementAndGet() % 3);
            return new Action(key, () -> history.post(anna, conversation,
                    MESSAGE + key + " with " + files.size() + " files", files, false));
        });
        emit("READY " + conversation.id());
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
