package org.kundenportal.access.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kundenportal.base.audit.AuditAction;
import org.kundenportal.base.audit.AuditLog;
import org.kundenportal.base.db.AfterCommit;
import org.kundenportal.base.events.EventData;
import org.kundenportal.base.events.EventType;
import org.kundenportal.base.events.Outbox;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.AuthTokens;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.base.security.UserSessions;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.contacts.domain.ContactDraft;
import org.kundenportal.contacts.domain.ContactKind;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.contacts.domain.ContactRow;
import org.kundenportal.contacts.domain.EmailAddresses;
import org.kundenportal.contacts.domain.PortalAccessGrants;
import org.kundenportal.users.domain.NewUser;
import org.kundenportal.users.domain.UserAccount.PortalStatus;
import org.kundenportal.users.domain.UserAccount;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff grant, re-invite and revoke portal access for a contact and its persons, and set their roles.
 * Area permissions go through {@link AreaPermissionService}, which also serves partners.
 */
@Service
public class PortalAccessService implements PortalAccessGrants {

    private final ContactRepository contacts;
    private final UserRepository users;
    private final AccessRepository access;
    private final AreaPermissionService areaPermissions;
    private final Invitations invitations;
    private final AuthTokens tokens;
    private final UserSessions sessions;
    private final AuditLog audit;
    private final Outbox outbox;

    public PortalAccessService(ContactRepository contacts, UserRepository users, AccessRepository access,
                               AreaPermissionService areaPermissions, Invitations invitations, AuthTokens tokens,
                               UserSessions sessions, AuditLog audit, Outbox outbox) {
        this.contacts = contacts;
        this.users = users;
        this.access = access;
        this.areaPermissions = areaPermissions;
        this.invitations = invitations;
        this.tokens = tokens;
        this.sessions = sessions;
        this.audit = audit;
        this.outbox = outbox;
    }

    /** The contact and, for a company, the persons under it, each with its portal access. */
    public AccessOverview overview(long contactId) {
        ContactRow contact = contacts.row(contactId).orElseThrow(() -> new RefusedException("access.error.contact-missing"));
        CompanyContext company = access.companyContext(contactId).orElseThrow();
        List<ContactRow> rows = new ArrayList<>();
        rows.add(contact);
        if (contact.kind() == ContactKind.COMPANY) {
            rows.addAll(contacts.persons(contactId));
        }
        List<AccessEntry> entries = rows.stream().map(row -> entry(row, company)).toList();
        return new AccessOverview(contactId, contact.name(), company, entries);
    }

    private AccessEntry entry(ContactRow row, CompanyContext company) {
        return users.accountOfContact(row.id())
                .map(user -> new AccessEntry(row.id(), row.name(), row.email(), row.jobTitle(), user,
                        users.roles(user.id()), users.areaPermissions(user.id())))
                .orElseGet(() -> new AccessEntry(row.id(), row.name(), row.email(), row.jobTitle(), null,
                        company.defaultRoles(), company.defaultAreas()));
    }

    /**
     * Creates the contact's portal user (or gives a revoked one access again) and sends the invitation.
     * Refused when the email is missing, malformed or another user's login; nothing stays behind when the
     * mail cannot be sent.
     */
    @Override
    @Transactional
    public long grant(PortalUser actor, long contactId, Set<Role> chosenRoles, Set<AreaPermission> areas) {
        requireStaff(actor);
        ContactDraft contact = contacts.find(contactId).orElseThrow(() -> new RefusedException("access.error.contact-missing"));
        CompanyContext company = access.companyContext(contactId).orElseThrow();
        UserAccount existing = users.accountOfContact(contactId).orElse(null);
        if (existing != null && existing.portalStatus() != PortalStatus.REVOKED) {
            throw new RefusedException("access.error.already-granted", contact.name());
        }
        if (company.soldByPartner() && !areas.isEmpty()) {
            throw new RefusedException("access.error.partner-manages", company.partnerName());
        }
        Set<Role> roles = company.effectiveRoles(chosenRoles);
        if (roles.isEmpty()) {
            throw new RefusedException("access.error.no-role");
        }
        String email = UserRepository.normalizeEmail(contact.email());
        if (email == null || email.isEmpty()) {
            throw new RefusedException("access.error.email-missing", contact.name());
        }
        if (!EmailAddresses.isValid(email)) {
            throw new RefusedException("access.error.email-invalid", contact.email());
        }
        if (users.emailTaken(email, existing == null ? null : existing.id())) {
            throw new RefusedException("access.error.email-taken", email);
        }
        long userId;
        try {
            userId = existing == null ? createUser(contact, email, roles) : reenable(existing, contact, email, roles);
        } catch (DataIntegrityViolationException raced) {
            throw new RefusedException("access.error.email-taken", email);
        }
        if (!company.soldByPartner()) {
            access.replaceAreaPermissions(userId, areas, actor.id());
        }
        invitations.send(users.account(userId).orElseThrow());
        audit.record(actor.id(), actor.email(), AuditAction.ACCESS_GRANTED, "user", userId,
                email + " " + describe(roles) + " " + describe(areas));
        publishAccess(EventType.PORTAL_ACCESS_GRANTED, contactId, contact.name(), userId, email, company, roles);
        return userId;
    }

    private long createUser(ContactDraft contact, String email, Set<Role> roles) {
        long userId = users.create(new NewUser(email, contact.name(), UserKind.PORTAL, contact.id(), null,
                contact.language(), roles, Set.of()));
        access.markInvited(userId, Instant.now());
        return userId;
    }

    private long reenable(UserAccount user, ContactDraft contact, String email, Set<Role> roles) {
        if (user.deletedAt() != null) {
            throw new RefusedException("access.error.account-deleted");
        }
        if (!access.reenable(user.id(), email, contact.name(), Instant.now())) {
            throw new RefusedException("access.error.already-granted", contact.name());
        }
        access.replaceRoles(user.id(), roles);
        return user.id();
    }

    /** A new invitation link for a user who has not signed up yet; the earlier link dies. */
    @Transactional
    public void reinvite(PortalUser actor, long userId) {
        requireStaff(actor);
        UserAccount user = users.account(userId).orElseThrow(() -> new RefusedException("access.error.user-missing"));
        if (user.portalStatus() != PortalStatus.INVITED) {
            throw new RefusedException("access.error.not-invited", user.displayName());
        }
        access.markInvited(userId, Instant.now());
        invitations.send(user);
        audit.record(actor.id(), actor.email(), AuditAction.ACCESS_REINVITED, "user", userId, user.email());
    }

    /** Disables the portal user at once: its sessions end and its open links die. Its documents stay. */
    @Override
    @Transactional
    public void revoke(PortalUser actor, long userId) {
        requireStaff(actor);
        UserAccount user = portalUser(userId);
        if (!access.revoke(userId, Instant.now())) {
            throw new RefusedException("access.error.already-revoked", user.displayName());
        }
        tokens.revokeAll(userId);
        audit.record(actor.id(), actor.email(), AuditAction.ACCESS_REVOKED, "user", userId, user.email());
        CompanyContext company = user.contactId() == null ? null : access.companyContext(user.contactId()).orElse(null);
        publishAccess(EventType.PORTAL_ACCESS_REVOKED, user.contactId(), user.displayName(), userId, user.email(),
                company, users.roles(userId));
        endSessionsAfterCommit(userId);
    }

    /** Sets the customer/supplier roles; a partner company's users keep the partner role. */
    @Transactional
    public boolean changeRoles(PortalUser actor, long userId, Set<Role> chosenRoles) {
        requireStaff(actor);
        portalUser(userId);
        CompanyContext company = access.contactOfUser(userId).flatMap(access::companyContext)
                .orElseThrow(() -> new RefusedException("access.error.user-missing"));
        Set<Role> roles = company.effectiveRoles(chosenRoles);
        if (roles.isEmpty()) {
            throw new RefusedException("access.error.no-role");
        }
        if (!access.replaceRoles(userId, roles)) {
            return false;
        }
        audit.record(actor.id(), actor.email(), AuditAction.ROLES_CHANGED, "user", userId, describe(roles));
        // roles live in the session's principal: the user logs in again to get the new ones
        endSessionsAfterCommit(userId);
        return true;
    }

    /** Sets area permissions as staff; refused for users of a customer that a partner manages. */
    public boolean changeAreaPermissions(PortalUser actor, long userId, Set<AreaPermission> areas) {
        requireStaff(actor);
        return areaPermissions.change(actor, userId, areas);
    }

    private void publishAccess(EventType type, Long contactId, String name, long userId, String email,
                               CompanyContext company, Set<Role> roles) {
        outbox.publish(type, contactId == null ? "user:" + userId : "contact:" + contactId, EventData.of(
                "contact_id", contactId,
                "user_id", userId,
                "name", name,
                "email", email,
                "company_id", company == null ? null : company.companyId(),
                "company_name", company == null ? null : company.companyName(),
                "roles", roles.stream().map(Role::name).sorted().toList(),
                "at", Instant.now().truncatedTo(ChronoUnit.MILLIS)));
    }

    private UserAccount portalUser(long userId) {
        return users.account(userId).filter(user -> user.kind() == UserKind.PORTAL)
                .orElseThrow(() -> new RefusedException("access.error.user-missing"));
    }

    private void endSessionsAfterCommit(long userId) {
        AfterCommit.run(() -> sessions.endSessions(userId, null));
    }

    static void requireStaff(PortalUser actor) {
        if (!actor.isInternal()) {
            throw new AccessDeniedException("Only staff manage portal access");
        }
    }

    static String describe(Set<? extends Enum<?>> values) {
        List<String> names = values.stream().map(Enum::name).sorted().toList();
        return names.toString();
    }
}
