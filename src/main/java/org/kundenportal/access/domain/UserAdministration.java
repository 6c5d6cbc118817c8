package org.kundenportal.access.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.kundenportal.account.domain.TwoFactorRepository;
import org.kundenportal.base.audit.AuditAction;
import org.kundenportal.base.audit.AuditLog;
import org.kundenportal.base.db.AfterCommit;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.base.security.UserSessions;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.contacts.domain.ContactService;
import org.kundenportal.contacts.domain.EmailAddresses;
import org.kundenportal.users.domain.NewUser;
import org.kundenportal.users.domain.UserAccount;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What admins do on the user list: create staff users, lock and unlock anyone, reset two-factor authentication. */
@Service
public class UserAdministration {

    private final UserRepository users;
    private final AccessRepository access;
    private final Invitations invitations;
    private final UserSessions sessions;
    private final AuditLog audit;
    private final TwoFactorRepository twoFactor;

    public UserAdministration(UserRepository users, AccessRepository access, Invitations invitations,
                              UserSessions sessions, AuditLog audit,
                              TwoFactorRepository twoFactor) {
        this.users = users;
        this.access = access;
        this.invitations = invitations;
        this.sessions = sessions;
        this.audit = audit;
        this.twoFactor = twoFactor;
    }

    /** Creates an internal user and invites it to set its password; nothing stays behind when the mail fails. */
    @Transactional
    public long createStaffUser(PortalUser actor, String name, String email, boolean admin, String language) {
        requireAdmin(actor);
        String displayName = name == null ? "" : name.strip();
        String login = UserRepository.normalizeEmail(email);
        if (displayName.isEmpty()) {
            throw new RefusedException("users.error.name-required");
        }
        if (displayName.length() > 200) {
            throw new RefusedException("users.error.name-too-long");
        }
        if (login == null || !EmailAddresses.isValid(login)) {
            throw new RefusedException("users.error.email-invalid");
        }
        if (users.emailTaken(login, null)) {
            throw new RefusedException("users.error.email-taken", login);
        }
        Set<Role> roles = admin ? EnumSet.of(Role.STAFF, Role.ADMIN) : EnumSet.of(Role.STAFF);
        String userLanguage = ContactService.LANGUAGES.contains(language) ? language : ContactService.LANGUAGES.getFirst();
        long userId;
        try {
            userId = users.create(new NewUser(login, displayName, UserKind.INTERNAL, null, null, userLanguage, roles, Set.of()));
        } catch (DataIntegrityViolationException raced) {
            throw new RefusedException("users.error.email-taken", login);
        }
        access.markInvited(userId, Instant.now());
        invitations.send(users.account(userId).orElseThrow());
        audit.record(actor.id(), actor.email(), AuditAction.USER_CREATED, "user", userId,
                login + " " + PortalAccessService.describe(roles));
        return userId;
    }

    /** Locks the user out until an admin unlocks it; its sessions end at once. */
    @Transactional
    public void lock(PortalUser actor, long userId) {
        requireAdmin(actor);
        UserAccount user = existing(userId);
        if (userId == actor.id()) {
            throw new RefusedException("users.error.lock-self");
        }
        access.lock(userId, Instant.now());
        audit.record(actor.id(), actor.email(), AuditAction.USER_LOCKED, "user", userId, user.email());
        AfterCommit.run(() -> sessions.endSessions(userId, null));
    }

    /** Ends a lock (an admin's or one after failed logins) and forgets the failed logins. */
    @Transactional
    public void unlock(PortalUser actor, long userId) {
        requireAdmin(actor);
        UserAccount user = existing(userId);
        access.unlock(userId, Instant.now());
        audit.record(actor.id(), actor.email(), AuditAction.USER_UNLOCKED, "user", userId, user.email());
    }

    /** Turns the user's two-factor authentication off, e.g. after a lost phone; it can set it up again. */
    @Transactional
    public void resetTwoFactor(PortalUser actor, long userId) {
        requireAdmin(actor);
        UserAccount user = existing(userId);
        if (!twoFactor.disable(userId)) {
            throw new RefusedException("users.error.no-two-factor", user.displayName());
        }
        audit.record(actor.id(), actor.email(), AuditAction.TWO_FACTOR_RESET, "user", userId, user.email());
    }

    public static boolean mayAdminister(PortalUser user) {
        return user.isInternal() && user.has(Role.ADMIN);
    }

    private UserAccount existing(long userId) {
        return users.account(userId).orElseThrow(() -> new RefusedException("access.error.user-missing"));
    }

    private static void requireAdmin(PortalUser actor) {
        if (!mayAdminister(actor)) {
            throw new AccessDeniedException("Only admins administer users");
        }
    }
}
