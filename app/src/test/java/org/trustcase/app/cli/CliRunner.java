package org.trustcase.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.trustcase.app.DesktopStart;

/** Runs the command line in-process on a test workspace and captures what it prints. */
final class CliRunner {
    static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");

    record Result(int code, String out, String err) {
    }

    /** The login every runner signs in with unless told otherwise: the DPO who creates the test workspaces. */
    static final String DPO = "dpo.tester";
    /** The password of every account the tests make. */
    static final String PASSWORD = "correct horse battery";

    private final Path workspace;
    private final Map<String, String> environment;
    private final List<DesktopStart> desktopStarts = new ArrayList<>();

    CliRunner(Path workspace) {
        this(workspace, Map.of("TRUSTCASE_USER", DPO, "TRUSTCASE_PASSWORD", PASSWORD,
                "TRUSTCASE_NEW_PASSWORD", PASSWORD));
    }

    private CliRunner(Path workspace, Map<String, String> environment) {
        this.workspace = workspace;
        this.environment = Map.copyOf(environment);
    }

    /** The same workspace, with another person at the keyboard (an account added with {@link #PASSWORD}). */
    CliRunner as(String login) {
        return with("TRUSTCASE_USER", login);
    }

    /** The same workspace, with one environment variable set ({@code null}: removed). */
    CliRunner with(String variable, String value) {
        Map<String, String> changed = new HashMap<>(environment);
        if (value == null) {
            changed.remove(variable);
        } else {
            changed.put(variable, value);
        }
        return new CliRunner(workspace, changed);
    }

    /** Adds an account with {@link #PASSWORD} as the DPO; returns this runner. */
    CliRunner withAccount(String login, String role) {
        Result added = run("user", "add", login, "--role", role);
        if (added.code() != 0) {
            throw new IllegalStateException("could not add " + login + ": " + added.err());
        }
        return this;
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
                Clock.fixed(NOW, ZoneOffset.UTC), environment, Terminal.NONE, workspace.resolveSibling("default-unused"),
                desktopStarts::add);
        int code = Cli.run(session, args);
        return new Result(code, out.toString(), err.toString());
    }

    List<DesktopStart> desktopStarts() {
        return desktopStarts;
    }
}
