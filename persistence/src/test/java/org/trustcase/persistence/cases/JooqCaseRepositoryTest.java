package org.trustcase.persistence.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseField;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseRepository;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.ConcurrentChangeException;
import org.trustcase.persistence.Workspace;
import org.trustcase.persistence.jooq.Tables;
import org.trustcase.persistence.testing.SampleCases;
import org.trustcase.persistence.tx.SingleConnectionTransactions;

class JooqCaseRepositoryTest {
    private static final Instant CREATED = Instant.parse("2026-03-04T11:00:00Z");
    private static final Instant EDITED = Instant.parse("2026-03-06T15:30:00Z");

    @TempDir
    Path dir;
    private Workspace workspace;
    private CaseRepository cases;

    @BeforeEach
    void create() {
        workspace = Workspace.create(dir);
        cases = workspace.cases();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void everyFieldSurvivesInsertAndFind() {
        CaseDetails details = SampleCases.everyField();
        assertThat(CaseField.values()).hasSize(23);
        assertThat(details.involvesSpecialCategories()).isTrue();

        BreachCase inserted = tx(() -> cases.insert(new CaseReference(2026, 1), details, CaseStatus.TRIAGE, CREATED));
        BreachCase found = tx(() -> cases.find(new CaseReference(2026, 1))).orElseThrow();

        assertThat(inserted.id()).isPositive();
        assertThat(inserted.version()).isEqualTo(1);
        assertThat(found).isEqualTo(inserted);
        assertThat(found.details()).isEqualTo(details);
        for (CaseField field : CaseField.values()) {
            assertThat(field.valueIn(found.details())).as(field.key()).isEqualTo(field.valueIn(details)).isNotNull();
        }
        assertThat(found.details().jurisdictions()).extracting(j -> j.code()).containsExactly("US-CA", "PL", "DE");
        assertThat(found.details().parties()).hasSize(3);
        assertThat(found.status()).isEqualTo(CaseStatus.TRIAGE);
        assertThat(found.createdAt()).isEqualTo(CREATED);
        assertThat(found.updatedAt()).isEqualTo(CREATED);
    }

    @Test
    void everyFieldSurvivesUpdateAndFind() {
        BreachCase inserted = tx(() -> cases.insert(new CaseReference(2026, 1), SampleCases.everyField(),
                CaseStatus.NEW, CREATED));
        BreachCase changed = inserted.withDetails(SampleCases.everyFieldChanged(), EDITED)
                .withStatus(CaseStatus.NOT_A_BREACH, "No personal data involved", EDITED);

        BreachCase updated = tx(() -> cases.update(changed));
        BreachCase found = tx(() -> cases.find(inserted.reference())).orElseThrow();

        assertThat(updated.version()).isEqualTo(2);
        assertThat(found).isEqualTo(updated);
        assertThat(found.details()).isEqualTo(SampleCases.everyFieldChanged());
        assertThat(found.status()).isEqualTo(CaseStatus.NOT_A_BREACH);
        assertThat(found.statusReason()).isEqualTo("No personal data involved");
        assertThat(found.createdAt()).isEqualTo(CREATED);
        assertThat(found.updatedAt()).isEqualTo(EDITED);
    }

    @Test
    void updateToRequiredOnlyClearsEveryOtherField() {
        BreachCase inserted = tx(() -> cases.insert(new CaseReference(2026, 1), SampleCases.everyField(),
                CaseStatus.NEW, CREATED));
        BreachCase updated = tx(() -> cases.update(inserted.withDetails(SampleCases.requiredOnly(), EDITED)));

        BreachCase found = tx(() -> cases.find(inserted.reference())).orElseThrow();

        assertThat(found).isEqualTo(updated);
        assertThat(found.details()).isEqualTo(SampleCases.requiredOnly());
    }

    @Test
    void caseWithOnlyRequiredFieldsRoundTripsWithNullsAndEmpties() {
        BreachCase inserted = tx(() -> cases.insert(new CaseReference(2026, 7), SampleCases.requiredOnly(),
                CaseStatus.NEW, CREATED));

        BreachCase found = tx(() -> cases.find(new CaseReference(2026, 7))).orElseThrow();

        assertThat(found).isEqualTo(inserted);
        CaseDetails d = found.details();
        assertThat(d.title()).isEqualTo("Lost laptop");
        assertThat(d.awareAt()).isEqualTo(Instant.parse("2026-02-10T12:00:00Z"));
        assertThat(d.summary()).isNull();
        assertThat(d.channel()).isNull();
        assertThat(d.occurredFrom()).isNull();
        assertThat(d.approxSubjects()).isNull();
        assertThat(d.cause()).isNull();
        assertThat(d.breachTypes()).isEmpty();
        assertThat(d.dataCategories()).isEmpty();
        assertThat(d.subjectCategories()).isEmpty();
        assertThat(d.jurisdictions()).isEmpty();
        assertThat(d.parties()).isEmpty();
        assertThat(found.statusReason()).isNull();
    }

    @Test
    void findOfManyReturnsThoseCasesWithTheirOwnChildrenNewestReferenceFirst() {
        BreachCase a = tx(() -> cases.insert(new CaseReference(2025, 9), SampleCases.everyFieldChanged(),
                CaseStatus.CLOSED, CREATED));
        BreachCase b = tx(() -> cases.insert(new CaseReference(2026, 2), SampleCases.requiredOnly(),
                CaseStatus.NEW, CREATED));
        BreachCase c = tx(() -> cases.insert(new CaseReference(2026, 10), SampleCases.everyField(),
                CaseStatus.INVESTIGATING, CREATED));

        List<BreachCase> all = tx(() -> cases.find(List.of(a.reference(), b.reference(), c.reference(),
                new CaseReference(2026, 77))));

        // 2026-0010 sorts before 2026-0002 by number, not as text
        assertThat(all).containsExactly(c, b, a);
        assertThat(tx(() -> cases.find(List.of(b.reference())))).containsExactly(b);
        assertThat(tx(() -> cases.find(List.of()))).isEmpty();
    }

    @Test
    void openCasesAreWalkedInBatchesByIdAndCounted() {
        BreachCase closed = tx(() -> cases.insert(new CaseReference(2026, 1), SampleCases.requiredOnly(),
                CaseStatus.CLOSED, CREATED));
        BreachCase first = tx(() -> cases.insert(new CaseReference(2026, 2), SampleCases.requiredOnly(),
                CaseStatus.NEW, CREATED));
        BreachCase second = tx(() -> cases.insert(new CaseReference(2026, 3), SampleCases.everyField(),
                CaseStatus.TRIAGE, CREATED));

        assertThat(tx(cases::countOpen)).isEqualTo(2);
        assertThat(tx(() -> cases.findOpen(0, 1))).containsExactly(first);
        assertThat(tx(() -> cases.findOpen(first.id(), 10))).containsExactly(second);
        assertThat(tx(() -> cases.findOpen(second.id(), 10))).isEmpty();
        assertThat(closed.id()).isLessThan(first.id());
    }

    @Test
    void findOfAnUnknownReferenceIsEmpty() {
        assertThat(tx(() -> cases.find(new CaseReference(2026, 1)))).isEmpty();
        assertThat(tx(() -> cases.find(List.of(new CaseReference(2026, 1))))).isEmpty();
    }

    @Test
    void referencesAreNumberedPerYear() {
        assertThat(tx(() -> cases.nextReference(2026))).isEqualTo(new CaseReference(2026, 1));
        insert(tx(() -> cases.nextReference(2026)));
        insert(tx(() -> cases.nextReference(2026)));
        insert(tx(() -> cases.nextReference(2025)));

        assertThat(tx(() -> cases.find(List.of(new CaseReference(2026, 1), new CaseReference(2026, 2),
                new CaseReference(2025, 1))))).extracting(found -> found.reference().toString())
                .containsExactly("TC-2026-0002", "TC-2026-0001", "TC-2025-0001");
        assertThat(tx(() -> cases.nextReference(2026))).isEqualTo(new CaseReference(2026, 3));
        assertThat(tx(() -> cases.nextReference(2025))).isEqualTo(new CaseReference(2025, 2));
        assertThat(tx(() -> cases.nextReference(2024))).isEqualTo(new CaseReference(2024, 1));
    }

    @Test
    void secondUpdateFromTheSameReadVersionIsRefusedAndTheFirstIsKept() {
        BreachCase read = insert(new CaseReference(2026, 1));
        CaseDetails first = read.details().toBuilder().title("First editor's title").build();
        CaseDetails second = read.details().toBuilder().title("Second editor's title").build();

        tx(() -> cases.update(read.withDetails(first, EDITED)));

        assertThatThrownBy(() -> tx(() -> cases.update(read.withDetails(second, EDITED))))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("TC-2026-0001")
                .hasMessageStartingWith("case.changed-by-someone-else(TC-2026-0001, ");
        BreachCase stored = tx(() -> cases.find(read.reference())).orElseThrow();
        assertThat(stored.details().title()).isEqualTo("First editor's title");
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void statusIsStoredByItsCodeAsWorkspacesAlreadyHoldIt() {
        BreachCase inserted = insert(new CaseReference(2026, 1));
        tx(() -> cases.update(inserted.withStatus(CaseStatus.NOT_A_BREACH, "No personal data involved", EDITED)));
        assertThat(rawStatus(inserted.id())).isEqualTo("not-a-breach");

        tx(() -> dsl().update(Tables.BREACH_CASE).set(Tables.BREACH_CASE.STATUS, "investigating")
                .where(Tables.BREACH_CASE.ID.eq(inserted.id())).execute());
        assertThat(tx(() -> cases.find(inserted.reference())).orElseThrow().status()).isEqualTo(CaseStatus.INVESTIGATING);

        tx(() -> dsl().update(Tables.BREACH_CASE).set(Tables.BREACH_CASE.STATUS, "INVESTIGATING")
                .where(Tables.BREACH_CASE.ID.eq(inserted.id())).execute());
        assertThatThrownBy(() -> tx(() -> cases.find(inserted.reference())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("unknown status code 'INVESTIGATING' in the database");
    }

    private String rawStatus(long id) {
        return tx(() -> dsl().select(Tables.BREACH_CASE.STATUS).from(Tables.BREACH_CASE)
                .where(Tables.BREACH_CASE.ID.eq(id)).fetchOne(Tables.BREACH_CASE.STATUS));
    }

    private DSLContext dsl() {
        return ((SingleConnectionTransactions) workspace.transactions()).dsl("test");
    }

    private BreachCase insert(CaseReference reference) {
        return tx(() -> cases.insert(reference, SampleCases.requiredOnly(), CaseStatus.NEW, CREATED));
    }

    private <T> T tx(Supplier<T> work) {
        return workspace.transactions().inTransaction(work);
    }
}
