package org.trustcase.model.users;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.Session;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseRepository;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.Role;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.model.common.ValidationException;

/**
 * The use cases of user accounts: signing in and out, the accounts a DPO manages, and which legal
 * reviewers are assigned to which cases. Passwords are only ever held as hashes; a failed sign-in is
 * recorded in the audit trail, in a transaction of its own, with the login that was tried. There is
 * always at least one active DPO: the last one cannot be demoted or deactivated.
 */
public final class UserService {
    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 256;
    private static final Actor NOBODY = new Actor("-", "-", java.util.Set.of());

    private final UserDirectory users;
    private final CaseAssignmentStore assignments;
    private final CaseRepository cases;
    private final PasswordHasher hasher;
    private final AuditTrail trail;
    private final TransactionRunner transactions;
    private final AccessControl access;
    private final Session session;
    private final Clock clock;

    public UserService(UserDirectory users, CaseAssignmentStore assignments, CaseRepository cases,
            PasswordHasher hasher, AuditTrail trail, TransactionRunner transactions, AccessControl access,
            Session session, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.assignments = Objects.requireNonNull(assignments, "assignments");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.trail = Objects.requireNonNull(trail, "trail");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.access = Objects.requireNonNull(access, "access");
        this.session = Objects.requireNonNull(session, "session");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** True when the workspace has no user account yet (a workspace from before accounts existed). */
    public boolean noAccounts() {
        return transactions.read(users::count) == 0;
    }

    /**
     * Checks the password of {@code login} and signs the user in, without an event (the command line signs in for
     * every command). A wrong login or password, or a deactivated account, is refused with one and the same answer
     * and recorded.
     *
     * @throws SignInFailedException when the login and password do not fit an active account
     */
    public Actor authenticate(String login, char[] password) {
        Objects.requireNonNull(password, "password");
        Optional<UserDirectory.StoredAccount> found = transactions.read(() -> UserAccount.isLogin(login)
                ? users.find(login) : Optional.empty());
        boolean fits = found.isPresent() && found.get().account().active()
                && hasher.matches(password, found.get().passwordHash());
        if (!fits) {
            Actor tried = UserAccount.isLogin(login) ? new Actor(login, login, java.util.Set.of()) : NOBODY;
            transactions.inTransaction(() -> trail.as(() -> tried).record(AuditAction.USER_SIGN_IN_FAILED, null,
                    List.of(new FieldChange("user", null, tried.id())), null));
            throw new SignInFailedException();
        }
        Actor actor = found.get().account().actor();
        session.signIn(actor);
        return actor;
    }

    /** Signs in at the window: as {@link #authenticate}, and the sign-in is recorded. */
    public Actor signIn(String login, char[] password) {
        Actor actor = authenticate(login, password);
        transactions.inTransaction(() -> trail.record(AuditAction.USER_SIGNED_IN, null, List.of(), null));
        return actor;
    }

    /** Signs out at the window (recorded); nothing can be done until someone signs in again. */
    public void signOut() {
        if (session.current().isPresent()) {
            transactions.inTransaction(() -> trail.record(AuditAction.USER_SIGNED_OUT, null, List.of(), null));
            session.signOut();
        }
    }

    /**
     * Creates the first account of a workspace that has none, a DPO, and signs them in: no one can be asked for
     * permission yet. Recorded as done by the new user.
     *
     * @throws RuleViolationException when the workspace has accounts already
     */
    public UserAccount addFirstDpo(String login, String fullName, char[] password) {
        UserAccount account = newAccount(login, fullName, Role.DPO);
        String hash = hashChecked(password);
        transactions.inTransaction(() -> {
            if (users.count() > 0) {
                throw new RuleViolationException("account.not-first");
            }
            users.add(account, hash);
            trail.as(account::actor).record(AuditAction.USER_ADDED, null, added(account, hash), null);
            return null;
        });
        session.signIn(account.actor());
        return account;
    }

    /**
     * Adds accounts made for a demo or a test workspace, with no password rules and no permission asked: only the
     * code that fills such a workspace calls this, right after creating it.
     */
    public void addDemoAccount(UserAccount account, char[] password) {
        String hash = hasher.hash(password);
        transactions.inTransaction(() -> {
            if (users.find(account.login()).isEmpty()) {
                users.add(account, hash);
                trail.as(account::actor).recordNoted(AuditAction.USER_ADDED, null, added(account, hash),
                        org.trustcase.model.audit.AuditNote.DEMO_ACCOUNT.with());
            }
            return null;
        });
    }

    /** Every account, by login (never a password hash). */
    public List<UserAccount> list() {
        access.require(UseCase.USER_LIST, null);
        return transactions.read(users::list);
    }

    /** Adds an account (DPO only). */
    public UserAccount add(String login, String fullName, Role role, char[] password) {
        access.require(UseCase.USER_ADD, null);
        UserAccount account = newAccount(login, fullName, role);
        String hash = hashChecked(password);
        transactions.inTransaction(() -> {
            if (users.find(account.login()).isPresent()) {
                throw new ValidationException("login", "account.login-taken", account.login());
            }
            users.add(account, hash);
            trail.record(AuditAction.USER_ADDED, null, added(account, hash), null);
            return null;
        });
        return account;
    }

    /** Gives an account another role (DPO only); the last active DPO keeps theirs. */
    public UserAccount changeRole(String login, Role role) {
        access.require(UseCase.USER_ROLE_CHANGE, null);
        Objects.requireNonNull(role, "role");
        return transactions.inTransaction(() -> {
            UserAccount account = require(login);
            if (account.role() == role) {
                return account;
            }
            requireAnotherDpo(account, role == Role.DPO && account.active());
            UserAccount changed = account.withRole(role);
            users.update(changed);
            trail.record(AuditAction.USER_ROLE_CHANGED, null, List.of(new FieldChange("user", null, login),
                    new FieldChange("role", account.role().code(), role.code())), null);
            return changed;
        });
    }

    /** Lets an account sign in or stops it (DPO only); the last active DPO stays active. Assignments are kept. */
    public UserAccount setActive(String login, boolean active, String reason) {
        access.require(UseCase.USER_ACTIVATION, null);
        return transactions.inTransaction(() -> {
            UserAccount account = require(login);
            if (account.active() == active) {
                return account;
            }
            requireAnotherDpo(account, active || account.role() != Role.DPO);
            UserAccount changed = account.withActive(active);
            users.update(changed);
            trail.record(active ? AuditAction.USER_REACTIVATED : AuditAction.USER_DEACTIVATED, null,
                    List.of(new FieldChange("user", null, login)), blankToNull(reason));
            return changed;
        });
    }

    /** Sets a new password: one's own after giving the current one, or anyone's as a DPO. */
    public void changePassword(String login, char[] current, char[] replacement) {
        boolean own = session.get().id().equals(login);
        access.require(own ? UseCase.PASSWORD_CHANGE_OWN : UseCase.PASSWORD_RESET, null);
        String hash = hashChecked(replacement);
        transactions.inTransaction(() -> {
            UserDirectory.StoredAccount stored = users.find(login)
                    .orElseThrow(() -> new ValidationException("login", "account.not-found", login));
            if (own && (current == null || !hasher.matches(current, stored.passwordHash()))) {
                throw new ValidationException("current-password", "account.wrong-password");
            }
            users.setPasswordHash(login, hash);
            trail.record(AuditAction.USER_PASSWORD_CHANGED, null, List.of(new FieldChange("user", null, login),
                    new FieldChange("credential", UserAccount.fingerprint(stored.passwordHash()),
                            UserAccount.fingerprint(hash))), null);
            return null;
        });
    }

    /** Assigns a legal reviewer to a case (DPO only): they may then read it and sign off its decisions. */
    public boolean assign(CaseReference reference, String login) {
        access.require(UseCase.CASE_ASSIGN, reference);
        return transactions.inTransaction(() -> {
            cases.require(reference);
            UserAccount account = require(login);
            if (account.role() != Role.LEGAL_REVIEWER) {
                throw new ValidationException("user", "account.not-a-reviewer", login, account.role().code());
            }
            if (!account.active()) {
                throw new ValidationException("user", "account.inactive", login);
            }
            boolean added = assignments.assign(reference, login, now());
            if (added) {
                trail.record(AuditAction.CASE_ASSIGNED, reference, List.of(new FieldChange("reviewer", null, login)),
                        null);
            }
            return added;
        });
    }

    /** Ends a reviewer's assignment to a case (DPO only). */
    public boolean unassign(CaseReference reference, String login) {
        access.require(UseCase.CASE_UNASSIGN, reference);
        return transactions.inTransaction(() -> {
            cases.require(reference);
            boolean removed = assignments.unassign(reference, login);
            if (removed) {
                trail.record(AuditAction.CASE_UNASSIGNED, reference,
                        List.of(new FieldChange("reviewer", login, null)), null);
            }
            return removed;
        });
    }

    /** The reviewers assigned to a case. */
    public List<String> assigned(CaseReference reference) {
        access.require(UseCase.CASE_ASSIGNMENTS, reference);
        return transactions.read(() -> {
            cases.require(reference);
            return assignments.assignedTo(reference);
        });
    }

    /**
     * Checks what a new account would be made of, before anything is created.
     *
     * @throws ValidationException naming the login, the full name or the password
     */
    public static void requireNewAccount(String login, String fullName, char[] password) {
        requireFields(login, fullName);
        requirePassword(password);
    }

    private static String requireFields(String login, String fullName) {
        UserAccount.requireLogin(login, "login");
        String name = fullName == null ? "" : fullName.strip();
        if (name.length() > UserAccount.MAX_FULL_NAME) {
            throw new ValidationException("full-name", "account.full-name-too-long", UserAccount.MAX_FULL_NAME);
        }
        return name;
    }

    private static void requirePassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
            throw new ValidationException("password", "account.password-length", MIN_PASSWORD, MAX_PASSWORD);
        }
    }

    private UserAccount newAccount(String login, String fullName, Role role) {
        String name = requireFields(login, fullName);
        return new UserAccount(login, name, Objects.requireNonNull(role, "role"), true, now());
    }

    private String hashChecked(char[] password) {
        requirePassword(password);
        char[] copy = Arrays.copyOf(password, password.length);
        try {
            return hasher.hash(copy);
        } finally {
            Arrays.fill(copy, '\0');
        }
    }

    private UserAccount require(String login) {
        return users.find(login).map(UserDirectory.StoredAccount::account)
                .orElseThrow(() -> new ValidationException("login", "account.not-found", login == null ? "" : login));
    }

    /** Refuses a change that would leave no active DPO; {@code staysDpo} when the account stays an active DPO. */
    private void requireAnotherDpo(UserAccount account, boolean staysDpo) {
        if (account.role() != Role.DPO || !account.active() || staysDpo) {
            return;
        }
        boolean another = users.list().stream().anyMatch(other -> !other.login().equals(account.login())
                && other.role() == Role.DPO && other.active());
        if (!another) {
            throw new RuleViolationException("account.last-dpo", account.login());
        }
    }

    private static List<FieldChange> added(UserAccount account, String hash) {
        return List.of(new FieldChange("user", null, account.login()),
                new FieldChange("role", null, account.role().code()),
                new FieldChange("credential", null, UserAccount.fingerprint(hash)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
