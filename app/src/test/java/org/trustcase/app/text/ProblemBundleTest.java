package org.trustcase.app.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The problem codes the code base writes and the sentences of {@code problems.properties} are the
 * same set: no code without a sentence, no sentence for a code nothing writes.
 */
class ProblemBundleTest {
    private static final Path[] SOURCES = {Path.of("../model/src/main/java"), Path.of("../persistence/src/main/java"),
            Path.of("src/main/java")};
    /** A string literal that looks like a problem code: lower-case segments, at least one dot. */
    private static final Pattern CODE_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+\\.?)\"");
    /**
     * Codes built from a prefix and a value at run time; every key under the prefix counts as used.
     * {@code transition.cannot-advance.}: Transition.refusal() appends the target status's code.
     */
    private static final Set<String> DYNAMIC_PREFIXES = Set.of("transition.cannot-advance.");
    /** Codes without a dot, written as literals like any other. */
    private static final Set<String> UNDOTTED = Set.of("refused");

    @Test
    void everyCodeWrittenHasASentenceAndEverySentenceIsWritten() {
        Properties problems = load("/org/trustcase/app/text/problems.properties");
        Properties messages = load("/org/trustcase/app/ui/messages.properties");
        Set<String> namespaces = new TreeSet<>();
        problems.stringPropertyNames().forEach(key -> namespaces.add(key.contains(".") ? key.substring(0, key.indexOf('.')) : key));

        Set<String> written = new TreeSet<>();
        for (Path root : SOURCES) {
            for (String source : sources(root)) {
                Matcher literal = CODE_LITERAL.matcher(source);
                while (literal.find()) {
                    String code = literal.group(1);
                    if (namespaces.contains(code.substring(0, code.indexOf('.'))) && !messages.containsKey(code)
                            && !code.endsWith(".json") && !isMessagesPrefix(messages, code)) {
                        written.add(code);
                    }
                }
                UNDOTTED.stream().filter(code -> source.contains("\"" + code + "\"")).forEach(written::add);
            }
        }

        Set<String> missing = new TreeSet<>(written);
        missing.removeIf(code -> problems.containsKey(code) || DYNAMIC_PREFIXES.contains(code));
        assertThat(missing).as("codes written in the code but without a sentence").isEmpty();

        Set<String> unused = new TreeSet<>(problems.stringPropertyNames());
        unused.removeAll(written);
        unused.removeIf(key -> DYNAMIC_PREFIXES.stream().anyMatch(key::startsWith));
        assertThat(unused).as("sentences no code writes").isEmpty();
        assertThat(written).as("the scan finds the codes").contains("guard.owner", "validation.required", "cli.no-such-file");
    }

    @Test
    void everySentenceIsAValidPattern() {
        Properties problems = load("/org/trustcase/app/text/problems.properties");
        for (String key : problems.stringPropertyNames()) {
            String pattern = problems.getProperty(key);
            assertThat(new MessageFormat(pattern).format(new Object[] {"a", "b", "c", "d"})).as(key).isNotBlank();
            assertThat(pattern.replace("''", "")).as(key + ": a single quote must be written twice").doesNotContain("'");
        }
    }

    /** A prefix of the screens' own keys ({@code assessment.item.}), not a problem code. */
    private static boolean isMessagesPrefix(Properties messages, String code) {
        return code.endsWith(".") && messages.stringPropertyNames().stream().anyMatch(key -> key.startsWith(code));
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ProblemBundleTest.class.getResourceAsStream(resource)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Iterable<String> sources(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).map(ProblemBundleTest::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
