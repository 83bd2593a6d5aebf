package org.trustcase.app.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every sentence of {@code problems.properties} is a valid pattern. That the codes written and the
 * sentences are the same set is {@link LocalisationConsistencyTest}'s to check.
 */
class ProblemBundleTest {
    @Test
    void everySentenceIsAValidPattern() {
        Properties problems = load("/org/trustcase/app/text/problems.properties");
        for (String key : problems.stringPropertyNames()) {
            String pattern = problems.getProperty(key);
            // whole numbers, so that a pattern choosing its words by a number ({0,choice,1#hour|1<hours}) formats too
            assertThat(new MessageFormat(pattern).format(new Object[] {1, 2, 3, 4, 5})).as(key).isNotBlank();
            assertThat(pattern.replace("''", "")).as(key + ": a single quote must be written twice").doesNotContain("'");
        }
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
}
