package org.trustcase.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trustcase as a new user meets it: separate processes started by a shell, in an empty folder, with
 * an empty home directory and nothing configured. {@code java -jar app/target/trustcase.jar} runs
 * the same main class from the test class path (the jar is packaged after the tests).
 */
class FreshMachineTest {
    private static final Path README = Path.of("..", "README.md");
    /** Stands in for the packaged jar; every other use of {@code java} is left alone. */
    private static final String JAR_AS_CLASS_PATH = """
            java() {
              if [ "$1" = "-jar" ] && [ "$2" = "app/target/trustcase.jar" ]; then
                shift 2
                "$TC_JAVA" -Duser.home="$HOME" -Djava.io.tmpdir="$TC_TMP" -cp "$TC_CLASS_PATH" org.trustcase.app.Main "$@"
              else
                "$TC_JAVA" "$@"
              fi
            }
            """;

    @TempDir
    Path temp;
    Path home;
    Path folder;
    Path tmp;

    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    @BeforeEach
    void freshMachine() throws IOException {
        home = Files.createDirectories(temp.resolve("home"));
        folder = Files.createDirectories(temp.resolve("folder"));
        tmp = Files.createDirectories(temp.resolve("tmp"));
    }

    /** Who the scripts sign in as (the README's example says so itself). */
    private static final String SIGNED_IN = "export TRUSTCASE_USER=dpo TRUSTCASE_PASSWORD='a long password'\n";

    private Run shell(String script) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "set -euo pipefail\n" + JAR_AS_CLASS_PATH + script)
                .directory(folder.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("XDG_") || name.startsWith("TRUSTCASE_") || name.startsWith("JAVA_TOOL"));
        env.put("HOME", home.toString());
        env.put("TC_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("TC_CLASS_PATH", System.getProperty("java.class.path"));
        env.put("TC_TMP", tmp.toString());
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("finished in time").isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** The README's example: the shell block that opens a case. */
    static String readmeExample() throws IOException {
        Matcher blocks = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(README, StandardCharsets.UTF_8));
        List<String> examples = new ArrayList<>();
        while (blocks.find()) {
            if (blocks.group(1).contains(" case new ")) {
                examples.add(blocks.group(1));
            }
        }
        assertThat(examples).as("the README's example blocks").hasSize(1);
        return examples.get(0);
    }

    @Test
    void theReadmesExampleRunsVerbatimInAFreshFolderWithAFreshHome() throws Exception {
        String example = readmeExample();

        Run run = shell(example);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("case-created").contains("case-status-changed");
        assertThat(folder.resolve("case.json")).exists();
        assertThat(home.resolve(".local/share/trustcase/trustcase.db")).exists();
        assertThat(run.errLines()).allSatisfy(line -> assertThat(line).startsWith("trustcase: "));
    }

    @Test
    void libraryLoggingReachesStderrOnlyWithDebug() throws Exception {
        Run quiet = shell(SIGNED_IN + "java -jar app/target/trustcase.jar workspace init --workspace ws1\n"
                + "java -jar app/target/trustcase.jar case show TC-2026-0042 --workspace ws1 || echo \"exit $?\"");
        assertThat(quiet.out()).contains("Created workspace").contains("exit 2");
        assertThat(quiet.errLines()).singleElement().asString().startsWith("trustcase: ").contains("TC-2026-0042");

        Run debug = shell(SIGNED_IN + "java -jar app/target/trustcase.jar workspace init --workspace ws2 --debug");
        assertThat(debug.code()).isZero();
        assertThat(debug.err()).as("the libraries do log when asked to").contains("flyway");
    }

    @Test
    void theSqliteNativeLibraryIsExtractedOnceIntoTheUsersCacheNotIntoTmp() throws Exception {
        assertThat(shell(SIGNED_IN + "java -jar app/target/trustcase.jar workspace init --workspace ws").code()).isZero();
        // the library, and the note of where it is for the next start (SqliteNativeLibrary)
        List<Path> cached = filesUnder(home.resolve(".cache/trustcase"));
        List<Path> libraries = cached.stream().filter(file -> file.getFileName().toString().contains("libsqlitejdbc"))
                .toList();
        assertThat(libraries).hasSize(1);
        assertThat(cached).containsExactlyInAnyOrder(libraries.get(0),
                home.resolve(".cache/trustcase/sqlite/library.txt"));
        FileTime written = Files.getLastModifiedTime(libraries.get(0));

        // a run that is killed cannot tidy up after itself; none should need to
        Run killed = shell(SIGNED_IN + "\"$TC_JAVA\" -Duser.home=\"$HOME\" -Djava.io.tmpdir=\"$TC_TMP\" -cp \"$TC_CLASS_PATH\""
                + " org.trustcase.app.Main case list --workspace ws & pid=$!; sleep 1; kill -9 $pid; wait $pid || true\n"
                + "java -jar app/target/trustcase.jar case list --workspace ws");
        assertThat(killed.code()).as(killed.err()).isZero();

        assertThat(filesUnder(home.resolve(".cache/trustcase"))).isEqualTo(cached);
        assertThat(Files.getLastModifiedTime(libraries.get(0))).isEqualTo(written);
        assertThat(filesUnder(tmp)).noneMatch(file -> file.getFileName().toString().contains("sqlite"));
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
