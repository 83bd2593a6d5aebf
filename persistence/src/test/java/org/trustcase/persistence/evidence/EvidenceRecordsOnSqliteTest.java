package org.trustcase.persistence.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.evidence.Annotation;
import org.trustcase.model.evidence.EvidenceItem;
import org.trustcase.model.evidence.EvidenceState;
import org.trustcase.persistence.Workspace;
import org.trustcase.persistence.testing.SampleCases;

/** Evidence records on a real workspace file: notes and their versions, and the items kept by a hash. */
class EvidenceRecordsOnSqliteTest {
    private static final Instant T = Instant.parse("2026-04-01T09:00:00Z");
    private static final String SHA = "ab".repeat(32);

    @TempDir
    Path dir;
    private Workspace workspace;
    private CaseReference first;
    private CaseReference second;

    @BeforeEach
    void create() {
        workspace = Workspace.create(dir);
        first = tx(() -> workspace.cases().insert(new CaseReference(2026, 1), SampleCases.requiredOnly(),
                CaseStatus.NEW, T).reference());
        second = tx(() -> workspace.cases().insert(new CaseReference(2026, 2), SampleCases.requiredOnly(),
                CaseStatus.NEW, T).reference());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private EvidenceItem item(CaseReference reference) {
        return tx(() -> workspace.evidence().insert(new EvidenceItem(0, reference, SHA, 3, "text/plain", false,
                "a.txt", null, null, "anna", T, EvidenceState.INTACT)));
    }

    @Test
    void aNoteEditedTwiceKeepsItsVersionsAndTheListsShowTheCurrentOne() {
        EvidenceItem item = item(first);
        Annotation note = tx(() -> workspace.evidence().annotate(new Annotation(0, item.id(), "ewa", T, "First",
                new Annotation.Region(2, 10.5, 20.25, 30, 40), List.of("scope"), true)));
        Annotation edit = tx(() -> workspace.evidence().annotate(new Annotation(0, item.id(), "ewa", T.plusSeconds(60),
                "Second", note.anchor(), List.of("scope", "recipients"), false, note.id())));
        Annotation other = tx(() -> workspace.evidence().annotate(new Annotation(0, item.id(), "julia", T, "Other",
                new Annotation.Quote("line"), List.of(), false)));

        assertThat(tx(() -> workspace.evidence().annotations(item.id()))).containsExactly(edit, other);
        assertThat(tx(() -> workspace.evidence().annotationVersions(item.id()))).containsExactly(note, edit, other);
        assertThat(tx(() -> workspace.evidence().caseAnnotations(first))).containsExactly(edit, other);
        assertThat(tx(() -> workspace.evidence().caseAnnotations(second))).isEmpty();
        assertThat(tx(() -> workspace.evidence().replaced(note.id()))).isTrue();
        assertThat(tx(() -> workspace.evidence().replaced(edit.id()))).isFalse();
        assertThat(tx(() -> workspace.evidence().annotation(edit.id()))).contains(edit);
        assertThatThrownBy(() -> tx(() -> workspace.evidence().annotate(new Annotation(0, item.id(), "ewa", T,
                "A second edit of the same version", note.anchor(), List.of(), false, note.id()))))
                .as("a version is replaced once: the versions form one chain").isInstanceOf(RuntimeException.class);
    }

    @Test
    void theSameFileKeptByItemsOfTwoCasesIsLiveUntilBothAreDisposedOf() {
        EvidenceItem one = item(first);
        EvidenceItem two = item(second);
        assertThat(tx(() -> workspace.evidence().liveItemsWith(SHA))).isEqualTo(2);
        tx(() -> {
            workspace.evidence().setState(one.id(), EvidenceState.DISPOSED);
            return null;
        });
        assertThat(tx(() -> workspace.evidence().liveItemsWith(SHA))).isEqualTo(1);
        tx(() -> {
            workspace.evidence().setState(two.id(), EvidenceState.DISPOSED);
            return null;
        });
        assertThat(tx(() -> workspace.evidence().liveItemsWith(SHA))).isZero();
    }

    private <T> T tx(Supplier<T> work) {
        return workspace.transactions().inTransaction(work);
    }
}
