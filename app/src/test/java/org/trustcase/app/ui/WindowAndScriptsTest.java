package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.AppContext;
import org.trustcase.app.Main;
import org.trustcase.app.bootstrap.AppContextFactory;
import org.trustcase.app.ui.casefile.CaseViewModel;
import org.trustcase.app.ui.cases.CaseList;
import org.trustcase.app.ui.cases.CasesViewModel;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.SameThreadTasks;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.app.ui.support.WorkspaceWatch;
import org.trustcase.model.caselist.CaseQuery;
import org.trustcase.model.caselist.CaseRow;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseField;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.Role;

/**
 * The window's services in this JVM and the command line in another process, on one workspace at the same time:
 * both write, the versions catch conflicting edits, and the window shows what the script did.
 */
class WindowAndScriptsTest {
    private static final Duration NOTICED_WITHIN = Duration.ofSeconds(2);
    private static final String SCRIPT_PASSWORD = "the script's password";

    @TempDir
    Path temp;

    @Test
    void theWindowAndAScriptWorkInOneWorkspaceAndTheWindowShowsWhatTheScriptDid() throws Exception {
        Path dir = temp.resolve("ws");
        Clock clock = Clock.systemUTC();
        Instant aware = clock.instant().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        try (AppContext window = new AppContextFactory(clock, new Actor("anna.dpo")).create(dir, false)) {
            window.users().add("bert.script", "Bert's scripts", Role.DPO, SCRIPT_PASSWORD.toCharArray());
            BreachCase mine = window.cases().open(CaseDetails.builder().title("Opened in the window")
                    .awareAt(aware).build());
            // the JavaFX thread, played by this test: what the watch hands over runs when the test drains it
            BlockingQueue<Runnable> fxThread = new LinkedBlockingQueue<>();
            CaseList caseList = new CaseList();
            CasesViewModel list = new CasesViewModel(window.caseLists(), SameThreadTasks.rethrowing(), messages,
                    caseList, window.clock());
            list.reload();
            CaseViewModel open = new CaseViewModel(window.cases(), window.audit(), window.clocks().engine()::coverage, c -> java.util.List.of(),
                    SameThreadTasks.rethrowing(),
                    messages, new TimeText(ZoneOffset.UTC), clock, caseList::reload, mine.reference());
            open.load();
            open.form().text(CaseField.OWNER).set("Anna Kowalska");

            try (WorkspaceWatch watch = new WorkspaceWatch(window::changesElsewhere, fxThread::add,
                    caseList::changedElsewhere)) {
                watch.start();

                Script created = script(dir, "case", "new", "--title", "Opened by a script", "--aware", aware.toString());
                assertThat(created.code()).as(created.err()).isZero();
                String theirs = created.out().strip();
                // the script sees the window's case and moves it while the window edits it
                Script moved = script(dir, "case", "move", mine.reference().toString(), "TRIAGE");
                assertThat(moved.code()).as(moved.err()).isZero();
                long scriptDone = System.nanoTime();

                while (titles(list).size() < 2) {
                    assertThat(Duration.ofNanos(System.nanoTime() - scriptDone))
                            .as("the window's list shows the script's case within two seconds")
                            .isLessThan(NOTICED_WITHIN);
                    Runnable delivered = fxThread.poll(20, TimeUnit.MILLISECONDS);
                    if (delivered != null) {
                        delivered.run();
                    }
                }
                assertThat(titles(list)).containsExactly("Opened by a script", "Opened in the window");
                assertThat(list.rows()).filteredOn(row -> row.reference().equals(mine.reference()))
                        .extracting(CaseRow::status).containsExactly(CaseStatus.TRIAGE);
                assertThat(list.rows().get(0).reference().toString()).isEqualTo(theirs);
                // the open case held unsaved edits: it was not read again under them
                assertThat(open.breachCaseProperty().get().version()).isEqualTo(mine.version());

                open.save();

                assertThat(open.noticeProperty().get()).isEqualTo(messages.get("case.changedElsewhere.save"));
                assertThat(open.conflictProperty().get()).isTrue();
                BreachCase stored = window.cases().get(mine.reference());
                assertThat(stored.status()).isEqualTo(CaseStatus.TRIAGE);
                assertThat(stored.details().owner()).isNull();
                assertThat(window.caseLists().count(CaseQuery.ALL)).isEqualTo(2);

                // and the other way round: a script's edit on a version the window changed since is refused
                window.cases().update(mine.reference(), stored.version(),
                        stored.details().toBuilder().owner("Anna Kowalska").build());
                Path stale = Files.writeString(temp.resolve("stale.json"),
                        "{\"version\": " + stored.version() + ", \"owner\": \"Bert Script\"}");
                Script refused = script(dir, "case", "update", mine.reference().toString(), "--from",
                        stale.toString());
                assertThat(refused.code()).isEqualTo(2);
                assertThat(refused.err()).contains(mine.reference() + " was changed since it was read (version "
                        + stored.version() + ", now " + (stored.version() + 1) + ")");
                assertThat(window.cases().get(mine.reference()).details().owner()).isEqualTo("Anna Kowalska");
            }
        }
    }

    private static List<String> titles(CasesViewModel list) {
        List<String> titles = new ArrayList<>();
        list.rows().forEach(row -> titles.add(row.title()));
        return titles;
    }

    private record Script(int code, String out, String err) {
    }

    /** Runs {@code trustcase --workspace DIR args…} in a process of its own, on the test class path. */
    private Script script(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--workspace", dir.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("TRUSTCASE_USER", "bert.script");
        builder.environment().put("TRUSTCASE_PASSWORD", SCRIPT_PASSWORD);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the script did not finish");
        }
        return new Script(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
