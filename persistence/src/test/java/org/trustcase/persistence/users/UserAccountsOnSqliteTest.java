package org.trustcase.persistence.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.caselist.CaseQuery;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.Role;
import org.trustcase.model.users.UserAccount;
import org.trustcase.persistence.Workspace;
import org.trustcase.persistence.testing.SampleCases;

/** Accounts and case assignments on a real workspace file. */
class UserAccountsOnSqliteTest {
    private static final Instant T = Instant.parse("2026-04-01T09:00:00Z");

    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeEach
    void create() {
        workspace = Workspace.create(dir);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void anAccountIsStoredReadAndChangedButNeverDeleted() throws Exception {
        UserAccount ewa = new UserAccount("ewa.wojcik", "Ewa Wójcik", Role.LEGAL_REVIEWER, true, T);
        tx(() -> {
            workspace.users().add(ewa, "$argon2id$stored");
            workspace.users().add(new UserAccount("anna", "", Role.DPO, true, T), "$argon2id$other");
            return null;
        });
        assertThat(tx(() -> workspace.users().find("ewa.wojcik")).orElseThrow().account()).isEqualTo(ewa);
        assertThat(tx(() -> workspace.users().list())).extracting(UserAccount::login).containsExactly("anna",
                "ewa.wojcik");

        tx(() -> {
            workspace.users().update(ewa.withActive(false).withRole(Role.MANAGER));
            workspace.users().setPasswordHash("ewa.wojcik", "$argon2id$new");
            return null;
        });
        var stored = tx(() -> workspace.users().find("ewa.wojcik")).orElseThrow();
        assertThat(stored.account().active()).isFalse();
        assertThat(stored.account().role()).isEqualTo(Role.MANAGER);
        assertThat(stored.passwordHash()).isEqualTo("$argon2id$new");
        assertThat(tx(() -> workspace.users().count())).isEqualTo(2);

        workspace.close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.DATABASE_FILE));
                Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.execute("DELETE FROM app_user WHERE login = 'anna'"))
                    .hasMessageContaining("never deleted");
            assertThatThrownBy(() -> sql.execute("INSERT INTO app_user (login, role, password_hash, created_at)"
                    + " VALUES ('x', 'admin', 'h', '2026-01-01')")).hasMessageContaining("CHECK");
        }
        workspace = Workspace.open(dir);
    }

    @Test
    void aReviewersAssignmentsNarrowTheCaseListsToTheirCases() {
        tx(() -> {
            workspace.users().add(new UserAccount("ewa", "", Role.LEGAL_REVIEWER, true, T), "h");
            for (int seq = 1; seq <= 3; seq++) {
                workspace.cases().insert(new CaseReference(2026, seq), SampleCases.requiredOnly(), CaseStatus.NEW, T);
            }
            return null;
        });
        CaseReference second = new CaseReference(2026, 2);
        assertThat(tx(() -> workspace.caseAssignments().assign(second, "ewa", T))).isTrue();
        assertThat(tx(() -> workspace.caseAssignments().assign(second, "ewa", T))).as("once only").isFalse();

        assertThat(workspace.caseAssignments().isAssigned(second, "ewa")).isTrue();
        assertThat(workspace.caseAssignments().isAssigned(new CaseReference(2026, 1), "ewa")).isFalse();
        assertThat(tx(() -> workspace.caseAssignments().assignedTo(second))).containsExactly("ewa");
        CaseQuery hers = CaseQuery.ALL.withAssignedTo("ewa");
        assertThat(tx(() -> workspace.caseQueries().count(hers))).isEqualTo(1);
        assertThat(tx(() -> workspace.caseQueries().page(hers, 0, 10))).extracting(row -> row.reference())
                .containsExactly(second);
        assertThat(tx(() -> workspace.caseQueries().count(CaseQuery.ALL))).isEqualTo(3);

        assertThat(tx(() -> workspace.caseAssignments().unassign(second, "ewa"))).isTrue();
        assertThat(tx(() -> workspace.caseQueries().count(hers))).isZero();
    }

    private <T> T tx(Supplier<T> work) {
        return workspace.transactions().inTransaction(work);
    }
}
