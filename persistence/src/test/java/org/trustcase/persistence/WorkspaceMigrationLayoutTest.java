package org.trustcase.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import org.trustcase.persistence.sqlite.SqliteDatabase;

/**
 * The SQLite migrations moved from {@code db/migration} to {@code db/migration/sqlite}, so that
 * another engine's set can sit beside them. Flyway knows an applied migration by its version,
 * description and checksum, and keeps the script's name relative to its location, so workspaces
 * migrated from the old folder must open, validate and take the new migrations.
 */
class WorkspaceMigrationLayoutTest {
    private static final String OLD_LOCATION = "db/migration";

    @TempDir
    Path temp;

    @Test
    void aWorkspaceMigratedFromTheOldFolderOpensAndTakesTheNewMigrations() throws Exception {
        assertThat(SqliteDatabase.MIGRATIONS).isEqualTo("classpath:db/migration/sqlite");
        Path dir = temp.resolve("ws");
        Files.createDirectories(dir);
        List<String> scripts = scriptsOfTheOldLayout();
        migrateAsBefore(dir, oldLayoutClasspath(scripts));
        assertThat(history(dir)).containsExactlyElementsOf(scripts);

        try (Workspace workspace = Workspace.open(dir)) {
            assertThat(workspace.transactions().inTransaction(() -> workspace.cases().countOpen())).isZero();
        }

        List<String> after = history(dir);
        assertThat(after).startsWith(scripts.toArray(String[]::new));
        List<String> now = new java.util.ArrayList<>(scriptsNow());
        // the migration written in Java (sealing the audit trail) is known by its class
        now.add(org.trustcase.persistence.audit.V14__Seal_audit_trail.class.getName());
        now.sort(java.util.Comparator.comparingInt(name -> version(name.substring(name.lastIndexOf('.', name.indexOf("__")) + 1))));
        assertThat(after).containsExactlyElementsOf(now);
        // opening again validates the mixed history without changing it
        Workspace.open(dir).close();
        assertThat(history(dir)).isEqualTo(after);
    }

    /** The scripts that existed when the migrations sat directly in {@code db/migration}. */
    private static List<String> scriptsOfTheOldLayout() throws Exception {
        return scriptsNow().stream().filter(name -> name.matches("V[1-3]__.*")).toList();
    }

    private static List<String> scriptsNow() throws Exception {
        try (Stream<Path> files = Files.list(folder("db/migration/sqlite"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql"))
                    .sorted((a, b) -> Integer.compare(version(a), version(b))).toList();
        }
    }

    private static int version(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }

    private static Path folder(String resource) throws URISyntaxException {
        URL url = WorkspaceMigrationLayoutTest.class.getClassLoader().getResource(resource);
        return Path.of(url.toURI());
    }

    /** A class path holding the given scripts in {@code db/migration}, the way earlier builds packaged them. */
    private Path oldLayoutClasspath(List<String> scripts) throws Exception {
        Path root = temp.resolve("old-classes");
        Path location = root.resolve(OLD_LOCATION);
        Files.createDirectories(location);
        for (String script : scripts) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("db/migration/sqlite/" + script)) {
                Files.copy(in, location.resolve(script));
            }
        }
        return root;
    }

    /** What workspace creation did before the move: Flyway on {@code classpath:db/migration}. */
    private static void migrateAsBefore(Path dir, Path classpathRoot) throws IOException {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl(url(dir));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classpathRoot.toUri().toURL()}, null)) {
            Flyway.configure(loader)
                    .dataSource(dataSource)
                    .locations("classpath:" + OLD_LOCATION)
                    .table("flyway_schema_history")
                    .load()
                    .migrate();
        }
    }

    private static List<String> history(Path dir) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(dir))) {
            return DSL.using(connection)
                    .fetch("select script from flyway_schema_history where success = 1 order by installed_rank")
                    .getValues(0, String.class);
        }
    }

    private static String url(Path dir) {
        return "jdbc:sqlite:" + dir.resolve(Workspace.DATABASE_FILE);
    }
}
