package org.kundenportal;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.kundenportal.account.TestAccounts;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Browserless UI tests: the whole app boots once (real MariaDB, the test world) and each test drives the views
 * through Karibu, logged in through the real authentication manager.
 */
public abstract class KaribuTest extends SpringTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;
    @Autowired
    private AuthenticationManager authenticationManager;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.kundenportal");
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Logs in with the test world's password, as the login form would, and starts a fresh UI for that user. */
    protected PortalUser login(String email) {
        return login(email, TestWorld.PASSWORD);
    }

    protected PortalUser login(String email, String password) {
        Authentication authentication = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, password));
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
        VaadinSession.getCurrent().getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
        // a new UI picks up the user's language and shell, as after the redirect that follows a real login
        UI.getCurrent().getPage().reload();
        return (PortalUser) authentication.getPrincipal();
    }

    /** Logs in a new customer (a company of its own) who chose the given language for the portal. */
    protected PortalUser loginNewCustomerSpeaking(String language) {
        TestAccounts.Account customer = new TestAccounts(context).customer("speaks-" + language);
        context.getBean(UserRepository.class).setLanguage(customer.userId(), language);
        return login(customer.email());
    }

    protected void navigate(String path) {
        UI.getCurrent().navigate(path);
    }
}
