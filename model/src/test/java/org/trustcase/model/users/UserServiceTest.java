package org.trustcase.model.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.AccessDeniedException;
import org.trustcase.model.access.NotSignedInException;
import org.trustcase.model.access.RolePolicy;
import org.trustcase.model.access.Session;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.Role;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.testing.Cases;
import org.trustcase.model.testing.DirectTransactions;
import org.trustcase.model.testing.InMemoryAuditLog;
import org.trustcase.model.testing.InMemoryCaseRepository;
import org.trustcase.model.testing.InMemoryUsers;
import org.trustcase.model.testing.MutableClock;

class UserServiceTest {
    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T09:00:00Z"));
    private final InMemoryUsers store = new InMemoryUsers();
    private final InMemoryCaseRepository cases = new InMemoryCaseRepository();
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final DirectTransactions transactions = new DirectTransactions();
    private final Session session = new Session();
    private final AuditTrail trail = new AuditTrail(log, clock, session);
    private final AccessControl access = new AccessControl(new RolePolicy(store), session, trail, transactions,
            transactions);
    private final UserService users = new UserService(store, store, cases, store, trail, transactions, access,
            session, clock);

    @Test
    void theFirstDpoIsAddedOnlyToAWorkspaceWithoutAccountsAndIsSignedIn() {
        assertThat(users.noAccounts()).isTrue();
        assertThatThrownBy(users::list).isInstanceOf(NotSignedInException.class);

        UserAccount first = users.addFirstDpo("anna.nowak", "Anna Nowak", PASSWORD);

        assertThat(first.role()).isEqualTo(Role.DPO);
        assertThat(session.get().id()).isEqualTo("anna.nowak");
        assertThat(users.noAccounts()).isFalse();
        AuditEvent added = log.list().get(0);
        assertThat(added.action()).isEqualTo(AuditAction.USER_ADDED);
        assertThat(added.actor()).isEqualTo("anna.nowak");
        assertThat(added.changes()).containsExactly(new FieldChange("user", null, "anna.nowak"),
                new FieldChange("role", null, "dpo"), new FieldChange("credential", null,
                        UserAccount.fingerprint(store.find("anna.nowak").orElseThrow().passwordHash())));
        assertThatThrownBy(() -> users.addFirstDpo("mallory", "", PASSWORD))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.problems().get(0).code()).isEqualTo("account.not-first"));
        assertThat(store.find("mallory")).isEmpty();
    }

    @Test
    void aPasswordIsStoredOnlyAsItsHashAndMustBeLongEnough() {
        assertThatThrownBy(() -> users.addFirstDpo("anna", "", "short".toCharArray()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("password: account.password-length(8, 256)"));
        users.addFirstDpo("anna", "", PASSWORD);
        assertThat(store.find("anna").orElseThrow().passwordHash()).isNotEqualTo(new String(PASSWORD))
                .isEqualTo(store.hash(PASSWORD));
    }

    @Test
    void aWrongPasswordAnUnknownLoginAndADeactivatedAccountAreRefusedAlikeAndRecorded() {
        users.addFirstDpo("anna", "", PASSWORD);
        users.add("ewa", "Ewa Wójcik", Role.LEGAL_REVIEWER, PASSWORD);
        users.setActive("ewa", false, "Left the company");
        session.signOut();

        assertThatThrownBy(() -> users.authenticate("anna", "wrong password".toCharArray()))
                .isInstanceOf(SignInFailedException.class);
        assertThatThrownBy(() -> users.authenticate("nobody", PASSWORD)).isInstanceOf(SignInFailedException.class);
        assertThatThrownBy(() -> users.authenticate("ewa", PASSWORD)).isInstanceOf(SignInFailedException.class);
        assertThatThrownBy(() -> users.authenticate("Robert'); DROP TABLE", PASSWORD))
                .isInstanceOf(SignInFailedException.class);

        assertThat(session.current()).isEmpty();
        List<AuditEvent> failures = log.list().stream()
                .filter(event -> event.action() == AuditAction.USER_SIGN_IN_FAILED).toList();
        assertThat(failures).extracting(AuditEvent::actor).containsExactly("anna", "nobody", "ewa", "-");
    }

    @Test
    void theCommandLineSignsInWithoutAnEventAndTheWindowWithOne() {
        users.addFirstDpo("anna", "", PASSWORD);
        session.signOut();
        int before = log.list().size();

        assertThat(users.authenticate("anna", PASSWORD).id()).isEqualTo("anna");
        assertThat(log.list()).hasSize(before);

        session.signOut();
        users.signIn("anna", PASSWORD);
        users.signOut();
        assertThat(log.list().subList(before, log.list().size())).extracting(AuditEvent::action)
                .containsExactly(AuditAction.USER_SIGNED_IN, AuditAction.USER_SIGNED_OUT);
        assertThat(session.current()).isEmpty();
    }

    @Test
    void onlyADpoManagesAccountsAndTheRefusalIsRecorded() {
        users.addFirstDpo("anna", "", PASSWORD);
        users.add("marek", "Marek Lis", Role.MANAGER, PASSWORD);
        session.signOut();
        users.authenticate("marek", PASSWORD);

        assertThatThrownBy(() -> users.add("mallory", "", Role.DPO, PASSWORD))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.changeRole("marek", Role.DPO)).isInstanceOf(AccessDeniedException.class);
        assertThat(store.find("mallory")).isEmpty();
        assertThat(store.find("marek").orElseThrow().account().role()).isEqualTo(Role.MANAGER);
        assertThat(log.list()).filteredOn(event -> event.action() == AuditAction.ACCESS_REFUSED).hasSize(2);
        // one's own password needs the current one
        assertThatThrownBy(() -> users.changePassword("marek", "not it at all".toCharArray(),
                "a new password".toCharArray())).isInstanceOf(ValidationException.class);
        users.changePassword("marek", PASSWORD, "a new password".toCharArray());
        assertThat(store.matches("a new password".toCharArray(), store.find("marek").orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void theLastActiveDpoCannotBeDemotedOrDeactivated() {
        users.addFirstDpo("anna", "", PASSWORD);
        assertThatThrownBy(() -> users.changeRole("anna", Role.MANAGER)).isInstanceOfSatisfying(
                RuleViolationException.class, e -> assertThat(e.problems().get(0).code()).isEqualTo("account.last-dpo"));
        assertThatThrownBy(() -> users.setActive("anna", false, null)).isInstanceOf(RuleViolationException.class);

        users.add("piotr", "", Role.DPO, PASSWORD);
        users.changeRole("anna", Role.MANAGER);
        assertThat(store.find("anna").orElseThrow().account().role()).isEqualTo(Role.MANAGER);
        assertThat(log.list().get(log.list().size() - 1).changes()).contains(new FieldChange("role", "dpo", "manager"));
    }

    @Test
    void onlyActiveLegalReviewersAreAssignedAndEachChangeIsRecordedOnTheCase() {
        users.addFirstDpo("anna", "", PASSWORD);
        users.add("ewa", "", Role.LEGAL_REVIEWER, PASSWORD);
        users.add("marek", "", Role.MANAGER, PASSWORD);
        BreachCase opened = cases.insert(new CaseReference(2026, 1), Cases.minimal(), CaseStatus.NEW, clock.instant());
        CaseReference ref = opened.reference();

        assertThatThrownBy(() -> users.assign(ref, "marek")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> users.assign(ref, "nobody")).isInstanceOf(ValidationException.class);
        assertThat(users.assign(ref, "ewa")).isTrue();
        assertThat(users.assign(ref, "ewa")).as("assigned already: nothing to record").isFalse();
        assertThat(users.assigned(ref)).containsExactly("ewa");
        assertThat(store.isAssigned(ref, "ewa")).isTrue();
        assertThat(users.unassign(ref, "ewa")).isTrue();
        assertThat(users.assigned(ref)).isEmpty();

        assertThat(log.list(ref.toString())).extracting(AuditEvent::action)
                .containsExactly(AuditAction.CASE_ASSIGNED, AuditAction.CASE_UNASSIGNED);
    }
}
