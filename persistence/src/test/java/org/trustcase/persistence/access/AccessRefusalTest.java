package org.trustcase.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.AccessDeniedException;
import org.trustcase.model.access.Decision;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.casework.CaseService;
import org.trustcase.model.common.Actor;
import org.trustcase.model.workflow.Workflow;
import org.trustcase.persistence.Workspace;
import org.trustcase.persistence.testing.SampleCases;

/** Refusals are kept on a real workspace, also when the refused use case ran inside a caller's transaction. */
class AccessRefusalTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC);
    private static final Actor ACTOR = new Actor("mark.manager");

    @TempDir
    Path dir;
    private Workspace workspace;
    private CaseService cases;
    private BreachCase opened;

    @BeforeEach
    void aCaseAndAPolicyThatRefusesUpdates() {
        workspace = Workspace.create(dir);
        AuditTrail trail = new AuditTrail(workspace.auditLog(), CLOCK, () -> ACTOR);
        AccessControl access = new AccessControl((actor, useCase, reference) -> useCase == UseCase.CASE_UPDATE
                ? Decision.refuse("role-required", "dpo") : Decision.allow(), () -> ACTOR, trail,
                workspace.transactions(), workspace.transactionHooks());
        cases = new CaseService(workspace.cases(), trail, workspace.transactions(), Workflow.standard(), CLOCK, access);
        opened = cases.open(SampleCases.requiredOnly());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aRefusalIsCommittedOnItsOwnAndNothingElseChanges() {
        assertThatThrownBy(() -> cases.update(opened.reference(), opened.version(), changedTitle()))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(cases.get(opened.reference())).isEqualTo(opened);
        assertThat(refusals()).singleElement().satisfies(e -> {
            assertThat(e.caseReference()).isEqualTo(opened.reference().toString());
            assertThat(e.actor()).isEqualTo("mark.manager");
        });
    }

    @Test
    void aRefusalSurvivesTheRollbackOfTheCallersTransaction() {
        CaseReference other = new CaseReference(2026, 50);

        assertThatThrownBy(() -> workspace.transactions().inTransaction(() -> {
            workspace.cases().insert(other, SampleCases.requiredOnly(), CaseStatus.NEW, CLOCK.instant());
            return cases.update(opened.reference(), opened.version(), changedTitle());
        })).isInstanceOf(AccessDeniedException.class);

        // the caller's work is rolled back, the refusal is not
        assertThat(workspace.transactions().read(() -> workspace.cases().find(other))).isEmpty();
        assertThat(refusals()).hasSize(1);
    }

    @Test
    void aRefusalHandledByTheCallerIsRecordedOnceWhenItsTransactionCommits() {
        CaseReference other = new CaseReference(2026, 50);

        workspace.transactions().inTransaction(() -> {
            workspace.cases().insert(other, SampleCases.requiredOnly(), CaseStatus.NEW, CLOCK.instant());
            assertThatThrownBy(() -> cases.update(opened.reference(), opened.version(), changedTitle()))
                    .isInstanceOf(AccessDeniedException.class);
            return null;
        });

        assertThat(workspace.transactions().read(() -> workspace.cases().find(other))).isPresent();
        assertThat(refusals()).hasSize(1);
    }

    private CaseDetails changedTitle() {
        return opened.details().toBuilder().title("Another title").build();
    }

    private List<AuditEvent> refusals() {
        return workspace.transactions().read(() -> workspace.auditLog().list()).stream()
                .filter(e -> e.action() == AuditAction.ACCESS_REFUSED).toList();
    }
}
