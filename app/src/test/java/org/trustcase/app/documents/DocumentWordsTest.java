package org.trustcase.app.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The documents' words in English and Polish: the same keys in both, and every pattern that takes values readable by
 * {@link MessageFormat} with its apostrophes doubled (a single one would swallow the rest of the sentence).
 */
class DocumentWordsTest {
    private static Properties read(String name) throws Exception {
        Properties words = new Properties();
        try (InputStream in = DocumentWordsTest.class.getResourceAsStream("/org/trustcase/app/text/" + name)) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return words;
    }

    @Test
    void englishAndPolishHaveTheSameKeys() throws Exception {
        assertThat(read("documents_pl.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(read("documents.properties").stringPropertyNames());
    }

    @Test
    void theTimelineHasTheSameLinesInEnglishAndPolish() throws Exception {
        assertThat(read("timeline_pl.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(read("timeline.properties").stringPropertyNames());
    }

    @Test
    void everyPatternWithValuesKeepsItsApostrophes() throws Exception {
        List<String> broken = new ArrayList<>();
        for (String file : List.of("documents.properties", "documents_pl.properties")) {
            Properties words = read(file);
            for (String key : words.stringPropertyNames()) {
                String pattern = words.getProperty(key);
                if (pattern.contains("{")) {
                    String shown = new MessageFormat(pattern).format(new Object[] {1, 2, 3, 4, 5});
                    if (pattern.replace("''", "'").contains("'") && !shown.contains("'")) {
                        broken.add(file + ": " + key);
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }
}
