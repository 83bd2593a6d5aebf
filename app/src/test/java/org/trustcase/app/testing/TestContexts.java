package org.trustcase.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.trustcase.app.AppContext;
import org.trustcase.app.bootstrap.AppContextFactory;
import org.trustcase.model.common.Actor;
import org.trustcase.model.access.Session;
import org.trustcase.persistence.Workspace;

/**
 * Application contexts for tests: the real composition over a real SQLite workspace in a new
 * temporary folder, deleted again when the context is closed.
 */
public final class TestContexts {
    public static final Actor ACTOR = new Actor("anna.dpo");

    private TestContexts() {
    }

    public static AppContext workspace(Clock clock) {
        return workspace(clock, ACTOR, false);
    }

    /** An empty workspace; {@code demo} marks it as a demo workspace without filling it. */
    public static AppContext workspace(Clock clock, Actor actor, boolean demo) {
        Path dir;
        try {
            dir = Files.createTempDirectory("trustcase-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AppContextFactory factory = new AppContextFactory(clock, actor);
        factory.create(dir, false).close();
        return opened(dir, factory, clock, actor, demo);
    }

    /**
     * An empty workspace into which {@code seeder} first records what {@code seed} does (someone
     * else than the one at the keyboard, as a second person in the office would), then opened as {@code actor}.
     */
    public static AppContext workspace(Clock clock, Actor actor, Actor seeder, Consumer<AppContext> seed) {
        Path dir;
        try {
            dir = Files.createTempDirectory("trustcase-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (AppContext seeding = new AppContextFactory(clock, seeder).create(dir, false)) {
            seed.accept(seeding);
        }
        return opened(dir, new AppContextFactory(clock, actor), clock, actor, false);
    }

    private static AppContext opened(Path dir, AppContextFactory factory, Clock clock, Actor actor, boolean demo) {
        if (demo) {
            try (Workspace workspace = Workspace.open(dir)) {
                workspace.markAsDemo();
            }
        }
        AppContext opened = factory.open(dir);
        return new AppContext(opened.cases(), opened.assessments(), opened.clocks(), opened.audit(), opened.checkpoints(),
                opened.caseLists(), opened.deadlines(), opened.users(), opened.evidence(), opened.evidenceFiles(), opened.notifying(), opened.investigation(), opened.reporting(),
                opened.permissions(), clock, Session.signedIn(actor), dir, opened.kind(),
                opened::changesElsewhere,
                () -> {
                    opened.close();
                    delete(dir);
                });
    }

    /** Every stored case, newest reference first, whole (for assertions on small test workspaces). */
    public static java.util.List<org.trustcase.model.cases.BreachCase> allCases(AppContext context) {
        java.util.List<org.trustcase.model.cases.BreachCase> all = new java.util.ArrayList<>();
        context.caseLists().forEach(org.trustcase.model.caselist.CaseQuery.ALL, all::add);
        return all;
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
