package org.trustcase.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.trustcase.model.common.Actor;

/** Runs the command line in-process on a test workspace and captures what it prints. */
final class CliRunner {
    static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");

    record Result(int code, String out, String err) {
    }

    private final Path workspace;
    private final Actor actor;
    private final List<Path> desktopStarts = new ArrayList<>();

    CliRunner(Path workspace) {
        this(workspace, new Actor("dpo.tester"));
    }

    private CliRunner(Path workspace, Actor actor) {
        this.workspace = workspace;
        this.actor = actor;
    }

    /** The same workspace, with another person at the keyboard. */
    CliRunner as(String name) {
        return new CliRunner(workspace, new Actor(name));
    }

    /** Runs {@code trustcase --workspace <test workspace> args…}. */
    Result run(String... args) {
        String[] full = new String[args.length + 2];
        full[0] = "--workspace";
        full[1] = workspace.toString();
        System.arraycopy(args, 0, full, 2, args.length);
        return runRaw(full);
    }

    Result runRaw(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliSession session = new CliSession(new PrintWriter(out), new PrintWriter(err),
                Clock.fixed(NOW, ZoneOffset.UTC), actor, workspace.resolveSibling("default-unused"),
                desktopStarts::add);
        int code = Cli.run(session, args);
        return new Result(code, out.toString(), err.toString());
    }

    List<Path> desktopStarts() {
        return desktopStarts;
    }
}
