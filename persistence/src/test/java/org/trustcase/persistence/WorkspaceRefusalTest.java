package org.trustcase.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad folders and files are refused with a message naming the path, and nothing is changed. */
class WorkspaceRefusalTest {
    @TempDir
    Path dir;

    @Test
    void aTextFileNamedLikeTheDatabaseIsNotOpenedAndLeftUntouched() throws IOException {
        Path database = dir.resolve(Workspace.DATABASE_FILE);
        byte[] text = "these are my notes, not a database\n".getBytes(StandardCharsets.UTF_8);
        Files.write(database, text);

        assertThatThrownBy(() -> Workspace.open(dir))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(database.toString())
                .hasMessageContaining("not an SQLite database");

        assertThat(database).hasBinaryContent(text);
        assertThat(filesIn(dir)).containsExactly(Workspace.DATABASE_FILE);
    }

    @Test
    void anEmptyFileNamedLikeTheDatabaseIsNotOpenedAndLeftEmpty() throws IOException {
        Path database = dir.resolve(Workspace.DATABASE_FILE);
        Files.createFile(database);

        assertThatThrownBy(() -> Workspace.open(dir))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(database.toString())
                .hasMessageContaining("empty");

        assertThat(database).isEmptyFile();
        assertThat(filesIn(dir)).containsExactly(Workspace.DATABASE_FILE);
    }

    @Test
    void anotherApplicationsSqliteDatabaseIsNotOpenedAndLeftUntouched() throws IOException, SQLException {
        Path database = dir.resolve(Workspace.DATABASE_FILE);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = connection.createStatement()) {
            statement.execute("create table contacts (name text)");
            statement.execute("insert into contacts values ('Ada')");
        }
        byte[] before = Files.readAllBytes(database);

        assertThatThrownBy(() -> Workspace.open(dir))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(database.toString())
                .hasMessageContaining("not a Trustcase workspace");

        assertThat(database).hasBinaryContent(before);
    }

    @Test
    void createRefusesAnyExistingDatabaseFileAndLeavesItUntouched() throws IOException {
        Path database = dir.resolve(Workspace.DATABASE_FILE);
        Files.createFile(database);

        assertThatThrownBy(() -> Workspace.create(dir))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("already exists in " + dir);

        assertThat(database).isEmptyFile();
        assertThat(filesIn(dir)).containsExactly(Workspace.DATABASE_FILE);
    }

    @Test
    void createOnAnExistingWorkspaceIsRefused() {
        Workspace.create(dir).close();

        assertThatThrownBy(() -> Workspace.create(dir))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("a Trustcase workspace already exists in " + dir + " (" + dir.resolve("trustcase.db")
                        + "); open it instead of creating a new one");
    }

    @Test
    void openOnAFolderWithoutAWorkspaceIsRefusedAndCreatesNothing() throws IOException {
        assertThatThrownBy(() -> Workspace.open(dir))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("no Trustcase workspace in " + dir + "; create one with 'workspace init'");
        assertThat(filesIn(dir)).isEmpty();

        Path missing = dir.resolve("missing");
        assertThatThrownBy(() -> Workspace.open(missing))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("no Trustcase workspace in " + missing);
        assertThat(missing).doesNotExist();
    }

    @Test
    void createBelowARegularFileIsRefusedAndCreatesNothing() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "a file, not a folder");
        Path target = file.resolve("workspace").resolve("deeper");

        assertThatThrownBy(() -> Workspace.create(target))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(file + " is a file, not a folder");

        assertThat(filesIn(dir)).containsExactly("notes.txt");
        assertThat(file).hasContent("a file, not a folder");
    }

    @Test
    void createOnARegularFileIsRefusedAndLeavesItUntouched() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "a file, not a folder");

        assertThatThrownBy(() -> Workspace.create(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(file + " is a file, not a folder");

        assertThat(file).hasContent("a file, not a folder");
    }

    @Test
    void createMakesMissingFolders() {
        Path nested = dir.resolve("a").resolve("b").resolve("ws");

        Workspace.create(nested).close();

        assertThat(Workspace.exists(nested)).isTrue();
    }

    private static java.util.List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
