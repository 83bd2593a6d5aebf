package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.AppContext;
import org.trustcase.app.bootstrap.AppContextFactory;
import org.trustcase.model.access.AccessDeniedException;
import org.trustcase.model.access.Decision;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.Actor;

/**
 * A use case refused by the access policy, on a real workspace: the command line says so in one
 * short line with exit code 2, and the refusal stays in the audit trail.
 */
class AccessRefusalCommandsTest {
    @TempDir
    Path temp;
    CliRunner cli;
    Path workspace;
    String ref;

    @BeforeEach
    void aWorkspaceWithACase() {
        workspace = temp.resolve("ws");
        cli = new CliRunner(workspace);
        assertThat(cli.run("workspace", "init").code()).isZero();
        ref = cli.run("case", "new", "--title", "Stolen laptop", "--aware", "2026-03-30T10:00:00Z").out().strip();
    }

    @Test
    void aRefusalIsExitCodeTwoWithAShortMessageAndIsAudited() {
        AppContextFactory managerOnly = new AppContextFactory(Clock.fixed(CliRunner.NOW, ZoneOffset.UTC),
                new Actor("mark.manager"), (actor, useCase, caseReference) -> useCase.onlyReads()
                        ? Decision.allow() : Decision.refuse("role-required", "dpo"));
        try (AppContext context = managerOnly.open(workspace)) {
            CaseReference reference = CaseReference.parse(ref);
            assertThat(context.cases().get(reference).details().title()).isEqualTo("Stolen laptop");

            assertThatThrownBy(() -> context.cases().move(reference, null, CaseStatus.TRIAGE, null))
                    .isInstanceOfSatisfying(AccessDeniedException.class, denied -> {
                        assertThat(denied.useCase()).isEqualTo(UseCase.CASE_MOVE);
                        assertThat(Cli.exitCode(denied)).isEqualTo(Cli.INVALID);
                        assertThat(Cli.message(denied))
                                .isEqualTo("not allowed: case-move on " + ref + " (role-required: dpo)");
                    });
            assertThat(context.cases().get(reference).status()).isEqualTo(CaseStatus.NEW);
        }

        String trail = cli.run("audit", "list", ref).out();
        assertThat(trail.lines().reduce((first, second) -> second).orElseThrow())
                .contains("\tmark.manager\t" + ref + "\taccess-refused\tuseCase: null -> case-move\t"
                        + "refusal: null -> role-required\trefusalArguments: null -> dpo");
    }

    @Test
    void aRefusalWithoutArgumentsOrCaseIsStillOneShortLine() {
        AccessDeniedException denied = new AccessDeniedException(UseCase.CASE_LIST, null,
                Decision.refuse("no-account"));
        assertThat(Cli.message(denied)).isEqualTo("not allowed: case-list (no-account)");
        assertThat(Cli.exitCode(denied)).isEqualTo(Cli.INVALID);
    }
}
