package org.kundenportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.vaadin.flow.router.RouteData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.kundenportal.AppRoutes;
import org.kundenportal.FormLoginClient;
import org.kundenportal.SpringTest;
import org.kundenportal.TestAccounts;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.Roles;
import org.kundenportal.documents.ui.PdfLinks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The probe's classes, over real HTTP, generated from what the app registers: every Vaadin route (the router's
 * list) and every Spring MVC endpoint (the request mappings). A new view or endpoint is probed without anyone writing
 * a test; one that takes an id the probe has no sample of fails here until {@link ProbeAccounts} knows its kind.
 * <ul>
 * <li>anonymous visitors go to the login (the API answers 401),</li>
 * <li>company B asking for company A's ids gets 404 (403 for staff pages) and none of A's data,</li>
 * <li>malformed ids answer 400 or 404, never 500, and log no error.</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedAccessProbeTest extends SpringTest {

    private static final Pattern ROUTE_PARAMETER = Pattern.compile(":([A-Za-z0-9_]+)(\\([^)]*\\))?[?*]?");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([A-Za-z0-9_]+)[^}]*}");
    private static final List<String> MALFORMED = List.of("%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "..%2F..%2Fetc",
            "'%20OR%201%3D1--", "9".repeat(40), "-1", "%C3%28", "x".repeat(300));

    @Value("${local.server.port}")
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ServletContext servletContext;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private ProbeAccounts probe;
    private FormLoginClient companyA;
    private FormLoginClient companyB;
    private FormLoginClient staff;

    @BeforeAll
    void logIn() {
        probe = new ProbeAccounts(context, world);
        companyA = Answer.loggedIn(port, TestWorld.CUSTOMER, TestWorld.PASSWORD);
        companyB = Answer.loggedIn(port, probe.emailOfB, TestAccounts.PASSWORD);
        staff = Answer.loggedIn(port, TestWorld.ADMIN, TestWorld.PASSWORD);
    }

    // ---- Vaadin routes ----

    @TestFactory
    Stream<DynamicTest> everyRouteSendsAnonymousVisitorsToTheLogin() {
        return productRoutes().stream().map(route -> dynamicTest("/" + route.getTemplate(), () -> {
            Answer answer = Answer.anonymous(port, "GET", "/" + fill(route.getTemplate(), "X-1"));
            if (AppRoutes.isPublic(route)) {
                assertThat(answer.status()).as(answer.toString()).isLessThan(500);
            } else {
                assertThat(answer.status()).as(answer.toString()).isEqualTo(302);
                assertThat(answer.location()).as(answer.toString()).startsWith("/login");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> companyBGetsNothingOfCompanyAsDocuments() {
        return parameterRoutes().filter(route -> !AppRoutes.isPublic(route)).map(route -> dynamicTest(route.getTemplate(), () -> {
            String number = sampleFor(route.getTemplate());
            String path = "/" + fill(route.getTemplate(), number);

            Answer answer = Answer.get(companyB, path);

            // a view B's role may not open is refused as such; any other looks like a number that does not exist
            assertThat(answer.status()).as(answer.toString()).isEqualTo(customersMayOpen(route) ? 404 : 403);
            assertThat(answer.body()).as(answer.toString()).doesNotContain(ProbeAccounts.DATA_OF_A);
            if (isDocumentPage(route.getTemplate())) {
                // the sample really is A's: A opens it
                assertThat(Answer.get(companyA, path).status()).as("company A opens " + path).isEqualTo(200);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> malformedRouteIdsAnswerNotFound() {
        return parameterRoutes().map(route -> dynamicTest(route.getTemplate(), () -> {
            try (ErrorLog log = new ErrorLog()) {
                for (String malformed : MALFORMED) {
                    Answer answer = Answer.get(staff, "/" + fill(route.getTemplate(), malformed));
                    if (AppRoutes.isPublic(route)) {
                        // a sign-up or reset link that is no link explains itself on its own page
                        assertThat(answer.status()).as(answer.toString()).isIn(200, 302, 400, 404);
                    } else {
                        assertThat(answer.status()).as(answer.toString()).isIn(400, 404);
                    }
                }
                assertThat(log.errors()).isEmpty();
            }
        }));
    }

    // ---- Spring MVC endpoints beside the views: the UI's files ----

    @TestFactory
    Stream<DynamicTest> everyFileEndpointKeepsCompanyAsFilesToA() {
        return filePatterns().stream().map(pattern -> dynamicTest(pattern, () -> {
            for (String path : samplesFor(pattern)) {
                Answer anonymous = Answer.anonymous(port, "GET", path);
                assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(302);
                assertThat(anonymous.location()).as(anonymous.toString()).startsWith("/login");

                assertThat(Answer.get(companyA, path).status()).as("company A gets " + path).isEqualTo(200);

                Answer other = Answer.get(companyB, path);
                assertThat(other.status()).as(other.toString()).isEqualTo(404);
                assertThat(other.response().body()).as(other.toString()).isEmpty();
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> malformedFileIdsAnswerNotFound() {
        return filePatterns().stream().map(pattern -> dynamicTest(pattern, () -> {
            try (ErrorLog log = new ErrorLog()) {
                for (String malformed : MALFORMED) {
                    Answer answer = Answer.get(companyA, PATH_VARIABLE.matcher(pattern).replaceAll(malformed));
                    assertThat(answer.status()).as(answer.toString()).isIn(400, 404);
                }
                assertThat(log.errors()).isEmpty();
            }
        }));
    }

    // ---- payment providers' webhooks ----

    @Test
    void paymentProviderWebhooksTakeNoLoginButChangeNothingWithoutTheProvidersSignature() {
        for (String provider : List.of("stripe", "paypal")) {
            Answer unsigned = Answer.anonymous(port, "POST", "/webhooks/" + provider);
            assertThat(unsigned.status()).as(unsigned.toString()).isEqualTo(400);
            assertThat(unsigned.header("Content-Type")).startsWith("application/problem+json");
        }
        Answer unknown = Answer.anonymous(port, "POST", "/webhooks/other");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
    }

    // ---- the integration API ----

    @TestFactory
    Stream<DynamicTest> everyApiOperationRefusesAnonymousCallers() {
        List<DynamicTest> tests = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("org.springdoc")) {
                return; // the OpenAPI document and its reference pages are public
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod verb : verbs(info)) {
                    String path = PATH_VARIABLE.matcher(pattern).replaceAll("x");
                    tests.add(dynamicTest(verb + " " + pattern, () -> {
                        Answer answer = Answer.anonymous(port, verb.name(), path);
                        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
                        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
                    }));
                }
            }
        });
        assertThat(tests).as("the API's operations").hasSizeGreaterThan(10);
        return tests.stream();
    }

    // ---- what the probe knows ----

    /** The product's routes: the test views that some Karibu tests add are no part of the app. */
    private List<RouteData> productRoutes() {
        List<RouteData> routes = AppRoutes.all(servletContext).stream()
                .filter(route -> !route.getNavigationTarget().getProtectionDomain().getCodeSource().getLocation()
                        .getPath().contains("test-classes"))
                .toList();
        assertThat(routes).as("the app's routes").hasSizeGreaterThan(30);
        return routes;
    }

    private Stream<RouteData> parameterRoutes() {
        return productRoutes().stream().filter(route -> !route.getRouteParameters().isEmpty());
    }

    private String sampleFor(String template) {
        String kind = template.replaceFirst("^staff/", "").split("/")[0];
        String number = probe.numberOfA(kind);
        if (number == null) {
            throw new AssertionError("The probe has no id of company A for " + template
                    + ": teach ProbeAccounts.numberOfA the kind '" + kind + "'");
        }
        return number;
    }

    private static boolean customersMayOpen(RouteData route) {
        RolesAllowed roles = route.getNavigationTarget().getAnnotation(RolesAllowed.class);
        return roles == null || Arrays.asList(roles.value()).contains(Roles.CUSTOMER);
    }

    /** A portal page that shows one document by its number and nothing else (not a payment's return page). */
    private static boolean isDocumentPage(String template) {
        return template.matches("[a-z]+(-[a-z]+)?s/:number") && !template.startsWith("purchase-orders");
    }

    private static String fill(String template, String value) {
        return ROUTE_PARAMETER.matcher(template).replaceAll(Matcher.quoteReplacement(value));
    }

    private Set<String> filePatterns() {
        Set<String> patterns = new java.util.TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> !pattern.startsWith("/api/") && !pattern.startsWith("/webhooks/")
                        && !pattern.equals("/error"))
                .forEach(patterns::add));
        assertThat(patterns).as("the UI's file endpoints").isNotEmpty();
        return patterns;
    }

    /** Addresses of company A's files for one endpoint; an endpoint the probe does not know fails. */
    private List<String> samplesFor(String pattern) {
        String signed = probe.signedRequestOfA();
        Map<String, List<String>> samples = Map.of(
                "/documents/{kind}/{number}.pdf", Arrays.stream(PdfLinks.Kind.values())
                        .filter(kind -> kind != PdfLinks.Kind.PURCHASE_ORDER)
                        .map(kind -> "/documents/" + kind.path() + "/" + probe.numberOfA(kind.path()) + ".pdf").toList(),
                "/documents/invoice/{number}.xml", List.of("/documents/invoice/" + probe.numberOfA("e-invoice") + ".xml"),
                "/documents/attachments/{id}", List.of("/documents/attachments/" + probe.attachmentOfA(context)),
                "/documents/signature-pages/{number}/{page}.png", List.of("/documents/signature-pages/" + signed + "/1.png"),
                "/documents/signature/{number}.pdf", List.of("/documents/signature/" + signed + ".pdf"),
                "/documents/signature/{number}/original.pdf", List.of("/documents/signature/" + signed + "/original.pdf"));
        List<String> paths = samples.get(pattern);
        if (paths == null) {
            throw new AssertionError("The probe has no file of company A for " + pattern + ": add one to samplesFor");
        }
        return paths;
    }

    private static Set<RequestMethod> verbs(RequestMappingInfo info) {
        Set<RequestMethod> verbs = info.getMethodsCondition().getMethods();
        return verbs.isEmpty() ? Set.of(RequestMethod.GET) : verbs;
    }
}
