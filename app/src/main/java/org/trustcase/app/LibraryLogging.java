package org.trustcase.app;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the libraries (Flyway, jOOQ, the SQLite driver) may log: nothing, unless {@code --debug}
 * asks for it. The command line's stdout carries results and its stderr one line per error; a
 * library's warning in between would break both. Must run before the first library logs, as
 * SLF4J's simple logger reads its level once.
 */
public final class LibraryLogging {
    private static final String SIMPLE_LOGGER_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
    /** Held here: java.util.logging keeps its loggers only as long as someone refers to them. */
    private static final List<Logger> LIBRARIES = List.of(Logger.getLogger("org.flywaydb"), Logger.getLogger("org.jooq"),
            Logger.getLogger("org.sqlite"));

    private LibraryLogging() {
    }

    /** Silences library logging, or with {@code debug} lets it report from INFO up; a level set with -D is kept. */
    public static void configure(boolean debug) {
        if (System.getProperty(SIMPLE_LOGGER_LEVEL) == null) {
            System.setProperty(SIMPLE_LOGGER_LEVEL, debug ? "info" : "off");
        }
        LIBRARIES.forEach(logger -> logger.setLevel(debug ? Level.INFO : Level.OFF));
    }

    /** True when the arguments ask for {@code --debug} (before or after the subcommand, as the option allows). */
    public static boolean debugRequested(String... args) {
        return List.of(args).contains("--debug");
    }
}
