package org.trustcase.persistence.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.timeline.Confidence;
import org.trustcase.model.timeline.PastEvent;
import org.trustcase.persistence.Workspace;
import org.trustcase.persistence.testing.SampleCases;

/** Past events on a real workspace file: every field kept, in the order recorded, and never changed or deleted. */
class PastEventsOnSqliteTest {
    private static final Instant T = Instant.parse("2026-04-01T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void pastEventsKeepEveryFieldAndStay() throws Exception {
        Workspace workspace = Workspace.create(dir);
        Supplier<CaseReference> insert = () -> workspace.cases().insert(new CaseReference(2026, 1),
                SampleCases.requiredOnly(), CaseStatus.NEW, T).reference();
        CaseReference ref = workspace.transactions().inTransaction(insert::get);
        PastEvent login = new PastEvent(0, ref, Instant.parse("2026-03-03T14:02:00Z"), "Attacker's first login",
                "VPN gateway log", Confidence.PROBABLE, "julia", T);
        PastEvent call = new PastEvent(0, ref, Instant.parse("2026-02-01T08:00:00Z"), "Phishing call to the helpdesk",
                null, Confidence.POSSIBLE, "julia", T.plusSeconds(60));
        long first = workspace.transactions().inTransaction(() -> workspace.pastEvents().add(login));
        long second = workspace.transactions().inTransaction(() -> workspace.pastEvents().add(call));

        assertThat(workspace.transactions().read(() -> workspace.pastEvents().list(ref)))
                .containsExactly(login.withId(first), call.withId(second));
        workspace.close();

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("trustcase.db"));
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("UPDATE case_past_event SET description = 'nothing'"))
                    .hasMessageContaining("a past event is not changed");
            assertThatThrownBy(() -> statement.execute("DELETE FROM case_past_event"))
                    .hasMessageContaining("a past event stays with its case");
        }
    }
}
