package org.trustcase.app.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.AppContext;
import org.trustcase.app.testing.TestContexts;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.notifications.AuthorityDraft;
import org.trustcase.model.notifications.RecipientRow;
import org.trustcase.model.notifications.RecipientService;
import org.trustcase.model.notifications.RecipientStatus;
import org.trustcase.model.organisation.OrganisationProfile;
import org.trustcase.app.testing.MutableClock;

/** Generating letters: merged into volumes, cancelled without leaving anything, refused when an element is missing. */
class LetterRunTest {
    @TempDir
    Path temp;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T09:00:00Z"));
    private final AppContext context = TestContexts.workspace(clock);
    private final CaseReference ref = context.cases().open(CaseDetails.builder().title("Stolen laptop")
            .summary("A laptop was stolen.").remedialActions("Passwords reset.")
            .awareAt(Instant.parse("2026-03-31T09:00:00Z")).build()).reference();

    @AfterEach
    void close() {
        context.close();
    }

    private void recipients(int count) {
        List<RecipientRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("name", "Person " + i);
            cells.put("email", "p" + i + "@example.com");
            cells.put("language", i % 2 == 0 ? "en" : "pl");
            rows.add(new RecipientRow(i + 2, cells));
        }
        context.recipients().importRecipients(ref, new RecipientService.RowFile("r.csv", "ab".repeat(32),
                List.of("name", "email", "language"), rows), false);
    }

    private void complete() {
        context.organisation().update(new OrganisationProfile("Acme", "", "", "Julia Kaczmarek", "iod@example.pl",
                "", null, "Europe/Warsaw", "en", Set.of()));
        context.notifications().saveDraft(ref, new AuthorityDraft(null, null, null, null, "Phishing is possible.",
                null, null, null, "Change your password.", true, false, false, null, null));
    }

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> inside = Files.list(folder)) {
            return inside.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aLargeBatchIsMergedIntoVolumesOfAThousandLetters() throws Exception {
        complete();
        recipients(1_001);
        Path folder = temp.resolve("merged");

        LetterRun.Result result = new LetterRun(context.letters(), clock).run(ref, "data-subjects", folder,
                new LetterRun.Options(true, false), (done, of) -> { }, () -> false);

        assertThat(result.letters()).isEqualTo(1_001);
        assertThat(files(folder)).containsExactly("letters-001.pdf", "letters-002.pdf", "mail-merge.csv");
        try (PDDocument last = Loader.loadPDF(folder.resolve("letters-002.pdf").toFile())) {
            assertThat(last.getNumberOfPages()).as("one letter, on its own pages").isBetween(1, 2);
        }
    }

    @Test
    void aCancelledRunLeavesNoLetterAndMarksNothing() throws Exception {
        complete();
        recipients(40);
        Path folder = temp.resolve("cancelled");
        AtomicInteger asked = new AtomicInteger();

        LetterRun.Result result = new LetterRun(context.letters(), clock).run(ref, "data-subjects", folder,
                new LetterRun.Options(false, true), (done, of) -> { }, () -> asked.incrementAndGet() > 10);

        assertThat(result.cancelled()).isTrue();
        assertThat(files(folder)).isEmpty();
        assertThat(context.recipients().counts(ref)).containsEntry(RecipientStatus.PENDING, 40L);
        assertThat(context.letters().batches(ref)).singleElement().satisfies(b -> assertThat(b.sent()).isFalse());
    }

    @Test
    void aLetterWithoutTheLikelyConsequencesIsNotWritten() {
        context.organisation().update(new OrganisationProfile("Acme", "", "", "Julia Kaczmarek", "iod@example.pl",
                "", null, "UTC", "en", Set.of()));
        recipients(2);

        assertThatThrownBy(() -> new LetterRun(context.letters(), clock).run(ref, "data-subjects",
                temp.resolve("refused"), new LetterRun.Options(false, false), (done, of) -> { }, () -> false))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("breach.consequences: letters.value-missing(breach.consequences)");
        assertThat(context.letters().batches(ref)).as("no batch prepared").isEmpty();
        assertThat(temp.resolve("refused")).doesNotExist();
    }
}
