package org.trustcase.model.severity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.trustcase.model.common.Coded;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.ValidationException;

/**
 * The circumstances-of-breach (CB) levels of the ENISA method, read from
 * {@code circumstances.properties} beside this class: data, not code, because the per-level values
 * are not verified against ENISA's own table and a DPO must be able to review them. What each level
 * means is a code ({@code severity.level.confidentiality.0.25}, {@code severity.level.malicious});
 * the words are the interfaces' to give.
 */
public final class CircumstanceTable {
    private static final String RESOURCE = "circumstances.properties";
    private static final CircumstanceTable STANDARD = load();

    /** The security properties whose loss CB scores. */
    public enum Dimension implements Coded {
        CONFIDENTIALITY, INTEGRITY, AVAILABILITY;

        @Override
        public String code() {
            return Coded.codeOf(this);
        }
    }

    /** The code of what malicious intent means. */
    public static final String MALICIOUS_MEANING = "severity.level.malicious";
    private static final String LEVEL_MEANING = "severity.level.";

    /** One level: its value and the code of what it means. */
    public record Level(BigDecimal value, Problem meaning) {
    }

    private final Map<Dimension, List<Level>> levels;
    private final Level malicious;
    private final boolean verified;
    private final String source;

    private CircumstanceTable(Map<Dimension, List<Level>> levels, Level malicious, boolean verified, String source) {
        this.levels = levels;
        this.malicious = malicious;
        this.verified = verified;
        this.source = source;
    }

    public static CircumstanceTable standard() {
        return STANDARD;
    }

    public List<Level> levels(Dimension dimension) {
        return levels.get(dimension);
    }

    /** The level with {@code value}, or a message naming {@code field} and the accepted values. */
    public Level level(Dimension dimension, BigDecimal value, String field) {
        return levels(dimension).stream().filter(l -> l.value().compareTo(value) == 0).findFirst()
                .orElseThrow(() -> new ValidationException(field, "severity.unknown-level", value, dimension.code(),
                        levels(dimension).stream().map(Level::value).toList()));
    }

    public Level malicious() {
        return malicious;
    }

    /** False while the values have not been checked against ENISA's table: screens must say so. */
    public boolean verified() {
        return verified;
    }

    public String source() {
        return source;
    }

    private static CircumstanceTable load() {
        Properties p = new Properties();
        try (InputStream in = CircumstanceTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Map<Dimension, List<Level>> levels = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            List<Level> list = new ArrayList<>();
            for (String value : required(p, dimension.code() + ".levels").split(",")) {
                String v = value.strip();
                BigDecimal level = new BigDecimal(v);
                list.add(new Level(level, meaning(dimension, level)));
            }
            levels.put(dimension, List.copyOf(list));
        }
        Level malicious = new Level(new BigDecimal(required(p, "malicious.value")), Problem.of(MALICIOUS_MEANING));
        return new CircumstanceTable(levels, malicious, Boolean.parseBoolean(required(p, "verified")),
                required(p, "source"));
    }

    /** {@code severity.level.confidentiality.0.25}: the code of what a level of a dimension means. */
    public static Problem meaning(Dimension dimension, BigDecimal value) {
        return Problem.of(LEVEL_MEANING + dimension.code() + "." + SeverityMethod.plain(value));
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(RESOURCE + ": missing key '" + key + "'");
        }
        return value.strip();
    }
}
