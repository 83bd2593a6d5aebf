package org.trustcase.app.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.common.Coded;
import org.trustcase.model.common.MessageCode;
import org.trustcase.model.severity.CircumstanceTable;
import org.trustcase.model.severity.CircumstanceTable.Dimension;
import org.trustcase.model.severity.CircumstanceTable.Level;

/**
 * The two bundles and what uses them are the same set of keys, in every language:
 * <ul>
 * <li>{@code problems.properties} has a sentence for every code the code base writes as a literal and
 * for every code the model produces from its {@link MessageCode} enums and its circumstances table, and
 * no sentence for a code nothing produces;</li>
 * <li>{@code messages.properties} has every key the screens name (a literal in the code, a {@code %key}
 * in an FXML file, an enum's label and the keys derived from it) and no key nothing names;</li>
 * <li>every {@code _xx} language file of a bundle has exactly the keys of the bundle.</li>
 * </ul>
 */
class LocalisationConsistencyTest {
    private static final Path APP = Path.of("src/main/java");
    private static final List<Path> SOURCES = List.of(Path.of("../model/src/main/java"),
            Path.of("../persistence/src/main/java"), APP);
    private static final Path TEXT = Path.of("src/main/resources/org/trustcase/app/text");
    private static final Path UI = Path.of("src/main/resources/org/trustcase/app/ui");
    private static final Path PROBLEMS = TEXT.resolve("problems.properties");
    private static final Path MESSAGES = UI.resolve("messages.properties");

    /** A string literal that looks like a key or code: lower-case first segment, at least one dot. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9-]*(?:\\.[a-zA-Z0-9-]+)+\\.?)\"");
    /** A literal prefix a key is built from at run time: {@code "assessment.item." + item}. */
    private static final Pattern PREFIX_LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9-]*(?:\\.[a-zA-Z0-9-]+)*\\.)\"\\s*\\+");
    /** A literal suffix appended to another key at run time: {@code labelKey(kind) + ".tooltip"}. */
    private static final Pattern SUFFIX_LITERAL = Pattern.compile("\\+\\s*\"(\\.[a-zA-Z][a-zA-Z0-9-]*)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([^\"]+)\"");
    /** Literals with a dot that are names of files or resources, not keys. */
    private static final Pattern NOT_A_KEY = Pattern.compile(".*\\.(css|fxml|json|properties|sql|txt|pdf|db|lock)$");
    /** Problem codes without a dot, written as literals like any other. */
    private static final Set<String> UNDOTTED_CODES = Set.of("refused");

    @Test
    void theModelsCodesAllHaveASentence() {
        Properties problems = load(PROBLEMS);
        Set<String> missing = new TreeSet<>(modelCodes());
        missing.removeAll(problems.stringPropertyNames());
        assertThat(missing).as("codes the model produces without a sentence in %s", PROBLEMS).isEmpty();
        assertThat(modelCodes()).as("the enumeration finds the model's codes")
                .contains("severity.explanation.score", "reasoning.conclusion", "clock.reason.waiting-for",
                        "audit-note.assessment-version", "severity.level.confidentiality.0.25");
    }

    @Test
    void everyCodeWrittenHasASentenceAndEverySentenceIsWritten() {
        Properties problems = load(PROBLEMS);
        Properties messages = load(MESSAGES);
        Set<String> namespaces = problems.stringPropertyNames().stream().map(LocalisationConsistencyTest::namespace)
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> written = new TreeSet<>(modelCodes());
        written.add(Texts.LEGACY_TEXT);
        Set<String> prefixes = new TreeSet<>();
        for (Source source : sources(SOURCES)) {
            for (String literal : matches(KEY_LITERAL, source.text())) {
                if (namespaces.contains(namespace(literal)) && !messages.containsKey(literal) && !isKey(literal)
                        && !isPrefixOf(messages, literal)) {
                    (literal.endsWith(".") ? prefixes : written).add(literal);
                }
            }
            UNDOTTED_CODES.stream().filter(code -> source.text().contains("\"" + code + "\"")).forEach(written::add);
        }

        Map<String, String> missing = new TreeMap<>();
        written.stream().filter(code -> !problems.containsKey(code)).forEach(code -> missing.put(code, PROBLEMS.toString()));
        prefixes.stream().filter(prefix -> !isPrefixOf(problems, prefix))
                .forEach(prefix -> missing.put(prefix + "*", PROBLEMS.toString()));
        assertThat(missing).as("codes written in the code but without a sentence (code → bundle)").isEmpty();

        Set<String> unused = new TreeSet<>(problems.stringPropertyNames());
        unused.removeAll(written);
        unused.removeIf(key -> prefixes.stream().anyMatch(key::startsWith));
        assertThat(unused).as("sentences in %s that no code produces", PROBLEMS).isEmpty();
        assertThat(written).as("the scan finds the codes").contains("guard.owner", "validation.required", "cli.no-such-file");
    }

    @Test
    void everyKeyTheScreensNameIsInTheBundleAndEveryKeyIsNamed() {
        Properties messages = load(MESSAGES);
        Properties problems = load(PROBLEMS);
        Set<String> namespaces = messages.stringPropertyNames().stream().map(LocalisationConsistencyTest::namespace)
                .collect(Collectors.toCollection(TreeSet::new));

        Map<String, String> missing = new TreeMap<>();
        Set<String> named = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        Set<String> suffixes = new TreeSet<>();
        for (Source source : sources(List.of(APP))) {
            for (String literal : matches(KEY_LITERAL, source.text())) {
                if (!namespaces.contains(namespace(literal)) || isKey(literal) || problems.containsKey(literal)) {
                    continue;
                }
                if (literal.endsWith(".")) {
                    continue; // a prefix, counted below
                }
                named.add(literal);
                if (!messages.containsKey(literal) && !isPrefixOf(messages, literal + ".")) {
                    missing.put(literal, source.path().toString());
                }
            }
            prefixes.addAll(matches(PREFIX_LITERAL, source.text()));
            suffixes.addAll(matches(SUFFIX_LITERAL, source.text()));
        }
        for (Source fxml : fxmlFiles()) {
            for (String key : matches(FXML_KEY, fxml.text())) {
                named.add(key);
                if (!messages.containsKey(key)) {
                    missing.put(key, fxml.path().toString());
                }
            }
        }
        prefixes.removeIf(prefix -> !namespaces.contains(namespace(prefix)));
        prefixes.stream().filter(prefix -> !isPrefixOf(messages, prefix))
                .forEach(prefix -> missing.put(prefix + "*", "a key built from this prefix"));

        Map<String, Set<String>> labels = enumLabels();
        for (Map.Entry<String, Set<String>> type : labels.entrySet()) {
            boolean labelled = type.getValue().stream().anyMatch(messages::containsKey);
            if (!labelled) {
                continue;
            }
            named.addAll(type.getValue());
            type.getValue().stream().filter(key -> !messages.containsKey(key))
                    .forEach(key -> missing.put(key, "labels of " + type.getKey()));
            for (String suffix : suffixes) {
                boolean derived = type.getValue().stream().anyMatch(key -> messages.containsKey(key + suffix));
                if (derived) {
                    type.getValue().forEach(key -> named.add(key + suffix));
                    type.getValue().stream().filter(key -> !messages.containsKey(key + suffix))
                            .forEach(key -> missing.put(key + suffix, "'" + suffix + "' of the labels of " + type.getKey()));
                }
            }
        }
        for (String suffix : suffixes) {
            new ArrayList<>(named).stream().filter(key -> messages.containsKey(key + suffix)).forEach(key -> named.add(key + suffix));
        }
        assertThat(missing).as("keys named but missing from %s (key → where it is named)", MESSAGES).isEmpty();

        Set<String> unused = new TreeSet<>(messages.stringPropertyNames());
        unused.removeAll(named);
        unused.removeIf(key -> prefixes.stream().anyMatch(prefix -> key.startsWith(prefix) && key.length() > prefix.length()));
        assertThat(unused).as("keys in %s that nothing names", MESSAGES).isEmpty();
        assertThat(named).as("the scan finds the keys").contains("casestatus.new", "audit.column.time");
    }

    @Test
    void everyLanguageHasTheKeysOfTheBundle() {
        Map<String, Set<String>> differences = new TreeMap<>();
        for (Path base : List.of(PROBLEMS, MESSAGES)) {
            Set<String> keys = load(base).stringPropertyNames();
            for (Path language : languages(base)) {
                Set<String> translated = load(language).stringPropertyNames();
                Set<String> absent = new TreeSet<>(keys);
                absent.removeAll(translated);
                Set<String> extra = new TreeSet<>(translated);
                extra.removeAll(keys);
                if (!absent.isEmpty()) {
                    differences.put(language + ": missing (in " + base.getFileName() + ")", absent);
                }
                if (!extra.isEmpty()) {
                    differences.put(language + ": not in " + base.getFileName(), extra);
                }
            }
        }
        assertThat(differences).as("language files whose keys differ from their bundle's").isEmpty();
    }

    /** Every code the model produces: its {@link MessageCode} enums and the meanings of its circumstance levels. */
    static Set<String> modelCodes() {
        Set<String> codes = new TreeSet<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.trustcase.model").stream()
                .filter(JavaClass::isEnum).filter(type -> type.isAssignableTo(MessageCode.class))
                .forEach(type -> Stream.of(type.reflect().getEnumConstants())
                        .forEach(constant -> codes.add(((MessageCode) constant).code())));
        CircumstanceTable table = CircumstanceTable.standard();
        for (Dimension dimension : Dimension.values()) {
            table.levels(dimension).stream().map(Level::meaning).forEach(meaning -> codes.add(meaning.code()));
        }
        codes.add(table.malicious().meaning().code());
        return codes;
    }

    /** Per enum of the model and the app, the label keys of its constants ({@code casestatus.new}). */
    private static Map<String, Set<String>> enumLabels() {
        Map<String, Set<String>> labels = new TreeMap<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.trustcase.model", "org.trustcase.app").stream()
                .filter(JavaClass::isEnum)
                .filter(type -> type.isAssignableTo(Coded.class))
                .forEach(type -> labels.put(type.getName(), Stream.of(type.reflect().getEnumConstants())
                        .map(constant -> Messages.labelKey((Coded) constant))
                        .collect(Collectors.toCollection(TreeSet::new))));
        return labels;
    }

    private static List<Path> languages(Path base) {
        String name = base.getFileName().toString().replace(".properties", "");
        try (Stream<Path> files = Files.list(base.getParent())) {
            return files.filter(f -> f.getFileName().toString().matches(Pattern.quote(name) + "_[A-Za-z_]+\\.properties"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String namespace(String key) {
        return key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
    }

    private static boolean isKey(String literal) {
        return NOT_A_KEY.matcher(literal).matches();
    }

    private static boolean isPrefixOf(Properties bundle, String prefix) {
        return prefix.endsWith(".") && bundle.stringPropertyNames().stream().anyMatch(key -> key.startsWith(prefix));
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private record Source(Path path, String text) {
    }

    private static List<Source> sources(List<Path> roots) {
        return files(roots, ".java");
    }

    private static List<Source> fxmlFiles() {
        return files(List.of(Path.of("src/main/resources")), ".fxml");
    }

    private static List<Source> files(List<Path> roots, String extension) {
        List<Source> found = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(extension)).sorted().forEach(f -> found.add(new Source(f, read(f))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
